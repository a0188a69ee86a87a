package org.complaintkit.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.support.SpringFactoriesLoader;

class BootFlywayOffTest {
    final BootFlywayOff postProcessor = new BootFlywayOff(Supplier::get);

    static StandardEnvironment environment(Map<String, Object> properties) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("application", properties));
        return environment;
    }

    @Test
    void springBootsOwnFlywayIsOffInAnApplicationWithTheStarter() {
        StandardEnvironment environment = environment(Map.of("complaintkit.calendar.shipped", "cn-mainland"));
        postProcessor.postProcessEnvironment(environment, new SpringApplication());
        assertThat(environment.getProperty("spring.flyway.enabled")).isEqualTo("false");
        assertThat(environment.getPropertySources().get(BootFlywayOff.SOURCE)).isNotNull();
    }

    @Test
    void whatTheApplicationSetsWinsAndATurnedOffStarterLeavesFlywayAlone() {
        StandardEnvironment asked = environment(Map.of("spring.flyway.enabled", "true"));
        postProcessor.postProcessEnvironment(asked, new SpringApplication());
        assertThat(asked.getProperty("spring.flyway.enabled")).isEqualTo("true");
        StandardEnvironment off = environment(Map.of("complaintkit.enabled", "false"));
        postProcessor.postProcessEnvironment(off, new SpringApplication());
        assertThat(off.getProperty("spring.flyway.enabled")).isNull();
    }

    @Test
    void springBootRunsThePostProcessor() {
        assertThat(SpringFactoriesLoader.loadFactoryNames(EnvironmentPostProcessor.class,
                getClass().getClassLoader())).contains(BootFlywayOff.class.getName());
    }
}
