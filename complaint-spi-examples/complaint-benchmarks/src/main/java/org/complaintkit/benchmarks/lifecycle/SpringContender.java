package org.complaintkit.benchmarks.lifecycle;

import java.util.EnumSet;
import org.complaintkit.benchmarks.lifecycle.Model.Context;
import org.complaintkit.benchmarks.lifecycle.Model.Event;
import org.complaintkit.benchmarks.lifecycle.Model.State;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;
import org.springframework.statemachine.StateMachine;
import org.springframework.statemachine.StateMachineEventResult;
import org.springframework.statemachine.config.StateMachineBuilder;
import org.springframework.statemachine.support.DefaultStateMachineContext;
import reactor.core.publisher.Mono;

/**
 * Spring Statemachine 4 running the model without an application context, fired synchronously with
 * {@code sendEvent(..).blockLast()}; the guard context travels as a message header. Rehydrating resets one
 * pooled machine to the stored state, as Spring's persist recipes do, rather than building a machine per
 * complaint.
 */
public final class SpringContender implements LifecycleContender {
    private static final String CONTEXT = "context";
    private final StateMachine<State, Event> machine;

    /** Configures and starts the model once. */
    public SpringContender() {
        try {
            StateMachineBuilder.Builder<State, Event> builder = StateMachineBuilder.builder();
            builder.configureConfiguration().withConfiguration().autoStartup(false);
            builder.configureStates().withStates().initial(State.REGISTERED).states(EnumSet.allOf(State.class));
            var transitions = builder.configureTransitions();
            for (Model.Transition t : Model.TRANSITIONS) {
                var external = transitions.withExternal().source(t.from()).target(t.to()).event(t.event());
                if (t.guard() != Model.Guard.NONE) {
                    external.guard(c -> ((Context) c.getMessageHeader(CONTEXT)).holds(t.guard()));
                }
                transitions = external.and();
            }
            machine = builder.build();
        } catch (Exception e) {
            throw new IllegalStateException("cannot configure Spring Statemachine", e);
        }
        machine.startReactively().block();
    }

    @Override
    public String name() {
        return "spring-statemachine";
    }

    @Override
    public State fire(Event event, Context context) {
        Message<Event> message = MessageBuilder.withPayload(event).setHeader(CONTEXT, context).build();
        State before = machine.getState().getId();
        StateMachineEventResult<State, Event> result = machine.sendEvent(Mono.just(message)).blockLast();
        // An event whose only transition is guarded off is still ACCEPTED; the state not moving is the refusal
        // (the model has no self-loops).
        State after = machine.getState().getId();
        return result != null && result.getResultType() == StateMachineEventResult.ResultType.ACCEPTED
                && after != before ? after : null;
    }

    @Override
    public void reset(State state) {
        machine.stopReactively().block();
        machine.getStateMachineAccessor().doWithAllRegions(access -> access.resetStateMachineReactively(
                new DefaultStateMachineContext<>(state, null, null, null)).block());
        machine.startReactively().block();
    }

    @Override
    public State fireFrom(State stored, Event event, Context context) {
        reset(stored);
        return fire(event, context);
    }
}
