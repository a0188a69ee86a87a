package org.complaintkit.api.command;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.complaintkit.api.complaint.ComplaintId;
import org.complaintkit.api.complaint.Sensitive;
import org.complaintkit.api.organisation.Actor;

/**
 * Approves a proposed resolution (审批); the approver must not be the proposer.
 *
 * <p>Immutable and thread-safe. Validated by the engine; every violation is reported at once.
 *
 * <p>Write one with {@code ApproveResolution.of(...)}, adding optional parts with its {@code with...} methods.
 *
 * @param complaintId the complaint
 * @param actor who performs the command
 * @param idempotencyKey the caller's key for this intended change
 * @param comment the approver's comment, or null
 */
public record ApproveResolution(
        @NotNull ComplaintId complaintId,
        @NotNull @Valid Actor actor,
        @NotNull IdempotencyKey idempotencyKey,
        Sensitive comment) implements HandlingCommand {

    /**
     * Approves the proposed resolution, without a comment.
     *
     * @param complaintId the complaint
     * @param actor who performs the command
     * @param idempotencyKey the caller's key for this intended change
     * @return the command
     */
    public static ApproveResolution of(ComplaintId complaintId, Actor actor, IdempotencyKey idempotencyKey) {
        return new ApproveResolution(complaintId, actor, idempotencyKey, null);
    }

    /**
     * Returns this approval with a comment.
     *
     * @param comment the approver's comment
     * @return a copy with it
     */
    public ApproveResolution withComment(Sensitive comment) {
        return new ApproveResolution(complaintId, actor, idempotencyKey, comment);
    }

    @Override
    public CommandType type() {
        return CommandType.APPROVE_RESOLUTION;
    }
}
