package org.complaintkit.sample;

import java.time.Instant;
import java.util.List;
import org.complaintkit.api.command.CommandResult;
import org.complaintkit.api.complaint.ComplaintStatus;

/**
 * What a command's response says: the complaint, its version and status after the command, and the events it
 * appended. No personal data: the complaint's content is read through its view or case file. A retry with the same
 * idempotency key gets the same body (the header {@code Idempotent-Replayed: true} tells it apart).
 *
 * @param complaintId the complaint
 * @param version the complaint's version after the command, also sent as the {@code ETag}
 * @param status the complaint's status after the command
 * @param events the events the command appended
 */
record CommandResponse(String complaintId, long version, ComplaintStatus status, List<EventSummary> events) {

    /**
     * One event the command appended.
     *
     * @param sequence its place in the complaint's history, from 1
     * @param type its type, such as {@code ComplaintAccepted}
     * @param occurredAt when, by the engine's clock
     */
    record EventSummary(long sequence, String type, Instant occurredAt) {
    }

    static CommandResponse of(CommandResult result) {
        return new CommandResponse(result.complaintId().value(), result.version(), result.state().status(),
                result.events().stream().map(e -> new EventSummary(e.sequence(), e.getClass().getSimpleName(),
                        e.occurredAt())).toList());
    }
}
