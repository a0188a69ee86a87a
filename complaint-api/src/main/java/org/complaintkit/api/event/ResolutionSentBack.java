package org.complaintkit.api.event;

import java.util.Objects;
import org.complaintkit.api.complaint.Sensitive;

/**
 * The proposed resolution was sent back for rework.
 *
 * <p>Immutable and thread-safe.
 *
 * @param header the complaint, sequence number, time and actor
 * @param reason what must be reworked
 */
public record ResolutionSentBack(EventHeader header, Sensitive reason) implements ComplaintEvent {

    /**
     * Checks the required components.
     *
     * @param header the complaint, sequence number, time and actor
     * @param reason what must be reworked
     */
    public ResolutionSentBack {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(reason, "reason");
    }
}
