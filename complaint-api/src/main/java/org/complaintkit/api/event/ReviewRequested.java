package org.complaintkit.api.event;

import java.util.Objects;
import org.complaintkit.api.complaint.Sensitive;

/**
 * The complainant asked for a review of the decision.
 *
 * <p>Immutable and thread-safe.
 *
 * @param header the complaint, sequence number, time and actor
 * @param grounds why
 */
public record ReviewRequested(EventHeader header, Sensitive grounds) implements ComplaintEvent {

    /**
     * Checks the required components.
     *
     * @param header the complaint, sequence number, time and actor
     * @param grounds why
     */
    public ReviewRequested {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(grounds, "grounds");
    }
}
