package org.complaintkit.store.jdbc;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;

/**
 * The crash test's way into the store module's PostgreSQL test support ({@link Databases} and the testkit's PostgresPlatform):
 * one embedded server per test JVM, skipped with the platform's reason where no binaries exist, and a fresh,
 * migrated database on it for each run, which child JVMs reach by its JDBC URL.
 */
public final class CrashTestDatabases {
    private CrashTestDatabases() {
    }

    /**
     * Creates an empty database on the shared embedded server and migrates it.
     *
     * @param name the database's name, lower-case letters, digits and underscores
     * @return its JDBC URL (user postgres, no password)
     */
    public static String fresh(String name) {
        if (!name.matches("[a-z][a-z0-9_]*")) {
            throw new IllegalArgumentException("a database name is lower-case letters, digits and underscores");
        }
        try (Connection connection = Databases.server().getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            statement.executeUpdate("DROP DATABASE IF EXISTS " + name);
            statement.executeUpdate("CREATE DATABASE " + name.toLowerCase(Locale.ROOT));
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create the crash test's database", e);
        }
        String url = Databases.server().getJdbcUrl("postgres", name);
        try (HikariDataSource pool = pool(url, 2)) {
            JdbcComplaintStore.migrate(pool);
        }
        return url;
    }

    /**
     * A pool on a database, configured as the store's tests configure theirs.
     *
     * @param url the JDBC URL
     * @param size the pool's size
     * @return the pool; the caller closes it
     */
    public static HikariDataSource pool(String url, int size) {
        return Databases.pool(url, "postgres", size);
    }
}
