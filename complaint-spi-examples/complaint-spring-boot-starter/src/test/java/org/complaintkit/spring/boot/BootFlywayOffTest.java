package org.complaintkit.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.complaintkit.core.engine.ComplaintEngine;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.flyway.FlywayAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.support.SpringFactoriesLoader;

@ExtendWith(OutputCaptureExtension.class)
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
    void whatTheApplicationSetsWinsAndATurnedOffStarterStillKeepsBootsFlywayOff() {
        StandardEnvironment asked = environment(Map.of("spring.flyway.enabled", "true", "complaintkit.enabled",
                "false"));
        postProcessor.postProcessEnvironment(asked, new SpringApplication());
        assertThat(asked.getProperty("spring.flyway.enabled")).isEqualTo("true");
        StandardEnvironment off = environment(Map.of("complaintkit.enabled", "false"));
        postProcessor.postProcessEnvironment(off, new SpringApplication());
        assertThat(off.getProperty("spring.flyway.enabled")).isEqualTo("false");
    }

    @Test
    void anApplicationWithADataSourceAndTheStarterTurnedOffStartsWithoutBootsFlyway(CapturedOutput output) {
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(WithDataSource.class)
                .web(WebApplicationType.NONE).run("--complaintkit.enabled=false")) {
            assertThat(context.getEnvironment().getProperty("spring.flyway.enabled")).isEqualTo("false");
            assertThat(context.getBeansOfType(Flyway.class)).isEmpty();
            assertThat(context.getBeansOfType(ComplaintEngine.class)).isEmpty();
        }
        assertThat(output.getAll()).contains("spring.flyway.enabled=false",
                "together with a Flyway version Spring Boot can drive");
    }

    @Configuration(proxyBeanMethods = false)
    @ImportAutoConfiguration({FlywayAutoConfiguration.class, ComplaintKitAutoConfiguration.class})
    static class WithDataSource {
        @Bean
        DataSource dataSource() {
            JdbcDataSource dataSource = new JdbcDataSource();
            dataSource.setURL("jdbc:h2:mem:boot-flyway-off;DB_CLOSE_DELAY=-1");
            return dataSource;
        }
    }

    @Test
    void springBootRunsThePostProcessor() {
        assertThat(SpringFactoriesLoader.loadFactoryNames(EnvironmentPostProcessor.class,
                getClass().getClassLoader())).contains(BootFlywayOff.class.getName());
    }
}
