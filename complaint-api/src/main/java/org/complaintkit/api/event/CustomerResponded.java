package org.complaintkit.api.event;

import java.util.Objects;
import org.complaintkit.api.complaint.CustomerResponse;

/**
 * The customer was told the result.
 *
 * <p>Immutable and thread-safe.
 *
 * @param header the complaint, sequence number, time and actor
 * @param response what the customer was told
 */
public record CustomerResponded(EventHeader header, CustomerResponse response) implements ComplaintEvent {

    /**
     * Checks the required components.
     *
     * @param header the complaint, sequence number, time and actor
     * @param response what the customer was told
     */
    public CustomerResponded {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(response, "response");
    }
}
