package org.complaintkit.spring.boot;

import org.complaintkit.core.engine.ComplaintEngine;
import org.complaintkit.spi.storage.ComplaintStore;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * Actuator health indicators for the engine: {@code complaintStore}, {@code complaintOutbox} and
 * {@code complaintCalendars}. A bean of the same name replaces each.
 */
@AutoConfiguration(after = ComplaintKitAutoConfiguration.class)
@ConditionalOnClass(HealthIndicator.class)
@ConditionalOnBean({ComplaintEngine.class, ComplaintStore.class})
public class ComplaintKitHealthAutoConfiguration {

    /** Creates the configuration; Spring calls it. */
    public ComplaintKitHealthAutoConfiguration() {
    }

    /**
     * Whether the store answers.
     *
     * @param store the store
     * @return the indicator {@code complaintStore}
     */
    @Bean
    @ConditionalOnMissingBean(name = "complaintStoreHealthIndicator")
    public HealthIndicator complaintStoreHealthIndicator(ComplaintStore store) {
        return new StoreHealthIndicator(store);
    }

    /**
     * Whether the dead letters are within the threshold.
     *
     * @param store the store
     * @param properties the properties, for {@code complaintkit.health.dead-letter-threshold}
     * @return the indicator {@code complaintOutbox}
     */
    @Bean
    @ConditionalOnMissingBean(name = "complaintOutboxHealthIndicator")
    public HealthIndicator complaintOutboxHealthIndicator(ComplaintStore store, ComplaintKitProperties properties) {
        return new OutboxHealthIndicator(store, properties.getHealth().getDeadLetterThreshold());
    }

    /**
     * Whether any calendar's official data runs out within the warning window.
     *
     * @param engine the engine
     * @return the indicator {@code complaintCalendars}
     */
    @Bean
    @ConditionalOnMissingBean(name = "complaintCalendarsHealthIndicator")
    public HealthIndicator complaintCalendarsHealthIndicator(ComplaintEngine engine) {
        return new CalendarHealthIndicator(engine);
    }
}
