package org.complaintkit.api.command;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.complaintkit.api.complaint.ComplaintId;
import org.complaintkit.api.complaint.Sensitive;
import org.complaintkit.api.organisation.Actor;

/**
 * Records the complainant's request for a review (核查) of the decision, within the review window (CBIRC Art. 20).
 *
 * <p>Immutable and thread-safe. Validated by the engine; every violation is reported at once.
 *
 * <p>Write one with {@code RequestReview.of(...)}.
 *
 * @param complaintId the complaint
 * @param actor who performs the command
 * @param idempotencyKey the caller's key for this intended change
 * @param grounds why the complainant asks for a review
 */
public record RequestReview(
        @NotNull ComplaintId complaintId,
        @NotNull @Valid Actor actor,
        @NotNull IdempotencyKey idempotencyKey,
        @NotNull Sensitive grounds) implements HandlingCommand {

    /**
     * Asks for a review of the decision.
     *
     * @param complaintId the complaint
     * @param actor who performs the command
     * @param idempotencyKey the caller's key for this intended change
     * @param grounds why the customer asks for it
     * @return the command
     */
    public static RequestReview of(ComplaintId complaintId, Actor actor, IdempotencyKey idempotencyKey, Sensitive grounds) {
        return new RequestReview(complaintId, actor, idempotencyKey, grounds);
    }

    @Override
    public CommandType type() {
        return CommandType.REQUEST_REVIEW;
    }
}
