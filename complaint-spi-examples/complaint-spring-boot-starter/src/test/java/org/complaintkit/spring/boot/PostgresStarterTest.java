package org.complaintkit.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import javax.sql.DataSource;
import org.complaintkit.api.command.CommandType;
import org.complaintkit.api.complaint.ComplaintId;
import org.complaintkit.core.engine.ComplaintEngine;
import org.complaintkit.spi.storage.ComplaintStore;
import org.complaintkit.store.jdbc.Dialect;
import org.complaintkit.store.jdbc.JdbcComplaintStore;
import org.complaintkit.testkit.Commands;
import org.complaintkit.testkit.Fixtures;
import org.complaintkit.testkit.PostgresPlatform;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.actuate.health.Status;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/**
 * The starter on a real PostgreSQL server, started from the embedded binaries as the JDBC store's own tests start
 * it, and reached through a HikariCP pool as an application would.
 */
class PostgresStarterTest {
    static EmbeddedPostgres server;
    static HikariDataSource pool;

    @BeforeAll
    static void start() throws IOException {
        // skipped with the reason where no binaries exist for this machine, failed where the build left them out
        PostgresPlatform.assumeBinaries();
        server = EmbeddedPostgres.builder().start();
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(server.getJdbcUrl("postgres", "postgres"));
        config.setUsername("postgres");
        config.setMaximumPoolSize(4);
        // keep statement parameters (complaint text) out of the driver's exception messages and so out of logs
        config.addDataSourceProperty("logServerErrorDetail", "false");
        pool = new HikariDataSource(config);
    }

    @AfterAll
    static void stop() throws IOException {
        if (pool != null) {
            pool.close();
        }
        if (server != null) {
            server.close();
        }
    }

    @Test
    void theDataSourceOfTheApplicationBecomesAMigratedPostgresStoreWithItsHealthAndMeters() {
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(ComplaintKitAutoConfiguration.class,
                        ComplaintKitMetricsAutoConfiguration.class, ComplaintKitHealthAutoConfiguration.class))
                .withPropertyValues("complaintkit.calendar.shipped=cn-mainland",
                        "complaintkit.sla.presets=cn.cbirc-2020-3,bank.procedures", "complaintkit.sweep.enabled=false")
                .withBean(DataSource.class, () -> pool)
                .withBean(MeterRegistry.class, SimpleMeterRegistry::new)
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    ComplaintStore store = context.getBean(ComplaintStore.class);
                    assertThat(store).isInstanceOf(JdbcComplaintStore.class);
                    assertThat(((JdbcComplaintStore) store).dialect()).isEqualTo(Dialect.POSTGRESQL);
                    ComplaintEngine engine = context.getBean(ComplaintEngine.class);
                    ComplaintId id = engine.execute(Fixtures.registration(engine.clock().instant())).complaintId();
                    engine.execute(Commands.of(CommandType.ACCEPT, id, Fixtures.HANDLER));
                    assertThat(engine.hostReads().find(id)).isPresent();
                    engine.tick();
                    assertThat(context.getBean("complaintStoreHealthIndicator", HealthIndicator.class).health()
                            .getStatus()).isEqualTo(Status.UP);
                    assertThat(context.getBean("complaintOutboxHealthIndicator", HealthIndicator.class).health()
                            .getStatus()).isEqualTo(Status.UP);
                    MeterRegistry registry = context.getBean(MeterRegistry.class);
                    assertThat(registry.get("complaintkit.commands").tags("type", "accept", "outcome", "accepted")
                            .timer().count()).isEqualTo(1);
                    assertThat(registry.get("complaintkit.sweeps").timer().count()).isEqualTo(1);
                });
    }
}
