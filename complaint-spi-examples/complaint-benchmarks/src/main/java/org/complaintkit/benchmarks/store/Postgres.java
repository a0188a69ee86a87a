package org.complaintkit.benchmarks.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.complaintkit.store.jdbc.JdbcComplaintStore;

/** An embedded PostgreSQL server with a migrated ComplaintKit schema and a connection pool, for one trial. */
public final class Postgres implements AutoCloseable {
    private final EmbeddedPostgres server;
    private final HikariDataSource pool;

    /**
     * Starts a server and migrates its schema.
     *
     * @param poolSize the connection pool's size
     */
    public Postgres(int poolSize) {
        try {
            server = EmbeddedPostgres.builder().start();
        } catch (IOException e) {
            throw new UncheckedIOException("the embedded PostgreSQL server did not start", e);
        }
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(server.getJdbcUrl("postgres", "postgres"));
        config.setUsername("postgres");
        config.setMaximumPoolSize(poolSize);
        config.addDataSourceProperty("logServerErrorDetail", "false");
        pool = new HikariDataSource(config);
        JdbcComplaintStore.migrate(pool);
    }

    /**
     * Returns the pool.
     *
     * @return the pool
     */
    public HikariDataSource pool() {
        return pool;
    }

    /**
     * Creates another database on the same server, with its own pool: for a store that must not share the
     * complaints' database, such as the personal-data keys. The caller closes the pool.
     *
     * @param name the database's name
     * @param poolSize the pool's size
     * @return the pool
     */
    public HikariDataSource newDatabase(String name, int poolSize) {
        execute("CREATE DATABASE " + name);
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(server.getJdbcUrl("postgres", name));
        config.setUsername("postgres");
        config.setMaximumPoolSize(poolSize);
        config.addDataSourceProperty("logServerErrorDetail", "false");
        return new HikariDataSource(config);
    }

    /**
     * Runs one statement.
     *
     * @param sql the statement
     */
    public void execute(String sql) {
        try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        pool.close();
        try {
            server.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
