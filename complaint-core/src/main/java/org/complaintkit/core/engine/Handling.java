package org.complaintkit.core.engine;

import java.util.List;
import java.util.Objects;
import org.complaintkit.api.command.HandlingCommand;
import org.complaintkit.api.event.ComplaintEvent;

/**
 * One row of the {@link HandlingTable}: a command class, the named preconditions it must pass (in order) and
 * the events it records: one for almost every command; a command that is a lifecycle path of its own
 * ({@code ResolveAtFirstContact}) records the events of each step of that path, in order, in the one append of
 * the one command.
 *
 * <p>A command whose transitions lead to different events records one event of one of several classes, chosen by
 * the transition the lifecycle took ({@code ApproveResolution}: {@code ResolutionEndorsed} for a step before the
 * last, {@code ResolutionApproved} for the last); its row lists them as alternatives.
 *
 * @param type the command class
 * @param records the classes of the events it records, in order; or, for a row of alternatives, the classes one of
 *     which its one event has
 * @param preconditions the rules checked after the lifecycle allowed the command, in order
 * @param steps what the command records
 * @param alternatives whether {@code records} are alternatives for one event rather than events in order
 * @param <C> the command
 */
record Handling<C extends HandlingCommand>(Class<C> type, List<Class<? extends ComplaintEvent>> records,
                                           List<Precondition> preconditions, Steps<C> steps, boolean alternatives) {

    /**
     * Builds the event a command records once everything allowed it.
     *
     * @param <C> the command
     * @param <E> the event
     */
    @FunctionalInterface
    interface EventFactory<C extends HandlingCommand, E extends ComplaintEvent> {
        /**
         * The event.
         *
         * @param command the command
         * @param decision what it was decided on, with the event's header
         * @return the event, with {@code decision.header()}
         */
        E record(C command, Decision decision);
    }

    /**
     * Builds the events of a command that records several, each with its own header
     * ({@link Decision#headerAt(int)}), in the order of the row's {@code records}.
     *
     * @param <C> the command
     */
    @FunctionalInterface
    interface Steps<C extends HandlingCommand> {
        /**
         * The events.
         *
         * @param command the command
         * @param decision what it was decided on
         * @return the events, the first with {@code decision.header()}, each next one sequence later
         */
        List<ComplaintEvent> record(C command, Decision decision);
    }

    Handling {
        Objects.requireNonNull(type, "type");
        records = List.copyOf(records);
        if (records.isEmpty()) {
            throw new IllegalArgumentException("a row records at least one event");
        }
        preconditions = List.copyOf(preconditions);
        Objects.requireNonNull(steps, "steps");
    }

    /** A row with no preconditions. */
    static <C extends HandlingCommand, E extends ComplaintEvent> Handling<C> row(Class<C> type, Class<E> records,
                                                                               EventFactory<C, E> event) {
        return row(type, records, List.of(), event);
    }

    /** A row whose command must pass preconditions. */
    static <C extends HandlingCommand, E extends ComplaintEvent> Handling<C> row(Class<C> type, Class<E> records,
                                                                               List<Precondition> preconditions,
                                                                               EventFactory<C, E> event) {
        Objects.requireNonNull(event, "event");
        return new Handling<>(type, List.of(records), preconditions, (c, d) -> List.of(event.record(c, d)), false);
    }

    /** A row whose command records one event of one of several classes, as the transition taken decides. */
    static <C extends HandlingCommand> Handling<C> oneOf(Class<C> type, List<Class<? extends ComplaintEvent>> records,
                                                         List<Precondition> preconditions,
                                                         EventFactory<C, ComplaintEvent> event) {
        Objects.requireNonNull(event, "event");
        return new Handling<>(type, records, preconditions, (c, d) -> List.of(event.record(c, d)), true);
    }

    /** A row whose command records several events, one per step of its path, in the order given. */
    static <C extends HandlingCommand> Handling<C> steps(Class<C> type, List<Class<? extends ComplaintEvent>> records,
                                                         List<Precondition> preconditions, Steps<C> steps) {
        return new Handling<>(type, records, preconditions, steps, false);
    }

    /**
     * Checks the preconditions in order, then records the events: the one place a command is cast to its class.
     *
     * @return the events, in sequence order; as many as {@link #records()}, each of its class
     * @throws ClassCastException if the command is not of this row's class
     * @throws IllegalStateException if the events are not those the row declares
     */
    List<ComplaintEvent> decide(Decision decision) {
        C command = type.cast(decision.command());
        for (Precondition precondition : preconditions) {
            precondition.check(decision);
        }
        List<ComplaintEvent> events = steps.record(command, decision);
        if (alternatives) {
            if (events.size() != 1 || records.stream().noneMatch(r -> r.isInstance(events.get(0)))
                    || events.get(0).sequence() != decision.header().sequence()) {
                throw new IllegalStateException(type.getSimpleName() + " recorded an unexpected event");
            }
            return List.copyOf(events);
        }
        if (events.size() != records.size()) {
            throw new IllegalStateException(type.getSimpleName() + " recorded " + events.size() + " events, not "
                    + records.size());
        }
        for (int i = 0; i < events.size(); i++) {
            if (!records.get(i).isInstance(events.get(i))
                    || events.get(i).sequence() != decision.header().sequence() + i) {
                throw new IllegalStateException(type.getSimpleName() + " recorded an unexpected event " + i);
            }
        }
        return List.copyOf(events);
    }
}
