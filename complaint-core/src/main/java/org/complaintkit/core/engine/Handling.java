package org.complaintkit.core.engine;

import java.util.List;
import java.util.Objects;
import org.complaintkit.api.command.HandlingCommand;
import org.complaintkit.api.event.ComplaintEvent;

/**
 * One row of the {@link HandlingTable}: a command class, the named preconditions it must pass (in order) and
 * the event it records.
 *
 * @param type the command class
 * @param records the class of the event it records
 * @param preconditions the rules checked after the lifecycle allowed the command, in order
 * @param event what the command records
 * @param <C> the command
 */
record Handling<C extends HandlingCommand>(Class<C> type, Class<? extends ComplaintEvent> records,
                                           List<Precondition> preconditions, EventFactory<C, ?> event) {

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

    Handling {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(records, "records");
        preconditions = List.copyOf(preconditions);
        Objects.requireNonNull(event, "event");
    }

    /** A row with no preconditions. */
    static <C extends HandlingCommand, E extends ComplaintEvent> Handling<C> row(Class<C> type, Class<E> records,
                                                                               EventFactory<C, E> event) {
        return new Handling<>(type, records, List.of(), event);
    }

    /** A row whose command must pass preconditions. */
    static <C extends HandlingCommand, E extends ComplaintEvent> Handling<C> row(Class<C> type, Class<E> records,
                                                                               List<Precondition> preconditions,
                                                                               EventFactory<C, E> event) {
        return new Handling<>(type, records, preconditions, event);
    }

    /**
     * Checks the preconditions in order, then records the event: the one place a command is cast to its class.
     *
     * @throws ClassCastException if the command is not of this row's class
     */
    ComplaintEvent decide(Decision decision) {
        C command = type.cast(decision.command());
        for (Precondition precondition : preconditions) {
            precondition.check(decision);
        }
        return event.record(command, decision);
    }
}
