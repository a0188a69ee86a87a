package org.complaintkit.api.command;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.complaintkit.api.complaint.ComplaintId;
import org.complaintkit.api.organisation.Actor;

/**
 * Lifts the legal hold standing on a complaint: its file is kept again only as long as the retention policy says.
 * Lifecycle-neutral like {@link PlaceLegalHold}. Refused if the actor lacks the access policy's
 * {@link org.complaintkit.api.access.Permission#LEGAL_HOLD} ({@code CMP-2260}) or no hold stands ({@code CMP-2262}).
 *
 * <p>Immutable and thread-safe. Validated by the engine; every violation is reported at once.
 *
 * <p>Write one with {@code LiftLegalHold.of(...)}.
 *
 * @param complaintId the complaint
 * @param actor who lifts the hold
 * @param idempotencyKey the caller's key for this intended change
 * @param reason why the hold ends
 */
public record LiftLegalHold(
        @NotNull ComplaintId complaintId,
        @NotNull @Valid Actor actor,
        @NotNull IdempotencyKey idempotencyKey,
        @NotNull @Size(min = 1, max = 500) String reason) implements HandlingCommand {

    /**
     * Lifts the legal hold.
     *
     * @param complaintId the complaint
     * @param actor who lifts the hold
     * @param idempotencyKey the caller's key for this intended change
     * @param reason why the hold ends
     * @return the command
     */
    public static LiftLegalHold of(ComplaintId complaintId, Actor actor, IdempotencyKey idempotencyKey,
                                   String reason) {
        return new LiftLegalHold(complaintId, actor, idempotencyKey, reason);
    }

    @Override
    public CommandType type() {
        return CommandType.LIFT_LEGAL_HOLD;
    }
}
