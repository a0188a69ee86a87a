package org.complaintkit.api.event;

import java.util.Objects;
import org.complaintkit.api.complaint.Sensitive;

/**
 * The outcome of an external referral was recorded and the complaint closed.
 *
 * <p>Immutable and thread-safe.
 *
 * @param header the complaint, sequence number, time and actor
 * @param outcome the outcome
 */
public record ExternalOutcomeRecorded(EventHeader header, Sensitive outcome) implements ComplaintEvent {

    /**
     * Checks the required components.
     *
     * @param header the complaint, sequence number, time and actor
     * @param outcome the outcome
     */
    public ExternalOutcomeRecorded {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(outcome, "outcome");
    }
}
