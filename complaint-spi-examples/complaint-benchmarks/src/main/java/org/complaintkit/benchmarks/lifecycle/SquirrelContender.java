package org.complaintkit.benchmarks.lifecycle;

import org.complaintkit.benchmarks.lifecycle.Model.Context;
import org.complaintkit.benchmarks.lifecycle.Model.Event;
import org.complaintkit.benchmarks.lifecycle.Model.State;
import org.squirrelframework.foundation.fsm.Condition;
import org.squirrelframework.foundation.fsm.StateMachineBuilderFactory;
import org.squirrelframework.foundation.fsm.UntypedStateMachine;
import org.squirrelframework.foundation.fsm.UntypedStateMachineBuilder;
import org.squirrelframework.foundation.fsm.annotation.StateMachineParameters;
import org.squirrelframework.foundation.fsm.impl.AbstractUntypedStateMachine;

/**
 * squirrel-foundation 0.3.10 running the model, built once with its fluent builder; rehydrating is
 * {@code newStateMachine(storedState)} and {@code start()}. squirrel ignores a command it has no transition for, so a refusal is
 * the state left unchanged (the model has no self-loops).
 */
public final class SquirrelContender implements LifecycleContender {

    /** The machine class squirrel instantiates. */
    @StateMachineParameters(stateType = State.class, eventType = Event.class, contextType = Context.class)
    public static class Machine extends AbstractUntypedStateMachine {
    }

    private final UntypedStateMachineBuilder builder;
    private UntypedStateMachine machine;

    /** Configures the model once. */
    public SquirrelContender() {
        builder = StateMachineBuilderFactory.create(Machine.class);
        for (Model.Transition t : Model.TRANSITIONS) {
            var transition = builder.externalTransition().from(t.from()).to(t.to()).on(t.event());
            if (t.guard() != Model.Guard.NONE) {
                transition.when(new Condition<Object>() {
                    @Override
                    public boolean isSatisfied(Object context) {
                        return ((Context) context).holds(t.guard());
                    }

                    @Override
                    public String name() {
                        return t.guard().name();
                    }
                });
            }
        }
        machine = started(State.REGISTERED);
    }

    /** A new machine in a state, started (squirrel enters its state on start). */
    private UntypedStateMachine started(State state) {
        UntypedStateMachine m = builder.newStateMachine(state);
        m.start();
        return m;
    }

    @Override
    public String name() {
        return "squirrel";
    }

    @Override
    public State fire(Event event, Context context) {
        return fireOn(machine, event, context);
    }

    private static State fireOn(UntypedStateMachine m, Event event, Context context) {
        Object before = m.getCurrentState();
        m.fire(event, context);
        Object after = m.getCurrentState();
        return after == before ? null : (State) after;
    }

    @Override
    public void reset(State state) {
        machine = started(state);
    }

    @Override
    public State fireFrom(State stored, Event event, Context context) {
        return fireOn(started(stored), event, context);
    }
}
