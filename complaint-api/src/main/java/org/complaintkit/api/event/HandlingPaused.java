package org.complaintkit.api.event;

import java.util.Objects;
import org.complaintkit.api.complaint.PauseReason;
import org.complaintkit.api.complaint.Sensitive;

/**
 * Handling paused, waiting for the customer or a third party.
 *
 * <p>Immutable and thread-safe.
 *
 * @param header the complaint, sequence number, time and actor
 * @param reason why handling waits
 * @param note details, or null
 */
public record HandlingPaused(EventHeader header, PauseReason reason, Sensitive note) implements ComplaintEvent {

    /**
     * Checks the required components.
     *
     * @param header the complaint, sequence number, time and actor
     * @param reason why handling waits
     * @param note details, or null
     */
    public HandlingPaused {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(reason, "reason");
    }
}
