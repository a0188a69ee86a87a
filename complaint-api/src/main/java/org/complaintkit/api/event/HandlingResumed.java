package org.complaintkit.api.event;

import java.util.Objects;

/**
 * Handling resumed after a pause.
 *
 * <p>Immutable and thread-safe.
 *
 * @param header the complaint, sequence number, time and actor
 */
public record HandlingResumed(EventHeader header) implements ComplaintEvent {

    /**
     * Checks the required components.
     *
     * @param header the complaint, sequence number, time and actor
     */
    public HandlingResumed {
        Objects.requireNonNull(header, "header");
    }
}
