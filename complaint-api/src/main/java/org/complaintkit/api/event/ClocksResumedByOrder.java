package org.complaintkit.api.event;

import java.util.Objects;

/**
 * The clocks a regulator's cohort order paused on the complaint resumed: the order was lifted.
 *
 * <p>Immutable and thread-safe.
 *
 * @param header the complaint, sequence number, time and actor
 * @param orderReference the order's reference
 */
public record ClocksResumedByOrder(EventHeader header, String orderReference) implements ComplaintEvent {

    /**
     * Checks the components.
     *
     * @param header the complaint, sequence number, time and actor
     * @param orderReference the order's reference
     */
    public ClocksResumedByOrder {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(orderReference, "orderReference");
    }
}
