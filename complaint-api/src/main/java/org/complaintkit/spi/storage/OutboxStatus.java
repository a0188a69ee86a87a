package org.complaintkit.spi.storage;

/** Where a notice in the outbox stands. */
public enum OutboxStatus {
    /** Waiting for its next delivery attempt. */
    PENDING,
    /** Delivered; the complaint's history holds the proof. */
    DELIVERED,
    /** Failed as often as the retry policy allows; visible, and can be retried by hand. */
    DEAD
}
