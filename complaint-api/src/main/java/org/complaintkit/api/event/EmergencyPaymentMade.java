package org.complaintkit.api.event;

import java.util.Objects;
import org.complaintkit.api.complaint.Money;
import org.complaintkit.api.complaint.Sensitive;

/**
 * An emergency payment was made to the complainant, within the actor's authority.
 *
 * <p>Immutable and thread-safe.
 *
 * @param header the complaint, sequence number, time and actor
 * @param amount the amount paid
 * @param purpose what it is for
 */
public record EmergencyPaymentMade(EventHeader header, Money amount, Sensitive purpose) implements ComplaintEvent {

    /**
     * Checks the components.
     *
     * @param header the complaint, sequence number, time and actor
     * @param amount the amount paid
     * @param purpose what it is for
     */
    public EmergencyPaymentMade {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(purpose, "purpose");
    }
}
