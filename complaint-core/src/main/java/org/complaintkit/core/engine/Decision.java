package org.complaintkit.core.engine;

import java.time.Instant;
import java.util.List;
import org.complaintkit.api.command.HandlingCommand;
import org.complaintkit.api.complaint.ComplaintState;
import org.complaintkit.api.event.ComplaintEvent;
import org.complaintkit.api.event.EventHeader;
import org.complaintkit.core.lifecycle.Transition;

/**
 * What a handling row and its preconditions may read when they decide a command: the complaint before it, its
 * history, the transition the lifecycle chose, the header of the event to record, the instant, and the engine's
 * rules that reach beyond the complaint (access policy, clocks, organisation, classes).
 *
 * @param command the command
 * @param before the complaint before the command
 * @param history its events
 * @param transition the transition the lifecycle allowed
 * @param header the header of the event the command records
 * @param now the instant the event is recorded at
 * @param rules the engine's rules
 */
record Decision(HandlingCommand command, ComplaintState before, History history, Transition transition,
                EventHeader header, Instant now, EngineRules rules) {

    /**
     * The header of the event {@code offset} places after the first, for a command that records several.
     *
     * @param offset 0 for the first event
     * @return the header, its sequence {@code offset} after {@link #header()}'s
     */
    EventHeader headerAt(int offset) {
        return new EventHeader(header.complaintId(), header.sequence() + offset, header.occurredAt(), header.actor());
    }

    /** The events the command is decided on. */
    List<ComplaintEvent> events() {
        return history.events();
    }
}
