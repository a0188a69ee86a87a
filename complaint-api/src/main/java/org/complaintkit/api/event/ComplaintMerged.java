package org.complaintkit.api.event;

import java.util.Objects;
import org.complaintkit.api.complaint.ComplaintId;

/**
 * The complaint was merged into an earlier one as a repeat.
 *
 * <p>Immutable and thread-safe.
 *
 * @param header the complaint, sequence number, time and actor
 * @param target the earlier complaint
 */
public record ComplaintMerged(EventHeader header, ComplaintId target) implements ComplaintEvent {

    /**
     * Checks the required components.
     *
     * @param header the complaint, sequence number, time and actor
     * @param target the earlier complaint
     */
    public ComplaintMerged {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(target, "target");
    }
}
