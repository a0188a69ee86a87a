package org.complaintkit.api.event;

import java.util.Objects;
import org.complaintkit.api.complaint.Sensitive;

/**
 * The complaint went back to investigation.
 *
 * <p>Immutable and thread-safe.
 *
 * @param header the complaint, sequence number, time and actor
 * @param reason why
 */
public record ReinvestigationStarted(EventHeader header, Sensitive reason) implements ComplaintEvent {

    /**
     * Checks the required components.
     *
     * @param header the complaint, sequence number, time and actor
     * @param reason why
     */
    public ReinvestigationStarted {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(reason, "reason");
    }
}
