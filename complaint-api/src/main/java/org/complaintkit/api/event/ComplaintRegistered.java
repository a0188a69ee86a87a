package org.complaintkit.api.event;

import java.util.Objects;
import org.complaintkit.api.complaint.Registration;

/**
 * A complaint was registered; its clocks start from the registration's receipt time.
 *
 * <p>Immutable and thread-safe.
 *
 * @param header the complaint, sequence number, time and actor
 * @param registration the register entry
 */
public record ComplaintRegistered(EventHeader header, Registration registration) implements ComplaintEvent {

    /**
     * Checks the required components.
     *
     * @param header the complaint, sequence number, time and actor
     * @param registration the register entry
     */
    public ComplaintRegistered {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(registration, "registration");
    }
}
