package org.complaintkit.api.command;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.complaintkit.api.complaint.ComplaintId;
import org.complaintkit.api.organisation.Actor;

/**
 * Erases a complaint's personal data by destroying the key it is encrypted under (crypto-shredding): every
 * {@link org.complaintkit.api.complaint.Sensitive} of the complaint reads {@code [erased]} from then on, while its
 * events and their seals stay as they were, so its chain still verifies. The erasure is recorded first, as a
 * {@code PersonalDataErased} event naming who erased, when, on what legal basis and why; then the key is
 * destroyed. Lifecycle-neutral: allowed in every status, and it changes no status or clock.
 *
 * <p>Refused if the actor lacks the access policy's {@link org.complaintkit.api.access.Permission#ERASE_PERSONAL_DATA}
 * ({@code CMP-2280}), if the complaint's personal data is not encrypted (the engine has no key store, or the
 * complaint was registered before it had one: {@code CMP-2281}), if it is erased already ({@code CMP-2282}) or a
 * legal hold stands ({@code CMP-2287}).
 *
 * <p>The legal basis and the reason are stored in clear on the sealed erasure event and are never erased: they must
 * not hold the customer's name, contact or any other personal data.
 *
 * <p>Immutable and thread-safe. Validated by the engine; every violation is reported at once.
 *
 * @param complaintId the complaint
 * @param actor who erases
 * @param idempotencyKey the caller's key for this intended change
 * @param legalBasis the ground for erasure (an article of law, a customer's request reference), no personal data
 * @param reason why the data is erased, no personal data
 */
public record ErasePersonalData(
        @NotNull ComplaintId complaintId,
        @NotNull @Valid Actor actor,
        @NotNull IdempotencyKey idempotencyKey,
        @NotNull @Size(min = 1, max = 64) String legalBasis,
        @NotNull @Size(min = 1, max = 500) String reason) implements HandlingCommand {

    /**
     * Erases a complaint's personal data.
     *
     * @param complaintId the complaint
     * @param actor who erases
     * @param idempotencyKey the caller's key for this intended change
     * @param legalBasis the ground for erasure, no personal data
     * @param reason why the data is erased
     * @return the command
     */
    public static ErasePersonalData of(ComplaintId complaintId, Actor actor, IdempotencyKey idempotencyKey,
                                       String legalBasis, String reason) {
        return new ErasePersonalData(complaintId, actor, idempotencyKey, legalBasis, reason);
    }

    @Override
    public CommandType type() {
        return CommandType.ERASE_PERSONAL_DATA;
    }
}
