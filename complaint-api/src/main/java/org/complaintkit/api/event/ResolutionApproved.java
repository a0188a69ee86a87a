package org.complaintkit.api.event;

import java.util.Objects;
import org.complaintkit.api.complaint.Sensitive;

/**
 * The proposed resolution was approved by someone other than its proposer.
 *
 * <p>Immutable and thread-safe.
 *
 * @param header the complaint, sequence number, time and actor
 * @param comment the approver's comment, or null
 */
public record ResolutionApproved(EventHeader header, Sensitive comment) implements ComplaintEvent {

    /**
     * Checks the required components.
     *
     * @param header the complaint, sequence number, time and actor
     * @param comment the approver's comment, or null
     */
    public ResolutionApproved {
        Objects.requireNonNull(header, "header");
    }
}
