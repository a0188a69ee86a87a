package org.complaintkit.api.command;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.complaintkit.api.complaint.ComplaintId;
import org.complaintkit.api.complaint.Sensitive;
import org.complaintkit.api.organisation.Actor;

/**
 * Hands a complaint up one tier of the engine's tier ladder (分级处理, seed 003), with the reason, for example
 * when the compensation the customer asks for lies beyond the current tier's authority. Refused with
 * {@code CMP-2193} when the engine has no tier ladder, {@code CMP-2195} when the complaint is not handled within the
 * ladder's scope (it has no tier), {@code CMP-2190} at the top tier, and {@code CMP-2191}
 * when the actor holds no role of the complaint's current tier or a tier above it. Recorded as
 * {@code TierRaised}; from then on the complaint's authority is the new tier's.
 *
 * <p>Immutable and thread-safe. Validated by the engine; every violation is reported at once.
 *
 * <p>Write one with {@code HandUpTier.of(...)}.
 *
 * @param complaintId the complaint
 * @param actor who hands it up
 * @param idempotencyKey the caller's key for this intended change
 * @param reason why the complaint goes up a tier
 */
public record HandUpTier(
        @NotNull ComplaintId complaintId,
        @NotNull @Valid Actor actor,
        @NotNull IdempotencyKey idempotencyKey,
        @NotNull Sensitive reason) implements HandlingCommand {

    /**
     * Hands the complaint up one tier.
     *
     * @param complaintId the complaint
     * @param actor who performs the command
     * @param idempotencyKey the caller's key for this intended change
     * @param reason why
     * @return the command
     */
    public static HandUpTier of(ComplaintId complaintId, Actor actor, IdempotencyKey idempotencyKey,
                                Sensitive reason) {
        return new HandUpTier(complaintId, actor, idempotencyKey, reason);
    }

    @Override
    public CommandType type() {
        return CommandType.HAND_UP_TIER;
    }
}
