package org.complaintkit.store.jdbc;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The failover test's way to the embedded PostgreSQL binaries (initdb, pg_ctl, postgres): the directory of the
 * executable of the shared embedded server that the store module's test support starts, so that the test needs
 * exactly what the other PostgreSQL tests need, and is skipped with the platform's reason where they are. Linux only
 * (it reads the executable's path from /proc).
 */
public final class FailoverBinaries {
    private FailoverBinaries() {
    }

    /**
     * Starts the shared embedded server if it does not run yet and returns the directory of its binaries.
     *
     * @return the bin directory holding initdb, pg_ctl and postgres
     */
    public static Path directory() {
        try (Connection connection = Databases.server().getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SELECT pg_backend_pid()")) {
            row.next();
            Path executable = Files.readSymbolicLink(Path.of("/proc", Integer.toString(row.getInt(1)), "exe"));
            return executable.getParent();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot ask the embedded server for its process", e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot find the embedded server's executable", e);
        }
    }
}
