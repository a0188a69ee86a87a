package org.complaintkit.spring.boot;

import java.util.Map;
import org.apache.commons.logging.Log;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.config.ConfigDataEnvironmentPostProcessor;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Turns Spring Boot's own Flyway auto-configuration off ({@code spring.flyway.enabled=false}) in an application with
 * the starter, unless the application sets {@code spring.flyway.enabled} itself: Boot 3.5's
 * {@code FlywayAutoConfiguration} calls a method Flyway 13 (the JDBC store's) no longer has and would stop start-up
 * with {@code NoSuchMethodError}, and the starter migrates its own schema. The default is the last property source,
 * so any setting of the application wins. It is set with {@code complaintkit.enabled=false} too: the library's Flyway
 * is on the class path all the same, and Boot's Flyway would stop start-up the same way.
 */
public class BootFlywayOff implements EnvironmentPostProcessor, Ordered {
    /** The name of the property source that holds the default. */
    public static final String SOURCE = "complaintkit-boot-flyway-off";
    private final Log log;

    /**
     * Creates the post-processor; Spring Boot calls it.
     *
     * @param logs where Boot's deferred logs come from
     */
    public BootFlywayOff(DeferredLogFactory logs) {
        this.log = logs.getLog(BootFlywayOff.class);
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (environment.containsProperty("spring.flyway.enabled")) {
            return;
        }
        environment.getPropertySources().addLast(new MapPropertySource(SOURCE, Map.of("spring.flyway.enabled",
                "false")));
        log.info("spring.flyway.enabled=false: the ComplaintKit starter migrates its own schema, and Spring Boot's "
                + "Flyway auto-configuration cannot drive the Flyway the library is built with (13); to turn it on, "
                + "set spring.flyway.enabled=true together with a Flyway version Spring Boot can drive (flyway.version, "
                + "such as the one Boot manages)");
    }

    /**
     * Runs after the application's configuration files are loaded, so that what they set is seen.
     *
     * @return the order
     */
    @Override
    public int getOrder() {
        return ConfigDataEnvironmentPostProcessor.ORDER + 1;
    }
}
