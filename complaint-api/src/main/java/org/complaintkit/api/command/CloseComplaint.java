package org.complaintkit.api.command;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.complaintkit.api.complaint.ComplaintId;
import org.complaintkit.api.complaint.Liability;
import org.complaintkit.api.complaint.Sensitive;
import org.complaintkit.api.organisation.Actor;

/**
 * Closes a complaint with the bank's liability and the root cause (总结).
 *
 * <p>Immutable and thread-safe. Validated by the engine; every violation is reported at once.
 *
 * <p>Write one with {@code CloseComplaint.of(...)}.
 *
 * @param complaintId the complaint
 * @param actor who performs the command
 * @param idempotencyKey the caller's key for this intended change
 * @param liability the liability found
 * @param rootCause the root cause
 */
public record CloseComplaint(
        @NotNull ComplaintId complaintId,
        @NotNull @Valid Actor actor,
        @NotNull IdempotencyKey idempotencyKey,
        @NotNull Liability liability,
        @NotNull Sensitive rootCause) implements HandlingCommand {

    /**
     * Closes the complaint with its liability and root cause.
     *
     * @param complaintId the complaint
     * @param actor who performs the command
     * @param idempotencyKey the caller's key for this intended change
     * @param liability the liability found
     * @param rootCause the root cause
     * @return the command
     */
    public static CloseComplaint of(ComplaintId complaintId, Actor actor, IdempotencyKey idempotencyKey, Liability liability, Sensitive rootCause) {
        return new CloseComplaint(complaintId, actor, idempotencyKey, liability, rootCause);
    }

    @Override
    public CommandType type() {
        return CommandType.CLOSE;
    }
}
