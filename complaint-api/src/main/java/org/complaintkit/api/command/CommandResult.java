package org.complaintkit.api.command;

import java.util.List;
import java.util.Objects;
import org.complaintkit.api.complaint.ComplaintId;
import org.complaintkit.api.complaint.ComplaintState;
import org.complaintkit.api.event.ComplaintEvent;

/**
 * What a command did: the events it appended and the complaint's state after them. When a
 * command is repeated with the same idempotency key, the engine returns the first result again
 * with {@code replayed} set and appends nothing.
 *
 * <p>Immutable and thread-safe.
 *
 * @param complaintId the complaint
 * @param events the events the command appended, in sequence order; never empty
 * @param state the complaint's state right after those events
 * @param replayed true if this is the stored result of an earlier command with the same key
 */
public record CommandResult(ComplaintId complaintId, List<ComplaintEvent> events, ComplaintState state,
                            boolean replayed) {

    /**
     * Checks and copies the components.
     *
     * @param complaintId the complaint
     * @param events the events the command appended, in sequence order; never empty
     * @param state the complaint's state right after those events
     * @param replayed true if this is the stored result of an earlier command with the same key
     */
    public CommandResult {
        Objects.requireNonNull(complaintId, "complaintId");
        events = List.copyOf(events);
        Objects.requireNonNull(state, "state");
        if (events.isEmpty()) {
            throw new IllegalArgumentException("a command result has at least one event");
        }
    }

    /**
     * Returns the complaint's version after the command.
     *
     * @return the version
     */
    public long version() {
        return state.version();
    }
}
