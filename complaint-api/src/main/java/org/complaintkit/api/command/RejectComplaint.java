package org.complaintkit.api.command;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.complaintkit.api.complaint.ComplaintId;
import org.complaintkit.api.complaint.Sensitive;
import org.complaintkit.api.organisation.Actor;

/**
 * Does not accept a registered complaint (不予受理); the reason is told to the complainant.
 *
 * <p>Immutable and thread-safe. Validated by the engine; every violation is reported at once.
 *
 * <p>Write one with {@code RejectComplaint.of(...)}.
 *
 * @param complaintId the complaint
 * @param actor who performs the command
 * @param idempotencyKey the caller's key for this intended change
 * @param reason why the complaint is not accepted
 */
public record RejectComplaint(
        @NotNull ComplaintId complaintId,
        @NotNull @Valid Actor actor,
        @NotNull IdempotencyKey idempotencyKey,
        @NotNull Sensitive reason) implements HandlingCommand {

    /**
     * Declines to accept the complaint, with the reason.
     *
     * @param complaintId the complaint
     * @param actor who performs the command
     * @param idempotencyKey the caller's key for this intended change
     * @param reason why it is not accepted
     * @return the command
     */
    public static RejectComplaint of(ComplaintId complaintId, Actor actor, IdempotencyKey idempotencyKey, Sensitive reason) {
        return new RejectComplaint(complaintId, actor, idempotencyKey, reason);
    }

    @Override
    public CommandType type() {
        return CommandType.REJECT;
    }
}
