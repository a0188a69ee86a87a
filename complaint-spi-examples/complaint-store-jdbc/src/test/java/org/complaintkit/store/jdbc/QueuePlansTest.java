package org.complaintkit.store.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import org.complaintkit.api.classification.Priority;
import org.complaintkit.api.complaint.ComplaintId;
import org.complaintkit.api.complaint.ComplaintStatus;
import org.complaintkit.api.organisation.StaffId;
import org.complaintkit.api.organisation.UnitId;
import org.complaintkit.spi.storage.AppendRequest;
import org.complaintkit.spi.storage.ComplaintIndex;
import org.complaintkit.spi.storage.ComplaintQuery;
import org.complaintkit.spi.storage.IndexRow;
import org.complaintkit.spi.storage.QueueFacts;
import org.complaintkit.spi.storage.QueueFlag;
import org.complaintkit.spi.storage.codec.EventCodec;
import org.complaintkit.api.event.ComplaintEvent;
import org.complaintkit.testkit.StoreSamples;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/**
 * The work queues on PostgreSQL: every queue query the store runs is answered from indexes at 50,000 complaints
 * (the plans are written to {@code target/queue-plans.txt} for the release note), and a database at schema
 * version 3 migrates to the queue schema with its complaints intact.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class QueuePlansTest {
    private static final long MINUTE = 60_000_000_000L;

    private static void sql(DataSource dataSource, String... statements) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            for (String text : statements) {
                statement.execute(text);
            }
        }
    }

    /** The plan PostgreSQL chooses for the statement the store runs for a query. */
    private static String plan(DataSource db, ComplaintQuery query) throws SQLException {
        Map.Entry<String, List<Object>> statement = JdbcComplaintStore.queryStatement(query);
        try (Connection connection = db.getConnection();
             PreparedStatement explain = connection.prepareStatement("EXPLAIN " + statement.getKey())) {
            for (int i = 0; i < statement.getValue().size(); i++) {
                explain.setObject(i + 1, statement.getValue().get(i));
            }
            List<String> lines = new ArrayList<>();
            lines.add(statement.getKey());
            try (ResultSet rows = explain.executeQuery()) {
                while (rows.next()) {
                    lines.add("  " + rows.getString(1));
                }
            }
            return String.join("\n", lines);
        }
    }

    @Test
    void every_queue_query_is_answered_from_indexes_over_fifty_thousand_complaints() throws Exception {
        DataSource db = Databases.postgres();
        Databases.wipe(db);
        // 50,000 complaints a minute apart: 200 handlers, 500 owners, a co-handler on every third, 30 classes,
        // 5 % vulnerable, 2 % breach marked, an external reference on every tenth; 30 % still run a feedback clock
        // due 5 days after receipt, and every fourth of the last 1,000 an acceptance clock due 4 hours after
        sql(db, "INSERT INTO ck_complaint (complaint_id, version, status, receiving_unit, handling_unit, customer_ref, "
                        + "received_at, last_changed_at, next_due_at, fingerprint, handler, first_contact_owner, priority) "
                        + "SELECT 'C-' || lpad(n::text, 8, '0'), 3, 'INVESTIGATING', 'U-' || (n % 40), 'U-' || (n % 41), "
                        + "'CIF-' || (n % 300), n * " + MINUTE + ", n * " + MINUTE + ", NULL, NULL, 'S-' || (n % 200), "
                        + "'S-' || (n % 500), CASE WHEN n % 10 = 0 THEN 'HIGH' ELSE 'NORMAL' END "
                        + "FROM generate_series(1, 50000) AS n",
                "INSERT INTO ck_complaint_tag (kind, tag, complaint_id) SELECT 'CO_HANDLER', 'U-' || (n % 40), "
                        + "'C-' || lpad(n::text, 8, '0') FROM generate_series(1, 50000) AS n WHERE n % 3 = 0",
                "INSERT INTO ck_complaint_tag (kind, tag, complaint_id) SELECT 'CLASS', 'seed.matter:m' || (n % 30), "
                        + "'C-' || lpad(n::text, 8, '0') FROM generate_series(1, 50000) AS n",
                "INSERT INTO ck_complaint_tag (kind, tag, complaint_id) SELECT 'FLAG', 'VULNERABLE', "
                        + "'C-' || lpad(n::text, 8, '0') FROM generate_series(1, 50000) AS n WHERE n % 20 = 0",
                "INSERT INTO ck_complaint_tag (kind, tag, complaint_id) SELECT 'FLAG', 'BREACH_MARKED', "
                        + "'C-' || lpad(n::text, 8, '0') FROM generate_series(1, 50000) AS n WHERE n % 50 = 0",
                "INSERT INTO ck_complaint_tag (kind, tag, complaint_id) SELECT 'REFERENCE', 'GD-' || n, "
                        + "'C-' || lpad(n::text, 8, '0') FROM generate_series(1, 50000) AS n WHERE n % 10 = 0",
                "INSERT INTO ck_complaint_clock (complaint_id, clock_id, deadline) SELECT 'C-' || lpad(n::text, 8, '0'), "
                        + "'bank.feedback', (n + 7200) * " + MINUTE + " FROM generate_series(1, 50000) AS n WHERE n % 10 < 3",
                "INSERT INTO ck_complaint_clock (complaint_id, clock_id, deadline) SELECT 'C-' || lpad(n::text, 8, '0'), "
                        + "'bank.accept', (n + 240) * " + MINUTE + " FROM generate_series(1, 50000) AS n WHERE n % 4 = 0 "
                        + "AND n > 49000",
                "UPDATE ck_complaint c SET overdue_from = (SELECT min(deadline) FROM ck_complaint_clock k "
                        + "WHERE k.complaint_id = c.complaint_id)",
                "VACUUM ANALYZE ck_complaint", "VACUUM ANALYZE ck_complaint_tag", "VACUUM ANALYZE ck_complaint_clock");
        // the queues as of minute 50,000: the feedback clocks of complaints received before minute 42,800 and the
        // acceptance clocks of those received before minute 49,760 have run out
        Instant now = Instant.ofEpochSecond(0, 50_000L * MINUTE);
        Map<String, ComplaintQuery> queues = new LinkedHashMap<>();
        ComplaintQuery page = ComplaintQuery.all(50);
        queues.put("handler", page.withHandler(StaffId.of("S-7")));
        queues.put("handler, open statuses, next page", page.withHandler(StaffId.of("S-7"))
                .withStatuses(Set.of(ComplaintStatus.ASSIGNED, ComplaintStatus.INVESTIGATING))
                .after(ComplaintId.of("C-00025007")));
        queues.put("co-handler", page.withCoHandler(UnitId.of("U-9")));
        queues.put("first-contact owner", page.withOwner(StaffId.of("S-42")));
        queues.put("class", page.withClass("seed.matter", "m7"));
        queues.put("flag", page.withFlag(QueueFlag.BREACH_MARKED));
        queues.put("external reference", page.withExternalReference("GD-31410"));
        queues.put("overdue, any clock", page.withOverdueAt(now));
        queues.put("overdue acceptance clock", page.withOverdueAt(now, "bank.accept"));
        queues.put("handler's overdue work", page.withHandler(StaffId.of("S-7")).withOverdueAt(now));
        StringBuilder report = new StringBuilder("Work-queue query plans, PostgreSQL "
                + version(db) + ", 50,000 complaints\n");
        for (Map.Entry<String, ComplaintQuery> queue : queues.entrySet()) {
            String plan = plan(db, queue.getValue());
            report.append("\n== ").append(queue.getKey()).append('\n').append(plan).append('\n');
            assertFalse(plan.contains("Seq Scan"), queue.getKey() + ": no full scan\n" + plan);
            assertTrue(plan.contains("Index"), queue.getKey() + ": an index\n" + plan);
        }
        Path out = Path.of("target", "queue-plans.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report, StandardCharsets.UTF_8);
        System.out.println(report);

        JdbcComplaintStore store = JdbcComplaintStore.of(db);
        assertEquals(List.of(ComplaintId.of("C-00031410")), store.query(queues.get("external reference")).ids());
        assertEquals(50, store.query(queues.get("overdue acceptance clock")).ids().size(), "190 are overdue");
        Databases.wipe(db);
    }

    private static String version(DataSource db) throws SQLException {
        try (Connection connection = db.getConnection()) {
            return connection.getMetaData().getDatabaseProductVersion();
        }
    }

    @Test
    void a_database_at_schema_version_3_migrates_and_its_complaints_gain_queue_facts_at_their_next_append()
            throws Exception {
        sql(Databases.postgres(), "DROP DATABASE IF EXISTS ck_v3", "CREATE DATABASE ck_v3");
        try (var old = Databases.pool(Databases.server().getJdbcUrl("postgres", "ck_v3"), "postgres", 2)) {
            Flyway.configure().dataSource(old).locations(Dialect.POSTGRESQL.migrationLocation())
                    .table("ck_schema_history").baselineOnMigrate(true).baselineVersion("0").target("3").load()
                    .migrate();
            ComplaintId id = ComplaintId.of("C-OLD");
            AppendRequest registered = StoreSamples.newComplaint(id, "旧投诉", "k-old");
            ComplaintIndex row = registered.index();
            sql(old, "INSERT INTO ck_complaint (complaint_id, version, status, receiving_unit, handling_unit, "
                    + "customer_ref, received_at, last_changed_at, next_due_at, fingerprint) VALUES ('C-OLD', 1, '"
                    + row.status() + "', '" + row.receivingUnit().value() + "', NULL, '" + row.customer().value() + "', "
                    + Nanos.of(row.receivedAt()) + ", " + Nanos.of(row.lastChangedAt()) + ", NULL, NULL)");
            try (Connection connection = old.getConnection(); PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO ck_event (complaint_id, sequence, event_type, occurred_at, payload) "
                            + "VALUES ('C-OLD', 1, ?, ?, ?)")) {
                ComplaintEvent event = registered.events().get(0);
                insert.setString(1, EventCodec.typeOf(event));
                insert.setLong(2, Nanos.of(event.occurredAt()));
                insert.setString(3, EventCodec.encode(event));
                insert.executeUpdate();
            }

            assertEquals("7", JdbcComplaintStore.migrate(old));
            JdbcComplaintStore store = JdbcComplaintStore.of(old);
            assertEquals(Optional.of(new IndexRow(1, row)), store.indexRow(id), "an old row reads with no queue facts");
            assertEquals(registered.events(), store.load(id));
            assertEquals(QueueFacts.NONE, store.indexRow(id).orElseThrow().index().queue());

            QueueFacts facts = new QueueFacts(StaffId.of("S-2001"), StaffId.of("S-1001"), Set.of(), Set.of(),
                    Set.of(QueueFlag.VULNERABLE), Priority.HIGH, Set.of("GD-2025-0042"), Map.of());
            store.append(new AppendRequest(id, 1, StoreSamples.facts(id, 2, 1, StoreSamples.T0.plusSeconds(60)),
                    row.withQueue(facts), null));
            assertEquals(List.of(id), store.query(ComplaintQuery.all(5).withExternalReference("GD-2025-0042")).ids());
            assertEquals(List.of(id), store.query(ComplaintQuery.all(5).withHandler(StaffId.of("S-2001"))).ids());
        } finally {
            sql(Databases.postgres(), "DROP DATABASE IF EXISTS ck_v3");
        }
    }
}
