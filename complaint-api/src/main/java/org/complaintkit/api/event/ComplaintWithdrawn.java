package org.complaintkit.api.event;

import java.util.Objects;
import org.complaintkit.api.complaint.Sensitive;

/**
 * The complainant withdrew the complaint.
 *
 * <p>Immutable and thread-safe.
 *
 * @param header the complaint, sequence number, time and actor
 * @param reason the reason given, or null
 */
public record ComplaintWithdrawn(EventHeader header, Sensitive reason) implements ComplaintEvent {

    /**
     * Checks the required components.
     *
     * @param header the complaint, sequence number, time and actor
     * @param reason the reason given, or null
     */
    public ComplaintWithdrawn {
        Objects.requireNonNull(header, "header");
    }
}
