package org.complaintkit.api.event;

import java.util.Objects;
import org.complaintkit.api.complaint.Sensitive;

/**
 * The complaint was not accepted; the reason is told to the complainant.
 *
 * <p>Immutable and thread-safe.
 *
 * @param header the complaint, sequence number, time and actor
 * @param reason why
 */
public record ComplaintNotAccepted(EventHeader header, Sensitive reason) implements ComplaintEvent {

    /**
     * Checks the required components.
     *
     * @param header the complaint, sequence number, time and actor
     * @param reason why
     */
    public ComplaintNotAccepted {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(reason, "reason");
    }
}
