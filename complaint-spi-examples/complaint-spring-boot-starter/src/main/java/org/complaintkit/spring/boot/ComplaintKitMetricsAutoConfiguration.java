package org.complaintkit.spring.boot;

import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;

/**
 * Binds the engine's observer reports to Micrometer when the application has a {@link MeterRegistry} (Actuator's
 * auto-configuration or its own).
 */
@AutoConfiguration(afterName = {
        "org.springframework.boot.actuate.autoconfigure.metrics.MetricsAutoConfiguration",
        "org.springframework.boot.actuate.autoconfigure.metrics.CompositeMeterRegistryAutoConfiguration",
        "org.springframework.boot.actuate.autoconfigure.metrics.export.simple.SimpleMetricsExportAutoConfiguration"})
@ConditionalOnClass(MeterRegistry.class)
@ConditionalOnBean(MeterRegistry.class)
@ConditionalOnProperty(prefix = "complaintkit", name = "enabled", havingValue = "true", matchIfMissing = true)
public class ComplaintKitMetricsAutoConfiguration {

    /** Creates the configuration; Spring calls it. */
    public ComplaintKitMetricsAutoConfiguration() {
    }

    /**
     * The binding of the engine's reports to meters.
     *
     * @param registry the application's registry
     * @return the observer the engine is built with
     */
    @Bean
    @ConditionalOnMissingBean
    public MicrometerEngineObserver complaintKitMicrometerObserver(MeterRegistry registry) {
        return new MicrometerEngineObserver(registry);
    }
}
