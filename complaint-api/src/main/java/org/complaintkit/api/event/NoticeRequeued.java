package org.complaintkit.api.event;

import java.util.Objects;

/**
 * A dead-lettered notice was put back for delivery by a staff member, after the cause of its failures
 * was dealt with. Its attempts count afresh.
 *
 * <p>Immutable and thread-safe.
 *
 * @param header the complaint, sequence number, time and actor (who put it back)
 * @param dedupeKey the notice's dedupe key
 * @param reason why it is tried again
 */
public record NoticeRequeued(EventHeader header, String dedupeKey, String reason) implements ComplaintEvent {

    /**
     * Checks the components.
     *
     * @param header the complaint, sequence number, time and actor
     * @param dedupeKey the notice's dedupe key
     * @param reason why it is tried again
     */
    public NoticeRequeued {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(dedupeKey, "dedupeKey");
        Objects.requireNonNull(reason, "reason");
    }
}
