package org.complaintkit.api.event;

import java.util.Objects;

/**
 * The complaint was accepted for handling.
 *
 * <p>Immutable and thread-safe.
 *
 * @param header the complaint, sequence number, time and actor
 */
public record ComplaintAccepted(EventHeader header) implements ComplaintEvent {

    /**
     * Checks the required components.
     *
     * @param header the complaint, sequence number, time and actor
     */
    public ComplaintAccepted {
        Objects.requireNonNull(header, "header");
    }
}
