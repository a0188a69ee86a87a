package org.complaintkit.benchmarks.lifecycle;

import com.github.oxo42.stateless4j.StateMachine;
import com.github.oxo42.stateless4j.StateMachineConfig;
import org.complaintkit.benchmarks.lifecycle.Model.Context;
import org.complaintkit.benchmarks.lifecycle.Model.Event;
import org.complaintkit.benchmarks.lifecycle.Model.State;

/**
 * stateless4j 2.6 running the model. Its guards take no argument, so the context is handed over in a field,
 * as a host would through its own holder; an unhandled command is recorded, not thrown.
 */
public final class Stateless4jContender implements LifecycleContender {
    private final StateMachineConfig<State, Event> config = new StateMachineConfig<>();
    private Context context = Model.PASSING;
    private boolean refused;
    private StateMachine<State, Event> machine;

    /** Configures the model once. */
    public Stateless4jContender() {
        for (Model.Transition t : Model.TRANSITIONS) {
            switch (t.guard()) {
                case NONE -> config.configure(t.from()).permit(t.event(), t.to());
                case FOUR_EYES, DISSATISFIED -> config.configure(t.from()).permitIf(t.event(), t.to(),
                        () -> context.holds(t.guard()));
            }
        }
        machine = newMachine(State.REGISTERED);
    }

    private StateMachine<State, Event> newMachine(State state) {
        StateMachine<State, Event> m = new StateMachine<>(state, config);
        m.onUnhandledTrigger((s, e) -> refused = true);
        return m;
    }

    @Override
    public String name() {
        return "stateless4j";
    }

    @Override
    public State fire(Event event, Context given) {
        return fireOn(machine, event, given);
    }

    private State fireOn(StateMachine<State, Event> m, Event event, Context given) {
        context = given;
        refused = false;
        m.fire(event);
        return refused ? null : m.getState();
    }

    @Override
    public void reset(State state) {
        machine = newMachine(state);
    }

    @Override
    public State fireFrom(State stored, Event event, Context given) {
        return fireOn(newMachine(stored), event, given);
    }
}
