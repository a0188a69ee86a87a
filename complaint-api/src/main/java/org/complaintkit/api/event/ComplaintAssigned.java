package org.complaintkit.api.event;

import java.util.Objects;
import org.complaintkit.api.complaint.Assignment;

/**
 * The complaint was assigned or re-assigned.
 *
 * <p>Immutable and thread-safe.
 *
 * @param header the complaint, sequence number, time and actor
 * @param assignment who handles it
 */
public record ComplaintAssigned(EventHeader header, Assignment assignment) implements ComplaintEvent {

    /**
     * Checks the required components.
     *
     * @param header the complaint, sequence number, time and actor
     * @param assignment who handles it
     */
    public ComplaintAssigned {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(assignment, "assignment");
    }
}
