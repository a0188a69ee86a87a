package org.complaintkit.spring.boot;

import org.complaintkit.api.error.ComplaintKitException;
import org.complaintkit.spi.storage.ComplaintStore;
import org.complaintkit.spi.storage.OutboxStatus;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;

/**
 * DOWN when more notices are dead-lettered than the threshold ({@code complaintkit.health.dead-letter-threshold}):
 * customers or staff were not told something the record says they must be, until a person puts the notices back.
 * Details: the dead letters, the pending notices and the threshold. Thread-safe.
 */
public final class OutboxHealthIndicator implements HealthIndicator {
    private final ComplaintStore store;
    private final long threshold;

    /**
     * Creates the indicator.
     *
     * @param store the store
     * @param threshold the most dead letters that still count as UP
     */
    public OutboxHealthIndicator(ComplaintStore store, long threshold) {
        this.store = store;
        this.threshold = threshold;
    }

    @Override
    public Health health() {
        try {
            long dead = store.countOutbox(OutboxStatus.DEAD);
            long pending = store.countOutbox(OutboxStatus.PENDING);
            return (dead > threshold ? Health.down() : Health.up()).withDetail("deadLetters", dead)
                    .withDetail("pending", pending).withDetail("threshold", threshold).build();
        } catch (ComplaintKitException e) {
            return Health.down().withDetail("codes", e.violations().stream().map(v -> v.code().code()).distinct()
                    .toList()).build();
        }
    }
}
