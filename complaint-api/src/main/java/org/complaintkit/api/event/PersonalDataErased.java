package org.complaintkit.api.event;

import java.util.Objects;

/**
 * The complaint's personal data was erased: the key it was encrypted under is destroyed after this event is
 * stored, so every {@link org.complaintkit.api.complaint.Sensitive} of the complaint reads {@code [erased]}. The
 * events and their seals are kept; this event says who erased, when (its header), on what legal basis and why.
 * Changes no status and no clock.
 *
 * <p>Immutable and thread-safe.
 *
 * @param header the complaint, sequence number, time and actor
 * @param legalBasis the ground for erasure, no personal data
 * @param reason why the data was erased
 */
public record PersonalDataErased(EventHeader header, String legalBasis, String reason) implements ComplaintEvent {

    /**
     * Checks the components.
     *
     * @param header the complaint, sequence number, time and actor
     * @param legalBasis the ground for erasure
     * @param reason why the data was erased
     */
    public PersonalDataErased {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(legalBasis, "legalBasis");
        Objects.requireNonNull(reason, "reason");
    }
}
