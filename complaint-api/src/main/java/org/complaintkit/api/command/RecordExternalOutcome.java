package org.complaintkit.api.command;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.complaintkit.api.complaint.ComplaintId;
import org.complaintkit.api.complaint.Sensitive;
import org.complaintkit.api.organisation.Actor;

/**
 * Records the outcome of an external referral and closes the complaint.
 *
 * <p>Immutable and thread-safe. Validated by the engine; every violation is reported at once.
 *
 * <p>Write one with {@code RecordExternalOutcome.of(...)}.
 *
 * @param complaintId the complaint
 * @param actor who performs the command
 * @param idempotencyKey the caller's key for this intended change
 * @param outcome the external body's outcome
 */
public record RecordExternalOutcome(
        @NotNull ComplaintId complaintId,
        @NotNull @Valid Actor actor,
        @NotNull IdempotencyKey idempotencyKey,
        @NotNull Sensitive outcome) implements HandlingCommand {

    /**
     * Records what an external body decided.
     *
     * @param complaintId the complaint
     * @param actor who performs the command
     * @param idempotencyKey the caller's key for this intended change
     * @param outcome the outcome
     * @return the command
     */
    public static RecordExternalOutcome of(ComplaintId complaintId, Actor actor, IdempotencyKey idempotencyKey, Sensitive outcome) {
        return new RecordExternalOutcome(complaintId, actor, idempotencyKey, outcome);
    }

    @Override
    public CommandType type() {
        return CommandType.RECORD_EXTERNAL_OUTCOME;
    }
}
