package org.complaintkit.api.event;

import java.util.Objects;

/**
 * The legal hold on the complaint was lifted: its file is kept again only as long as its retention says.
 *
 * <p>Immutable and thread-safe.
 *
 * @param header the complaint, sequence number, time and actor
 * @param reference the reference of the hold lifted
 * @param reason why the hold ends
 */
public record LegalHoldLifted(EventHeader header, String reference, String reason) implements ComplaintEvent {

    /**
     * Checks the components.
     *
     * @param header the complaint, sequence number, time and actor
     * @param reference the reference of the hold lifted
     * @param reason why the hold ends
     */
    public LegalHoldLifted {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(reason, "reason");
    }
}
