package org.complaintkit.api.command;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.complaintkit.api.complaint.ComplaintId;
import org.complaintkit.api.organisation.Actor;

/**
 * Places a legal hold on a complaint: while it stands, the retention purge keeps the complaint's file whatever its
 * retention says (a court, a regulator or the bank's legal function asked for it). Lifecycle-neutral: allowed in
 * every status, before and after closure, and it changes no status or clock. Refused if the actor lacks the access
 * policy's {@link org.complaintkit.api.access.Permission#LEGAL_HOLD} ({@code CMP-2260}) or a hold already stands
 * ({@code CMP-2261}).
 *
 * <p>Immutable and thread-safe. Validated by the engine; every violation is reported at once.
 *
 * <p>Write one with {@code PlaceLegalHold.of(...)}.
 *
 * @param complaintId the complaint
 * @param actor who places the hold
 * @param idempotencyKey the caller's key for this intended change
 * @param reference the matter the hold is for (a case number, a regulator's letter), no personal data
 * @param reason why the file must be kept
 */
public record PlaceLegalHold(
        @NotNull ComplaintId complaintId,
        @NotNull @Valid Actor actor,
        @NotNull IdempotencyKey idempotencyKey,
        @NotNull @Size(min = 1, max = 64) String reference,
        @NotNull @Size(min = 1, max = 500) String reason) implements HandlingCommand {

    /**
     * Places a legal hold.
     *
     * @param complaintId the complaint
     * @param actor who places the hold
     * @param idempotencyKey the caller's key for this intended change
     * @param reference the matter the hold is for
     * @param reason why the file must be kept
     * @return the command
     */
    public static PlaceLegalHold of(ComplaintId complaintId, Actor actor, IdempotencyKey idempotencyKey,
                                    String reference, String reason) {
        return new PlaceLegalHold(complaintId, actor, idempotencyKey, reference, reason);
    }

    @Override
    public CommandType type() {
        return CommandType.PLACE_LEGAL_HOLD;
    }
}
