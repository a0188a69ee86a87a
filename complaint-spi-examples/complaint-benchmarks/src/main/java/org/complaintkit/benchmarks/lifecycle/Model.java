package org.complaintkit.benchmarks.lifecycle;

import java.util.List;

/**
 * The one complaint model every lifecycle contender implements: ten states, fifteen transitions, two of them
 * guarded (four eyes on approval; re-investigation only for a dissatisfied customer). Written out here once,
 * as data, so the cross-check can compute the expected answer without any contender.
 */
public final class Model {
    private Model() {
    }

    /** The ten states. */
    public enum State {
        REGISTERED, ACCEPTED, ASSIGNED, INVESTIGATING, PAUSED, AWAITING_APPROVAL, RESOLVED, RESPONDED, CLOSED,
        WITHDRAWN
    }

    /** The commands. */
    public enum Event {
        ACCEPT, ASSIGN, START, PAUSE, RESUME, PROPOSE, APPROVE, SEND_BACK, RESPOND, REINVESTIGATE, CLOSE, WITHDRAW
    }

    /** Which guard a transition has. */
    public enum Guard {
        NONE, FOUR_EYES, DISSATISFIED
    }

    /**
     * What the guards read: who proposed, who acts, and whether the customer said they were dissatisfied.
     *
     * @param proposer the staff member who proposed the resolution
     * @param actor the staff member who acts
     * @param dissatisfied whether the customer is dissatisfied
     */
    public record Context(String proposer, String actor, boolean dissatisfied) {
        /** Whether a guard holds in this context. */
        boolean holds(Guard guard) {
            return switch (guard) {
                case NONE -> true;
                case FOUR_EYES -> !proposer.equals(actor);
                case DISSATISFIED -> dissatisfied;
            };
        }
    }

    /**
     * One transition.
     *
     * @param from the state it leaves
     * @param event the command
     * @param to the state it enters
     * @param guard the guard, or NONE
     */
    public record Transition(State from, Event event, State to, Guard guard) {
    }

    /** The fifteen transitions. */
    public static final List<Transition> TRANSITIONS = List.of(
            new Transition(State.REGISTERED, Event.ACCEPT, State.ACCEPTED, Guard.NONE),
            new Transition(State.ACCEPTED, Event.ASSIGN, State.ASSIGNED, Guard.NONE),
            new Transition(State.ASSIGNED, Event.START, State.INVESTIGATING, Guard.NONE),
            new Transition(State.INVESTIGATING, Event.PAUSE, State.PAUSED, Guard.NONE),
            new Transition(State.PAUSED, Event.RESUME, State.INVESTIGATING, Guard.NONE),
            new Transition(State.INVESTIGATING, Event.PROPOSE, State.AWAITING_APPROVAL, Guard.NONE),
            new Transition(State.AWAITING_APPROVAL, Event.APPROVE, State.RESOLVED, Guard.FOUR_EYES),
            new Transition(State.AWAITING_APPROVAL, Event.SEND_BACK, State.INVESTIGATING, Guard.NONE),
            new Transition(State.RESOLVED, Event.RESPOND, State.RESPONDED, Guard.NONE),
            new Transition(State.RESPONDED, Event.REINVESTIGATE, State.INVESTIGATING, Guard.DISSATISFIED),
            new Transition(State.RESPONDED, Event.CLOSE, State.CLOSED, Guard.NONE),
            new Transition(State.REGISTERED, Event.WITHDRAW, State.WITHDRAWN, Guard.NONE),
            new Transition(State.ACCEPTED, Event.WITHDRAW, State.WITHDRAWN, Guard.NONE),
            new Transition(State.ASSIGNED, Event.WITHDRAW, State.WITHDRAWN, Guard.NONE),
            new Transition(State.INVESTIGATING, Event.WITHDRAW, State.WITHDRAWN, Guard.NONE));

    /** A context in which both guards hold. */
    public static final Context PASSING = new Context("S-2001", "S-3001", true);

    /**
     * The state a command leads to, by the model itself.
     *
     * @param from the state
     * @param event the command
     * @param context what the guards read
     * @return the next state, or null if the command is refused
     */
    public static State expected(State from, Event event, Context context) {
        for (Transition t : TRANSITIONS) {
            if (t.from() == from && t.event() == event) {
                return context.holds(t.guard()) ? t.to() : null;
            }
        }
        return null;
    }

    /**
     * A cycle of eight commands a long-lived complaint can repeat forever, through both guards: from
     * INVESTIGATING back to INVESTIGATING.
     */
    public static final List<Event> CYCLE = List.of(Event.PAUSE, Event.RESUME, Event.PROPOSE, Event.SEND_BACK,
            Event.PROPOSE, Event.APPROVE, Event.RESPOND, Event.REINVESTIGATE);
}
