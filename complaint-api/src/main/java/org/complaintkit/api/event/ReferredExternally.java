package org.complaintkit.api.event;

import java.util.Objects;
import org.complaintkit.api.complaint.ExternalBody;

/**
 * The complaint was referred to an external body.
 *
 * <p>Immutable and thread-safe.
 *
 * @param header the complaint, sequence number, time and actor
 * @param body where it was referred
 * @param externalReference the body's reference, or null
 */
public record ReferredExternally(EventHeader header, ExternalBody body, String externalReference) implements ComplaintEvent {

    /**
     * Checks the required components.
     *
     * @param header the complaint, sequence number, time and actor
     * @param body where it was referred
     * @param externalReference the body's reference, or null
     */
    public ReferredExternally {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(body, "body");
    }
}
