package org.complaintkit.store.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import javax.sql.DataSource;
import org.complaintkit.api.complaint.ComplaintId;
import org.complaintkit.api.error.ErrorCode;
import org.complaintkit.api.error.StoreException;
import org.complaintkit.spi.storage.ComplaintQuery;
import org.complaintkit.spi.storage.OutboxStatus;

/**
 * The store's side of the retention purge: whole complaints deleted under a row lock at their version, settled
 * outbox entries and command records deleted oldest first in batches bounded by {@code LIMIT}, each batch its own
 * transaction. The same SQL runs on H2 and PostgreSQL.
 */
final class Purging {
    /** The tables that hold a complaint's rows, children first; {@code ck_complaint} itself goes last. */
    private static final List<String> CHILDREN = List.of("ck_complaint_tag", "ck_complaint_clock", "ck_outbox",
            "ck_command", "ck_event");

    private Purging() {
    }

    static boolean deleteComplaint(DataSource dataSource, ComplaintId id, long expectedVersion) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                // Lock the complaint's row at the version read: an append waits, then finds the row gone.
                try (PreparedStatement lock = connection.prepareStatement(
                        "UPDATE ck_complaint SET version = version WHERE complaint_id = ? AND version = ?")) {
                    lock.setString(1, id.value());
                    lock.setLong(2, expectedVersion);
                    if (lock.executeUpdate() != 1) {
                        connection.rollback();
                        if (exists(connection, id)) {
                            throw StoreException.of(ErrorCode.PURGE_CONFLICT, "complaintId", "complaint " + id
                                    + " is not at version " + expectedVersion + "; nothing was deleted");
                        }
                        return false;
                    }
                }
                for (String table : CHILDREN) {
                    try (PreparedStatement delete = connection.prepareStatement(
                            "DELETE FROM " + table + " WHERE complaint_id = ?")) {
                        delete.setString(1, id.value());
                        delete.executeUpdate();
                    }
                }
                try (PreparedStatement delete = connection.prepareStatement(
                        "DELETE FROM ck_complaint WHERE complaint_id = ?")) {
                    delete.setString(1, id.value());
                    delete.executeUpdate();
                }
                connection.commit();
                return true;
            } catch (SQLException | RuntimeException e) {
                rollback(connection);
                throw e;
            }
        } catch (SQLException e) {
            throw JdbcComplaintStore.failure("deleteComplaint", e);
        }
    }

    private static boolean exists(Connection connection, ComplaintId id) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT 1 FROM ck_complaint WHERE complaint_id = ?")) {
            select.setString(1, id.value());
            try (ResultSet rows = select.executeQuery()) {
                return rows.next();
            }
        }
    }

    static int purgeOutbox(DataSource dataSource, OutboxStatus status, Instant createdBy, int limit) {
        checkSettled(status);
        checkLimit(limit);
        return deleteBatch(dataSource, "purgeOutbox", "DELETE FROM ck_outbox WHERE dedupe_key IN (SELECT dedupe_key "
                + "FROM ck_outbox WHERE status = ? AND created_at <= ? ORDER BY created_at, dedupe_key LIMIT ?)",
                status.name(), Nanos.of(createdBy), limit);
    }

    static int purgeCommands(DataSource dataSource, Instant appliedBy, int limit) {
        checkLimit(limit);
        return deleteBatch(dataSource, "purgeCommands", "DELETE FROM ck_command WHERE idempotency_key IN (SELECT "
                + "idempotency_key FROM ck_command WHERE applied_at <= ? ORDER BY applied_at, idempotency_key LIMIT ?)",
                null, Nanos.of(appliedBy), limit);
    }

    static long countOutbox(DataSource dataSource, OutboxStatus status, Instant createdBy) {
        checkSettled(status);
        return count(dataSource, "countOutbox", "SELECT COUNT(*) FROM ck_outbox WHERE status = ? AND created_at <= ?",
                status.name(), Nanos.of(createdBy));
    }

    static long countCommands(DataSource dataSource, Instant appliedBy) {
        return count(dataSource, "countCommands", "SELECT COUNT(*) FROM ck_command WHERE applied_at <= ?", null,
                Nanos.of(appliedBy));
    }

    private static int deleteBatch(DataSource dataSource, String operation, String sql, String status, long by,
                                   int limit) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement delete = connection.prepareStatement(sql)) {
            connection.setAutoCommit(true);
            int i = 1;
            if (status != null) {
                delete.setString(i++, status);
            }
            delete.setLong(i++, by);
            delete.setInt(i, limit);
            return delete.executeUpdate();
        } catch (SQLException e) {
            throw JdbcComplaintStore.failure(operation, e);
        }
    }

    private static long count(DataSource dataSource, String operation, String sql, String status, long by) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(sql)) {
            int i = 1;
            if (status != null) {
                select.setString(i++, status);
            }
            select.setLong(i, by);
            try (ResultSet rows = select.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        } catch (SQLException e) {
            throw JdbcComplaintStore.failure(operation, e);
        }
    }

    private static void checkSettled(OutboxStatus status) {
        if (status == OutboxStatus.PENDING) {
            throw new IllegalArgumentException("pending notices are never purged");
        }
    }

    private static void checkLimit(int limit) {
        if (limit < 1 || limit > ComplaintQuery.MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 1 and " + ComplaintQuery.MAX_LIMIT);
        }
    }

    private static void rollback(Connection connection) {
        try {
            connection.rollback();
        } catch (SQLException ignored) {
            // the connection is broken; the database rolls back what it did not commit
        }
    }
}
