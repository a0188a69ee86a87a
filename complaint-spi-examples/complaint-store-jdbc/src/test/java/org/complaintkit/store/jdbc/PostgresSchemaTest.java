package org.complaintkit.store.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.complaintkit.api.complaint.ComplaintId;
import org.complaintkit.api.error.ErrorCode;
import org.complaintkit.api.error.StoreException;
import org.complaintkit.spi.storage.AppendRequest;
import org.complaintkit.spi.storage.ComplaintQuery;
import org.complaintkit.testkit.StoreSamples;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/** What the PostgreSQL schema promises beyond the SPI contract: rollback at every step, and index scans. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class PostgresSchemaTest {

    private static void sql(DataSource dataSource, String... statements) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            for (String text : statements) {
                statement.execute(text);
            }
        }
    }

    private static long count(DataSource dataSource, String table) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT count(*) FROM " + table)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    @Test
    void a_failure_at_the_last_step_of_an_append_rolls_back_the_complaint_its_events_and_its_command() throws Exception {
        DataSource db = Databases.postgres();
        Databases.wipe(db);
        sql(db, "CREATE OR REPLACE FUNCTION ck_test_refuse() RETURNS trigger AS $$ BEGIN "
                        + "RAISE EXCEPTION 'refused by the test'; END $$ LANGUAGE plpgsql",
                "CREATE TRIGGER ck_test_refuse_outbox BEFORE INSERT ON ck_outbox FOR EACH ROW EXECUTE FUNCTION ck_test_refuse()");
        try {
            JdbcComplaintStore store = JdbcComplaintStore.of(db);
            ComplaintId id = ComplaintId.of("C-ATOMIC");
            AppendRequest plain = StoreSamples.newComplaint(id, "张小明 13812345678", "k-atomic");
            AppendRequest withNotice = new AppendRequest(id, 0, plain.events(), plain.index(), plain.command(),
                    List.of(StoreSamples.notice(id, 1, "S-2001", StoreSamples.T0)));
            StoreException e = assertThrows(StoreException.class, () -> store.append(withNotice));
            assertEquals(ErrorCode.STORE_FAILURE, e.code());
            assertFalse(e.getMessage().contains("张小明") || e.getMessage().contains("13812345678"), e.getMessage());
            for (String table : List.of("ck_complaint", "ck_event", "ck_command", "ck_outbox")) {
                assertEquals(0, count(db, table), table + " holds nothing of the failed append");
            }
            assertEquals(List.of(), store.load(id));
            assertTrue(store.findCommand(plain.command().key()).isEmpty());
        } finally {
            sql(db, "DROP TRIGGER ck_test_refuse_outbox ON ck_outbox", "DROP FUNCTION ck_test_refuse()");
        }
    }

    /** The plan PostgreSQL chooses for a statement, as text. */
    private static String plan(DataSource db, String query, Object... parameters) throws SQLException {
        try (Connection connection = db.getConnection();
             PreparedStatement explain = connection.prepareStatement("EXPLAIN " + query)) {
            for (int i = 0; i < parameters.length; i++) {
                explain.setObject(i + 1, parameters[i]);
            }
            List<String> lines = new ArrayList<>();
            try (ResultSet rows = explain.executeQuery()) {
                while (rows.next()) {
                    lines.add(rows.getString(1));
                }
            }
            return String.join("\n", lines);
        }
    }

    @Test
    void the_sweep_and_the_repeat_and_group_queries_are_index_scans_over_many_complaints() throws Exception {
        DataSource db = Databases.postgres();
        Databases.wipe(db);
        // 50,000 complaints straight into the table, 2 % with a clock due, 300 customers, 500 fingerprints
        sql(db, "INSERT INTO ck_complaint (complaint_id, version, status, receiving_unit, handling_unit, customer_ref, "
                + "received_at, last_changed_at, next_due_at, fingerprint) SELECT 'C-' || lpad(n::text, 8, '0'), 1, "
                + "'INVESTIGATING', 'U-' || (n % 40), NULL, 'CIF-' || (n % 300), n * 60000000000, n * 60000000000, "
                + "CASE WHEN n % 50 = 0 THEN n * 60000000000 ELSE NULL END, 'fp|' || (n % 500) "
                + "FROM generate_series(1, 50000) AS n", "ANALYZE ck_complaint");
        long now = 25_000L * 60_000_000_000L;
        String sweep = plan(db, "SELECT complaint_id, next_due_at FROM ck_complaint WHERE next_due_at <= ? "
                + "AND (sweep_leased_until IS NULL OR sweep_leased_until <= ?) ORDER BY next_due_at, complaint_id "
                + "LIMIT 200 FOR UPDATE SKIP LOCKED", now, now);
        assertTrue(sweep.contains("Index Scan using ck_complaint_due"), sweep);
        String repeat = plan(db, "SELECT complaint_id FROM ck_complaint WHERE status IN ('REGISTERED', 'INVESTIGATING') "
                + "AND customer_ref = ? AND received_at >= ? AND received_at < ? ORDER BY complaint_id LIMIT 1001",
                "CIF-7", now - 30L * 24 * 3600 * 1_000_000_000L, now);
        assertTrue(repeat.contains("ck_complaint_customer"), repeat);
        String group = plan(db, "SELECT complaint_id FROM ck_complaint WHERE fingerprint = ? AND received_at >= ? "
                + "AND received_at < ? ORDER BY complaint_id LIMIT 1001", "fp|7", now - 24L * 3600 * 1_000_000_000L, now);
        assertTrue(group.contains("ck_complaint_fingerprint"), group);
        assertFalse((sweep + repeat + group).contains("Seq Scan"), "no full table scan");

        // and the store's own queries answer from those rows
        JdbcComplaintStore store = JdbcComplaintStore.of(db);
        Instant at = Instant.ofEpochSecond(0, now);
        assertEquals(200, store.leaseDue(at, at.plusSeconds(60), 200).size());
        assertEquals(List.of(), store.query(ComplaintQuery.all(10).withFingerprint("fp|7")
                .withReceivedBetween(at.minusSeconds(3600), at)).ids(), "fp|7 arrives every 500 minutes");
        Databases.wipe(db);
    }
}
