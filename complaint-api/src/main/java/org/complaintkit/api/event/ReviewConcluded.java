package org.complaintkit.api.event;

import java.util.Objects;
import org.complaintkit.api.complaint.ReviewOutcome;
import org.complaintkit.api.complaint.Sensitive;

/**
 * A review was concluded and the complaint closed again.
 *
 * <p>Immutable and thread-safe.
 *
 * @param header the complaint, sequence number, time and actor
 * @param outcome whether the decision stands
 * @param findings the findings
 */
public record ReviewConcluded(EventHeader header, ReviewOutcome outcome, Sensitive findings) implements ComplaintEvent {

    /**
     * Checks the required components.
     *
     * @param header the complaint, sequence number, time and actor
     * @param outcome whether the decision stands
     * @param findings the findings
     */
    public ReviewConcluded {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(findings, "findings");
    }
}
