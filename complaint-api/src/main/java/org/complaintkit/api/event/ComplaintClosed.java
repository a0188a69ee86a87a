package org.complaintkit.api.event;

import java.util.Objects;
import org.complaintkit.api.complaint.Liability;
import org.complaintkit.api.complaint.Sensitive;

/**
 * The complaint was closed.
 *
 * <p>Immutable and thread-safe.
 *
 * @param header the complaint, sequence number, time and actor
 * @param liability the liability found
 * @param rootCause the root cause
 */
public record ComplaintClosed(EventHeader header, Liability liability, Sensitive rootCause) implements ComplaintEvent {

    /**
     * Checks the required components.
     *
     * @param header the complaint, sequence number, time and actor
     * @param liability the liability found
     * @param rootCause the root cause
     */
    public ComplaintClosed {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(liability, "liability");
        Objects.requireNonNull(rootCause, "rootCause");
    }
}
