package org.complaintkit.api.event;

import java.util.Objects;
import org.complaintkit.api.complaint.Satisfaction;
import org.complaintkit.api.complaint.Sensitive;

/**
 * The customer's answer at the return visit was recorded.
 *
 * <p>Immutable and thread-safe.
 *
 * @param header the complaint, sequence number, time and actor
 * @param satisfaction the answer
 * @param remark what the customer said, or null
 */
public record SatisfactionRecorded(EventHeader header, Satisfaction satisfaction, Sensitive remark) implements ComplaintEvent {

    /**
     * Checks the required components.
     *
     * @param header the complaint, sequence number, time and actor
     * @param satisfaction the answer
     * @param remark what the customer said, or null
     */
    public SatisfactionRecorded {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(satisfaction, "satisfaction");
    }
}
