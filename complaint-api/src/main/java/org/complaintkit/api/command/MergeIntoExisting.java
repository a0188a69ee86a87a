package org.complaintkit.api.command;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.complaintkit.api.complaint.ComplaintId;
import org.complaintkit.api.organisation.Actor;

/**
 * Merges a repeat complaint into an earlier one; the earlier complaint's clocks do not restart.
 *
 * <p>Immutable and thread-safe. Validated by the engine; every violation is reported at once.
 *
 * <p>Write one with {@code MergeIntoExisting.of(...)}.
 *
 * @param complaintId the complaint
 * @param actor who performs the command
 * @param idempotencyKey the caller's key for this intended change
 * @param target the earlier complaint
 */
public record MergeIntoExisting(
        @NotNull ComplaintId complaintId,
        @NotNull @Valid Actor actor,
        @NotNull IdempotencyKey idempotencyKey,
        @NotNull ComplaintId target) implements HandlingCommand {

    /**
     * Merges the complaint into an earlier one.
     *
     * @param complaintId the complaint
     * @param actor who performs the command
     * @param idempotencyKey the caller's key for this intended change
     * @param target the earlier complaint
     * @return the command
     */
    public static MergeIntoExisting of(ComplaintId complaintId, Actor actor, IdempotencyKey idempotencyKey, ComplaintId target) {
        return new MergeIntoExisting(complaintId, actor, idempotencyKey, target);
    }

    @Override
    public CommandType type() {
        return CommandType.MERGE;
    }
}
