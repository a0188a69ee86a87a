package org.complaintkit.api.event;

import java.time.Instant;
import java.util.Objects;
import org.complaintkit.spi.notification.Recipient;

/**
 * An attempt to deliver a notice failed. The notice stays in the outbox and is tried again at
 * {@link #retryAt()}; after the last attempt the retry policy allows, it is dead-lettered (retryAt is
 * null) and waits, visible, for someone to retry it.
 *
 * <p>Immutable and thread-safe.
 *
 * @param header the complaint, sequence number, time and actor (the dispatcher)
 * @param dedupeKey the notice's dedupe key
 * @param noticeType the kind of notice
 * @param recipient who it was for
 * @param channel the channel that was tried, or {@code none} if no sender serves the recipient
 * @param attempt which attempt this was, from 1
 * @param reason why it failed, without personal data
 * @param retryAt when it will be tried again; null if it is dead-lettered
 */
public record NoticeFailed(EventHeader header, String dedupeKey, String noticeType, Recipient recipient,
                           String channel, int attempt, String reason, Instant retryAt) implements ComplaintEvent {

    /**
     * Checks the components.
     *
     * @param header the complaint, sequence number, time and actor
     * @param dedupeKey the notice's dedupe key
     * @param noticeType the kind of notice
     * @param recipient who it was for
     * @param channel the channel that was tried
     * @param attempt which attempt this was, from 1
     * @param reason why it failed
     * @param retryAt when it will be tried again; null if dead-lettered
     */
    public NoticeFailed {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(dedupeKey, "dedupeKey");
        Objects.requireNonNull(noticeType, "noticeType");
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(reason, "reason");
        if (attempt < 1) {
            throw new IllegalArgumentException("attempts count from 1");
        }
    }

    /**
     * Tells whether the notice was dead-lettered by this failure.
     *
     * @return true if no further attempt is scheduled
     */
    public boolean deadLettered() {
        return retryAt == null;
    }
}
