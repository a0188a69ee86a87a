package org.complaintkit.api.command;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.complaintkit.api.complaint.ComplaintId;
import org.complaintkit.api.complaint.Outcome;
import org.complaintkit.api.complaint.ReviewOutcome;
import org.complaintkit.api.complaint.Sensitive;
import org.complaintkit.api.organisation.Actor;

/**
 * Concludes a review and closes the complaint again.
 *
 * <p>Immutable and thread-safe. Validated by the engine; every violation is reported at once.
 *
 * <p>Write one with {@code ConcludeReview.of(...)}.
 *
 * @param complaintId the complaint
 * @param actor who performs the command
 * @param idempotencyKey the caller's key for this intended change
 * @param outcome whether the decision stands
 * @param findings the review's findings
 */
public record ConcludeReview(
        @NotNull ComplaintId complaintId,
        @NotNull @Valid Actor actor,
        @NotNull IdempotencyKey idempotencyKey,
        @NotNull ReviewOutcome outcome,
        @NotNull Sensitive findings) implements HandlingCommand {

    /**
     * Concludes a review with its outcome and findings.
     *
     * @param complaintId the complaint
     * @param actor who performs the command
     * @param idempotencyKey the caller's key for this intended change
     * @param outcome whether the decision stands
     * @param findings the review's findings
     * @return the command
     */
    public static ConcludeReview of(ComplaintId complaintId, Actor actor, IdempotencyKey idempotencyKey, ReviewOutcome outcome, Sensitive findings) {
        return new ConcludeReview(complaintId, actor, idempotencyKey, outcome, findings);
    }

    @Override
    public CommandType type() {
        return CommandType.CONCLUDE_REVIEW;
    }
}
