package org.complaintkit.api.event;

import java.util.List;
import java.util.Objects;

/**
 * Named clocks of the complaint paused under a regulator's cohort order, from this event's time until the
 * {@link ClocksResumedByOrder} with the same reference. A complaint registered while an order stands records it
 * in its registration's append.
 *
 * <p>Immutable and thread-safe.
 *
 * @param header the complaint, sequence number, time and actor
 * @param orderReference the order's reference
 * @param clockIds the clocks paused
 * @param reason the order's reason
 */
public record ClocksPausedByOrder(EventHeader header, String orderReference, List<String> clockIds, String reason)
        implements ComplaintEvent {

    /**
     * Checks the components and copies the list.
     *
     * @param header the complaint, sequence number, time and actor
     * @param orderReference the order's reference
     * @param clockIds the clocks paused
     * @param reason the order's reason
     */
    public ClocksPausedByOrder {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(orderReference, "orderReference");
        clockIds = List.copyOf(clockIds);
        Objects.requireNonNull(reason, "reason");
    }
}
