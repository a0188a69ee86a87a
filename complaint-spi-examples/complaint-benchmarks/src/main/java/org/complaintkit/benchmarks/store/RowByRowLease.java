package org.complaintkit.benchmarks.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.complaintkit.api.complaint.ComplaintId;

/**
 * The sweep lease as the JDBC store ran it on PostgreSQL before the set-based statement, kept here to be measured
 * beside it in one run: in one transaction, a select chooses and locks the due rows no lease holds
 * ({@code FOR UPDATE SKIP LOCKED}), then one guarded update a row sets its lease; 101 statements for 100 rows.
 */
final class RowByRowLease {
    private static final String CHOOSE = "SELECT complaint_id FROM ck_complaint WHERE next_due_at <= ? "
            + "AND (sweep_leased_until IS NULL OR sweep_leased_until <= ?) ORDER BY next_due_at, complaint_id "
            + "LIMIT ? FOR UPDATE SKIP LOCKED";
    private static final String TAKE = "UPDATE ck_complaint SET sweep_leased_until = ? WHERE complaint_id = ? "
            + "AND next_due_at <= ? AND (sweep_leased_until IS NULL OR sweep_leased_until <= ?)";

    private final DataSource dataSource;

    RowByRowLease(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    private static long nanos(Instant instant) {
        return instant.getEpochSecond() * 1_000_000_000L + instant.getNano();
    }

    /** Leases up to {@code limit} due complaints until {@code until}, earliest due first. */
    List<ComplaintId> leaseDue(Instant now, Instant until, int limit) {
        long at = nanos(now);
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                List<String> chosen = new ArrayList<>();
                try (PreparedStatement select = connection.prepareStatement(CHOOSE)) {
                    select.setLong(1, at);
                    select.setLong(2, at);
                    select.setInt(3, limit);
                    try (ResultSet rows = select.executeQuery()) {
                        while (rows.next()) {
                            chosen.add(rows.getString(1));
                        }
                    }
                }
                List<ComplaintId> leased = new ArrayList<>();
                try (PreparedStatement update = connection.prepareStatement(TAKE)) {
                    for (String id : chosen) {
                        update.setLong(1, nanos(until));
                        update.setString(2, id);
                        update.setLong(3, at);
                        update.setLong(4, at);
                        if (update.executeUpdate() == 1) {
                            leased.add(ComplaintId.of(id));
                        }
                    }
                }
                connection.commit();
                return leased;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("the row-by-row lease failed", e);
        }
    }
}
