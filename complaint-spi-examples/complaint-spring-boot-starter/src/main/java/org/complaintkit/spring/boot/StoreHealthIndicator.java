package org.complaintkit.spring.boot;

import org.complaintkit.api.error.ComplaintKitException;
import org.complaintkit.spi.storage.ComplaintQuery;
import org.complaintkit.spi.storage.ComplaintStore;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;

/**
 * UP when the store answers a query for one complaint; DOWN with the error's codes when it does not. Thread-safe.
 */
public final class StoreHealthIndicator implements HealthIndicator {
    private final ComplaintStore store;

    /**
     * Creates the indicator.
     *
     * @param store the store
     */
    public StoreHealthIndicator(ComplaintStore store) {
        this.store = store;
    }

    @Override
    public Health health() {
        try {
            store.query(ComplaintQuery.all(1));
            return Health.up().withDetail("store", store.getClass().getSimpleName()).build();
        } catch (ComplaintKitException e) {
            return Health.down().withDetail("store", store.getClass().getSimpleName())
                    .withDetail("codes", e.violations().stream().map(v -> v.code().code()).distinct().toList())
                    .build();
        }
    }
}
