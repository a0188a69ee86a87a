package org.complaintkit.api.command;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.complaintkit.api.complaint.ComplaintId;
import org.complaintkit.api.complaint.Sensitive;
import org.complaintkit.api.organisation.Actor;

/**
 * A line department concurs with the proposed resolution, where the approver's authority requires its
 * co-approval (DOMAIN.md §7: compensation is decided jointly with the line department). Recorded against
 * the actor's department, as the organisation directory gives it.
 *
 * <p>Immutable and thread-safe. Validated by the engine; every violation is reported at once.
 *
 * <p>Write one with {@code ConcurResolution.of(...)}, adding optional parts with its {@code with...} methods.
 *
 * @param complaintId the complaint
 * @param actor who concurs, on behalf of their department
 * @param idempotencyKey the caller's key for this intended change
 * @param comment the department's comment, or null
 */
public record ConcurResolution(
        @NotNull ComplaintId complaintId,
        @NotNull @Valid Actor actor,
        @NotNull IdempotencyKey idempotencyKey,
        Sensitive comment) implements HandlingCommand {

    /**
     * Concurs with the proposed resolution, without a comment.
     *
     * @param complaintId the complaint
     * @param actor who performs the command
     * @param idempotencyKey the caller's key for this intended change
     * @return the command
     */
    public static ConcurResolution of(ComplaintId complaintId, Actor actor, IdempotencyKey idempotencyKey) {
        return new ConcurResolution(complaintId, actor, idempotencyKey, null);
    }

    /**
     * Returns this concurrence with a comment.
     *
     * @param comment the comment
     * @return a copy with it
     */
    public ConcurResolution withComment(Sensitive comment) {
        return new ConcurResolution(complaintId, actor, idempotencyKey, comment);
    }

    @Override
    public CommandType type() {
        return CommandType.CONCUR;
    }
}
