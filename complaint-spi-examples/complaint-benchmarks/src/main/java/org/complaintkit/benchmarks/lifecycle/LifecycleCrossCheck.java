package org.complaintkit.benchmarks.lifecycle;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.complaintkit.benchmarks.lifecycle.Model.Context;
import org.complaintkit.benchmarks.lifecycle.Model.Event;
import org.complaintkit.benchmarks.lifecycle.Model.State;

/**
 * Asks every contender every question the benchmarks time, and compares its answer with the model's: every
 * state × every command × four guard contexts, rehydrated and on a long-lived machine. A peer's wrong answer is
 * a reported difference, never hidden.
 */
public final class LifecycleCrossCheck {
    private LifecycleCrossCheck() {
    }

    /**
     * One wrong answer.
     *
     * @param contender who answered
     * @param from the state
     * @param event the command
     * @param context what the guards read
     * @param expected the model's answer (null: refused)
     * @param actual the contender's answer (null: refused)
     */
    public record Difference(String contender, State from, Event event, Context context, State expected,
                             State actual) {
    }

    /** The four guard contexts: proposer and actor the same or not, customer dissatisfied or not. */
    public static final List<Context> CONTEXTS = List.of(new Context("S-2001", "S-3001", true),
            new Context("S-2001", "S-3001", false), new Context("S-3001", "S-3001", true),
            new Context("S-3001", "S-3001", false));

    /** Every contender, by name. */
    public static final List<Supplier<LifecycleContender>> CONTENDERS = List.of(TableContender::new,
            Stateless4jContender::new, SquirrelContender::new, SpringContender::new);

    /**
     * Makes a contender by name.
     *
     * @param name the contender's name
     * @return a fresh instance
     */
    public static LifecycleContender create(String name) {
        for (Supplier<LifecycleContender> supplier : CONTENDERS) {
            LifecycleContender c = supplier.get();
            if (c.name().equals(name)) {
                return c;
            }
        }
        throw new IllegalArgumentException("no contender " + name);
    }

    /**
     * Checks one contender.
     *
     * @param contender the contender
     * @return every difference from the model; empty if it answers as the model does
     */
    public static List<Difference> check(LifecycleContender contender) {
        List<Difference> out = new ArrayList<>();
        for (State from : State.values()) {
            for (Event event : Event.values()) {
                for (Context context : CONTEXTS) {
                    State expected = Model.expected(from, event, context);
                    State actual = contender.fireFrom(from, event, context);
                    if (expected != actual) {
                        out.add(new Difference(contender.name(), from, event, context, expected, actual));
                    }
                    contender.reset(from);
                    State longLived = contender.fire(event, context);
                    if (expected != longLived) {
                        out.add(new Difference(contender.name() + " (long-lived)", from, event, context, expected,
                                longLived));
                    }
                }
            }
        }
        contender.reset(State.INVESTIGATING);
        State at = State.INVESTIGATING;
        for (int round = 0; round < 3; round++) {
            for (Event event : Model.CYCLE) {
                State expected = Model.expected(at, event, Model.PASSING);
                State actual = contender.fire(event, Model.PASSING);
                if (expected != actual) {
                    out.add(new Difference(contender.name() + " (cycle)", at, event, Model.PASSING, expected, actual));
                }
                at = expected == null ? at : expected;
            }
        }
        return out;
    }

    /** The (state, command) pairs the model allows, for the rehydrate-and-fire benchmark. */
    static List<Model.Transition> legal() {
        return Model.TRANSITIONS;
    }

    /** The (state, command) pairs the model has no transition for, for the rejection benchmark. */
    static List<Model.Transition> illegal() {
        List<Model.Transition> out = new ArrayList<>();
        for (State from : State.values()) {
            for (Event event : Event.values()) {
                if (Model.expected(from, event, Model.PASSING) == null
                        && Model.TRANSITIONS.stream().noneMatch(t -> t.from() == from && t.event() == event)) {
                    out.add(new Model.Transition(from, event, null, Model.Guard.NONE));
                }
            }
        }
        return out;
    }
}
