package org.complaintkit.api.event;

import java.util.Objects;
import org.complaintkit.api.complaint.Sensitive;
import org.complaintkit.api.organisation.TierId;

/**
 * The complaint was handed up one tier of the engine's tier ladder. The complaint's tier is the {@code to} of
 * its latest {@code TierRaised}, else the ladder's lowest tier.
 *
 * <p>Immutable and thread-safe.
 *
 * @param header the complaint, sequence number, time and actor
 * @param from the tier before
 * @param to the tier after, the one above {@code from}
 * @param reason why
 */
public record TierRaised(EventHeader header, TierId from, TierId to, Sensitive reason) implements ComplaintEvent {

    /**
     * Checks the components.
     *
     * @param header the complaint, sequence number, time and actor
     * @param from the tier before
     * @param to the tier after
     * @param reason why
     */
    public TierRaised {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(reason, "reason");
    }
}
