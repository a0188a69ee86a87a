package org.complaintkit.store.jdbc;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.complaintkit.testkit.PostgresPlatform;

/**
 * The databases the tests run on: one real PostgreSQL server per test JVM, started from the binaries for this
 * machine that the build puts on the class path (PostgresPlatform), and H2 in memory. Each is reached through a HikariCP pool,
 * as an application would.
 */
final class Databases {
    private static final AtomicInteger H2_NAMES = new AtomicInteger();
    private static EmbeddedPostgres server;
    private static HikariDataSource postgresPool;

    private Databases() {
    }

    /**
     * The shared PostgreSQL server, started on first use and stopped when the JVM exits. On a machine without
     * embedded PostgreSQL binaries the calling test is skipped, saying why (PostgresPlatform).
     */
    static synchronized EmbeddedPostgres server() {
        if (server == null) {
            PostgresPlatform.assumeBinaries();
            try {
                server = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException("the embedded PostgreSQL server did not start", e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    server.close();
                } catch (IOException ignored) {
                    // the JVM is going anyway
                }
            }));
        }
        return server;
    }

    /** A pool on the shared PostgreSQL server's database, migrated. */
    static synchronized DataSource postgres() {
        if (postgresPool == null) {
            postgresPool = pool(server().getJdbcUrl("postgres", "postgres"), "postgres", 8);
            JdbcComplaintStore.migrate(postgresPool);
        }
        return postgresPool;
    }

    /** A new pool of a given size on the shared PostgreSQL database, as a second application node has. */
    static HikariDataSource postgresNode(String name, int size) {
        postgres();
        return pool(server().getJdbcUrl("postgres", "postgres"), "postgres", size, name);
    }

    /** A new, migrated H2 database in memory. */
    static DataSource h2() {
        HikariDataSource pool = pool("jdbc:h2:mem:ck-" + H2_NAMES.incrementAndGet() + ";DB_CLOSE_DELAY=-1", "sa", 8);
        JdbcComplaintStore.migrate(pool);
        return pool;
    }

    static HikariDataSource pool(String url, String user, int size) {
        return pool(url, user, size, null);
    }

    static HikariDataSource pool(String url, String user, int size, String name) {
        HikariConfig config = new HikariConfig();
        if (name != null) {
            config.setPoolName(name);
        }
        config.setJdbcUrl(url);
        config.setUsername(user);
        config.setMaximumPoolSize(size);
        config.setConnectionTimeout(1_000);
        if (url.startsWith("jdbc:postgresql:")) {
            // keep statement parameters (complaint text) out of the driver's exception messages and so out of logs
            config.addDataSourceProperty("logServerErrorDetail", "false");
        }
        config.setValidationTimeout(1_000);
        return new HikariDataSource(config);
    }

    /** Empties every table of the store's schema. */
    static void wipe(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.executeUpdate("DELETE FROM ck_cohort_order");
            statement.executeUpdate("DELETE FROM ck_complaint_tag");
            statement.executeUpdate("DELETE FROM ck_complaint_clock");
            statement.executeUpdate("DELETE FROM ck_outbox");
            statement.executeUpdate("DELETE FROM ck_command");
            statement.executeUpdate("DELETE FROM ck_event");
            statement.executeUpdate("DELETE FROM ck_complaint");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot empty the store's tables", e);
        }
    }
}
