package org.complaintkit.api.event;

import java.util.Objects;

/**
 * Investigation started.
 *
 * <p>Immutable and thread-safe.
 *
 * @param header the complaint, sequence number, time and actor
 */
public record InvestigationStarted(EventHeader header) implements ComplaintEvent {

    /**
     * Checks the required components.
     *
     * @param header the complaint, sequence number, time and actor
     */
    public InvestigationStarted {
        Objects.requireNonNull(header, "header");
    }
}
