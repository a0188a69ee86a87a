package org.complaintkit.spi.storage;

import java.time.Instant;
import java.util.Objects;
import org.complaintkit.api.complaint.ComplaintId;
import org.complaintkit.spi.notification.Notification;

/**
 * One notice waiting in, or done with, the outbox: the rendered notification for one recipient, the
 * event that caused it, and where its delivery stands. The engine writes new entries in the same
 * atomic append as the events that cause them, and each delivery outcome in the same append as the
 * event that records it, so the outbox and the complaint's history always agree.
 *
 * <p>Immutable and thread-safe. The notification's text may hold personal data, so {@link #toString()}
 * shows none.
 *
 * @param dedupeKey the entry's key, the notification's dedupe key
 * @param complaintId the complaint
 * @param sourceSequence the sequence number of the event that caused the notice
 * @param notification the notice, with exactly one recipient
 * @param status where it stands
 * @param attempts delivery attempts so far
 * @param createdAt when the notice was derived
 * @param nextAttemptAt when the next attempt is due; null unless pending
 * @param leasedUntil a dispatcher holds the entry until then; null if no one does
 * @param lastFailure the reason of the last failed attempt, or null
 */
public record OutboxEntry(String dedupeKey, ComplaintId complaintId, long sourceSequence, Notification notification,
                          OutboxStatus status, int attempts, Instant createdAt, Instant nextAttemptAt,
                          Instant leasedUntil, String lastFailure) {

    /**
     * Checks the components.
     *
     * @param dedupeKey the entry's key, the notification's dedupe key
     * @param complaintId the complaint
     * @param sourceSequence the sequence number of the event that caused the notice
     * @param notification the notice, with exactly one recipient
     * @param status where it stands
     * @param attempts delivery attempts so far
     * @param createdAt when the notice was derived
     * @param nextAttemptAt when the next attempt is due; required if and only if pending
     * @param leasedUntil a dispatcher holds the entry until then; null if no one does
     * @param lastFailure the reason of the last failed attempt, or null
     */
    public OutboxEntry {
        Objects.requireNonNull(dedupeKey, "dedupeKey");
        Objects.requireNonNull(complaintId, "complaintId");
        Objects.requireNonNull(notification, "notification");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(createdAt, "createdAt");
        if (!dedupeKey.equals(notification.dedupeKey()) || !complaintId.equals(notification.complaintId())) {
            throw new IllegalArgumentException("the entry's key and complaint must be the notification's");
        }
        if (notification.recipients().size() != 1) {
            throw new IllegalArgumentException("an outbox entry is for exactly one recipient");
        }
        if (sourceSequence < 1 || attempts < 0) {
            throw new IllegalArgumentException("the source sequence must be positive and attempts not negative");
        }
        if ((status == OutboxStatus.PENDING) != (nextAttemptAt != null)) {
            throw new IllegalArgumentException("a pending entry, and only a pending entry, has a next attempt time");
        }
    }

    /**
     * A new pending entry, due at once.
     *
     * @param sourceSequence the sequence number of the event that caused the notice
     * @param notification the notice, with exactly one recipient
     * @param now when it was derived
     * @return the entry
     */
    public static OutboxEntry pending(long sourceSequence, Notification notification, Instant now) {
        return new OutboxEntry(notification.dedupeKey(), notification.complaintId(), sourceSequence, notification,
                OutboxStatus.PENDING, 0, now, now, null, null);
    }

    /**
     * This entry held by a dispatcher until an instant.
     *
     * @param until the end of the lease
     * @return the leased entry
     */
    public OutboxEntry withLease(Instant until) {
        return new OutboxEntry(dedupeKey, complaintId, sourceSequence, notification, status, attempts, createdAt,
                nextAttemptAt, until, lastFailure);
    }

    /**
     * This entry after a successful attempt.
     *
     * @return the delivered entry
     */
    public OutboxEntry delivered() {
        return new OutboxEntry(dedupeKey, complaintId, sourceSequence, notification, OutboxStatus.DELIVERED,
                attempts + 1, createdAt, null, null, lastFailure);
    }

    /**
     * This entry after a failed attempt: pending again at {@code retryAt}, or dead if that is null.
     *
     * @param reason why the attempt failed
     * @param retryAt when to try again, or null to give up
     * @return the updated entry
     */
    public OutboxEntry failed(String reason, Instant retryAt) {
        return new OutboxEntry(dedupeKey, complaintId, sourceSequence, notification,
                retryAt == null ? OutboxStatus.DEAD : OutboxStatus.PENDING, attempts + 1, createdAt, retryAt, null,
                Objects.requireNonNull(reason, "reason"));
    }

    /**
     * This dead entry put back for delivery: pending at once, with its attempts counted afresh.
     *
     * @param now when it was put back
     * @return the pending entry
     */
    public OutboxEntry requeued(Instant now) {
        return new OutboxEntry(dedupeKey, complaintId, sourceSequence, notification, OutboxStatus.PENDING, 0, createdAt,
                now, null, lastFailure);
    }

    /**
     * Tells whether a dispatcher may take this entry now: pending, due, and not leased by another.
     *
     * @param now the instant
     * @return true if due and free
     */
    public boolean dueAt(Instant now) {
        return status == OutboxStatus.PENDING && !nextAttemptAt.isAfter(now)
                && (leasedUntil == null || !leasedUntil.isAfter(now));
    }

    @Override
    public String toString() {
        return "OutboxEntry[" + dedupeKey + ", " + status + ", attempts=" + attempts + ", next=" + nextAttemptAt + "]";
    }
}
