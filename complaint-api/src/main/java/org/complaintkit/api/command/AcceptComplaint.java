package org.complaintkit.api.command;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.complaintkit.api.complaint.ComplaintId;
import org.complaintkit.api.organisation.Actor;

/**
 * Accepts a registered complaint for handling (受理).
 *
 * <p>Immutable and thread-safe. Validated by the engine; every violation is reported at once.
 *
 * <p>Write one with {@code AcceptComplaint.of(...)}.
 *
 * @param complaintId the complaint
 * @param actor who performs the command
 * @param idempotencyKey the caller's key for this intended change
 */
public record AcceptComplaint(
        @NotNull ComplaintId complaintId,
        @NotNull @Valid Actor actor,
        @NotNull IdempotencyKey idempotencyKey) implements HandlingCommand {

    /**
     * Accepts the complaint.
     *
     * @param complaintId the complaint
     * @param actor who performs the command
     * @param idempotencyKey the caller's key for this intended change
     * @return the command
     */
    public static AcceptComplaint of(ComplaintId complaintId, Actor actor, IdempotencyKey idempotencyKey) {
        return new AcceptComplaint(complaintId, actor, idempotencyKey);
    }

    @Override
    public CommandType type() {
        return CommandType.ACCEPT;
    }
}
