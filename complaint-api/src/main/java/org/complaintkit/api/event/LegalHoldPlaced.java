package org.complaintkit.api.event;

import java.util.Objects;

/**
 * A legal hold was placed on the complaint: its file is kept, whatever its retention, until the hold is lifted.
 * Changes no status and no clock.
 *
 * <p>Immutable and thread-safe.
 *
 * @param header the complaint, sequence number, time and actor
 * @param reference the matter the hold is for
 * @param reason why the file must be kept
 */
public record LegalHoldPlaced(EventHeader header, String reference, String reason) implements ComplaintEvent {

    /**
     * Checks the components.
     *
     * @param header the complaint, sequence number, time and actor
     * @param reference the matter the hold is for
     * @param reason why the file must be kept
     */
    public LegalHoldPlaced {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(reason, "reason");
    }
}
