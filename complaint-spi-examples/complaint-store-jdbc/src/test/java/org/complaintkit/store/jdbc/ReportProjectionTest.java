package org.complaintkit.store.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import javax.sql.DataSource;
import org.complaintkit.api.command.CommandType;
import org.complaintkit.api.command.HandlingCommand;
import org.complaintkit.api.complaint.ComplaintId;
import org.complaintkit.api.complaint.ContactMethod;
import org.complaintkit.api.complaint.Satisfaction;
import org.complaintkit.api.error.ComplaintKitException;
import org.complaintkit.api.organisation.Actor;
import org.complaintkit.api.organisation.Role;
import org.complaintkit.api.organisation.StaffId;
import org.complaintkit.core.calendar.BusinessCalendar;
import org.complaintkit.core.calendar.CalendarFile;
import org.complaintkit.core.engine.ComplaintEngine;
import org.complaintkit.core.engine.ProjectionRebuildReport;
import org.complaintkit.core.reporting.AsicReport;
import org.complaintkit.core.reporting.ComplaintFacts;
import org.complaintkit.core.reporting.FactsCodec;
import org.complaintkit.core.reporting.FactsScan;
import org.complaintkit.core.reporting.FactsSource;
import org.complaintkit.core.reporting.FcaReturn;
import org.complaintkit.core.reporting.Dimension;
import org.complaintkit.core.reporting.Tally;
import org.complaintkit.core.sla.preset.ChinaCbirc;
import org.complaintkit.spi.storage.ComplaintQuery;
import org.complaintkit.spi.storage.ComplaintStore;
import org.complaintkit.spi.storage.ReportProjection;
import org.complaintkit.testkit.Commands;
import org.complaintkit.testkit.Fixtures;
import org.complaintkit.testkit.ForwardingStore;
import org.complaintkit.testkit.MutableClock;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/**
 * The report projection on H2 and PostgreSQL: written with every append, read by reports one row per complaint,
 * folded where missing or stale, and built by the engine's rebuild for a database migrated from schema 5 with
 * complaints in it.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ReportProjectionTest {
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final Actor MANAGER = Actor.staff(StaffId.of("S-5001"), Fixtures.BRANCH, Role.COMPLAINT_MANAGER);
    private static final int COMPLAINTS = 24;
    private static final String[] TABLES = {"ck_complaint", "ck_event", "ck_command", "ck_outbox", "ck_complaint_tag",
            "ck_complaint_clock"};

    private static HandlingCommand command(CommandType type, ComplaintId id) {
        Actor actor = switch (type) {
            case ASSIGN, URGE -> MANAGER;
            case APPROVE_RESOLUTION -> Fixtures.APPROVER;
            default -> Fixtures.HANDLER;
        };
        return Commands.of(type, id, actor, Fixtures.key(), new Commands.Payload(null, Satisfaction.SATISFIED,
                Fixtures.HANDLER_ID, null, "complex", ContactMethod.SMS));
    }

    private static CommandType next(ComplaintEngine engine, ComplaintId id, Random random) {
        return switch (engine.hostReads().find(id).orElseThrow().status()) {
            case REGISTERED -> CommandType.ACCEPT;
            case ACCEPTED -> CommandType.ASSIGN;
            case ASSIGNED -> CommandType.START_INVESTIGATION;
            case INVESTIGATING -> random.nextBoolean() ? CommandType.PROPOSE_RESOLUTION : CommandType.RECORD_NEW_FACTS;
            case AWAITING_APPROVAL -> CommandType.APPROVE_RESOLUTION;
            case RESOLVED -> CommandType.RESPOND;
            case RESPONDED -> random.nextBoolean() ? CommandType.RECORD_SATISFACTION : CommandType.CLOSE;
            default -> CommandType.URGE;
        };
    }

    private static ComplaintEngine engine(ComplaintStore store, MutableClock clock) {
        return ComplaintEngine.builder().clock(clock).store(store).discoverPlugins(false)
                .calendar(BusinessCalendar.of(CalendarFile.mainlandChina())).policies(ChinaCbirc.policy()).build();
    }

    private static MutableClock clock() {
        return new MutableClock(LocalDateTime.parse("2026-03-02T09:00").atZone(SHANGHAI).toInstant(), SHANGHAI);
    }

    /** Complaints at random points of their lifecycle, some swept past their deadlines. */
    private static List<ComplaintId> complaints(ComplaintEngine engine, MutableClock clock, long seed) {
        Random random = new Random(seed);
        List<ComplaintId> ids = new ArrayList<>();
        for (int i = 0; i < COMPLAINTS; i++) {
            ComplaintId id = engine.execute(Fixtures.registration(clock.instant())).complaintId();
            ids.add(id);
            int steps = random.nextInt(12);
            for (int step = 0; step < steps; step++) {
                clock.advance(Duration.ofHours(1 + random.nextInt(30)));
                try {
                    engine.execute(command(next(engine, id, random), id));
                } catch (ComplaintKitException refused) {
                    // a refusal stores nothing
                }
            }
        }
        clock.advance(Duration.ofDays(20));
        engine.tick();
        return ids;
    }

    /** The reports a host runs, as comparable values: from projections on {@code store}, by folding on the other. */
    private static List<Object> reports(ComplaintStore store) {
        Instant from = Instant.parse("2026-01-01T00:00:00Z");
        Instant to = Instant.parse("2027-01-01T00:00:00Z");
        return List.of(Tally.scan(store, ComplaintQuery.all(7), SHANGHAI, Dimension.HANDLING_UNIT, Dimension.STATUS, Dimension.CHANNEL, Dimension.MONTH_RECEIVED).rows(),
                FcaReturn.compute(store, BusinessCalendar.of(CalendarFile.mainlandChina()), from, to),
                AsicReport.compute(store, ComplaintQuery.all(5), SHANGHAI, LocalDate.of(2026, 12, 31)));
    }

    private static void checkEveryProjection(JdbcComplaintStore store, List<ComplaintId> ids) {
        for (ComplaintId id : ids) {
            ReportProjection stored = store.projection(id).orElseThrow().projection();
            assertEquals(ComplaintFacts.of(store.load(id)), FactsCodec.decode(id, stored), id.value());
            assertEquals(store.load(id).size(), store.projection(id).orElseThrow().version());
        }
    }

    private static void appendsKeepTheProjectionAndReportsReadIt(DataSource db) {
        JdbcComplaintStore store = JdbcComplaintStore.of(db);
        assertTrue(store.keepsProjections());
        MutableClock clock = clock();
        List<ComplaintId> ids = complaints(engine(store, clock), clock, 26);
        checkEveryProjection(store, ids);
        assertEquals(new FactsScan(COMPLAINTS, 0), FactsSource.scan(store, ComplaintQuery.all(5), f -> { }));
        assertEquals(reports(new ForwardingStore(store)), reports(store));

        ComplaintId stale = ids.get(3);
        assertTrue(store.saveProjection(stale, store.load(stale).size(), new ReportProjection(7, "a later layout")));
        assertFalse(store.saveProjection(stale, store.load(stale).size() - 1, new ReportProjection(1, "older")));
        Set<ComplaintId> seen = new TreeSet<>();
        assertEquals(new FactsScan(COMPLAINTS - 1, 1), FactsSource.scan(store, ComplaintQuery.all(5),
                f -> assertTrue(seen.add(f.id()), "each complaint once")));
        assertEquals(new TreeSet<>(ids), seen);
        assertEquals(reports(new ForwardingStore(store)), reports(store));
        ComplaintId first = new TreeSet<>(ids).first();
        FactsScan filtered = FactsSource.scan(store, ComplaintQuery.all(5).after(first), f -> { });
        assertEquals(COMPLAINTS - 1, filtered.total(), "the filter applies to both passes");
        assertEquals(stale.equals(first) ? 0 : 1, filtered.folded());

        ProjectionRebuildReport rebuilt = engine(store, clock).rebuildProjections(ComplaintQuery.all(1000));
        assertEquals(1, rebuilt.built());
        assertEquals(COMPLAINTS - 1, rebuilt.current());
        checkEveryProjection(store, ids);
    }

    @Test
    void on_h2_every_append_keeps_the_projection_and_reports_from_it_equal_reports_by_folding() {
        appendsKeepTheProjectionAndReportsReadIt(Databases.h2());
    }

    @Test
    void on_postgresql_every_append_keeps_the_projection_and_reports_from_it_equal_reports_by_folding() {
        Databases.wipe(Databases.postgres());
        appendsKeepTheProjectionAndReportsReadIt(Databases.postgres());
        Databases.wipe(Databases.postgres());
    }

    /** Copies the source's rows into a database at an older schema, column by column as far as it has them. */
    private static void copy(DataSource from, DataSource to) throws SQLException {
        try (Connection source = from.getConnection(); Connection target = to.getConnection()) {
            for (String table : TABLES) {
                List<String> columns = new ArrayList<>();
                try (Statement probe = target.createStatement();
                     ResultSet empty = probe.executeQuery("SELECT * FROM " + table + " WHERE 1 = 0")) {
                    ResultSetMetaData meta = empty.getMetaData();
                    for (int i = 1; i <= meta.getColumnCount(); i++) {
                        columns.add(meta.getColumnName(i).toLowerCase());
                    }
                }
                String list = String.join(", ", columns);
                try (Statement select = source.createStatement();
                     ResultSet rows = select.executeQuery("SELECT " + list + " FROM " + table);
                     PreparedStatement insert = target.prepareStatement("INSERT INTO " + table + " (" + list
                             + ") VALUES (" + String.join(", ", columns.stream().map(c -> "?").toList()) + ")")) {
                    while (rows.next()) {
                        for (int i = 1; i <= columns.size(); i++) {
                            insert.setObject(i, rows.getObject(i));
                        }
                        insert.executeUpdate();
                    }
                }
            }
        }
    }

    private static void migratedFromFiveWithData(DataSource written, DataSource old, Dialect dialect)
            throws SQLException {
        JdbcComplaintStore source = JdbcComplaintStore.of(written);
        MutableClock clock = clock();
        List<ComplaintId> ids = complaints(engine(source, clock), clock, 5);
        List<Object> expected = reports(new ForwardingStore(source));

        Flyway.configure().dataSource(old).locations(dialect.migrationLocation()).table("ck_schema_history")
                .baselineOnMigrate(true).baselineVersion("0").target("5").load().migrate();
        copy(written, old);
        assertEquals("9", JdbcComplaintStore.migrate(old), "schema 5 migrates to the newest");
        JdbcComplaintStore store = JdbcComplaintStore.of(old);
        for (ComplaintId id : ids) {
            assertNull(store.projection(id).orElseThrow().projection(), "a row of schema 5 has no projection");
        }
        assertEquals(new FactsScan(0, COMPLAINTS), FactsSource.scan(store, ComplaintQuery.all(5), f -> { }));
        assertEquals(expected, reports(store), "before the rebuild, reports fold and are right");

        ComplaintEngine engine = engine(store, clock);
        ComplaintId after = null;
        int built = 0;
        int batches = 0;
        ProjectionRebuildReport batch;
        do {
            batch = engine.rebuildProjections(after == null ? ComplaintQuery.all(10) : ComplaintQuery.all(10).after(after));
            built += batch.built();
            batches++;
            after = batch.next().orElse(null);
        } while (!batch.done());
        assertEquals(COMPLAINTS, built);
        assertEquals(3, batches);
        checkEveryProjection(store, ids);
        assertEquals(new FactsScan(COMPLAINTS, 0), FactsSource.scan(store, ComplaintQuery.all(5), f -> { }));
        assertEquals(expected, reports(store));
        ProjectionRebuildReport again = engine.rebuildProjections(ComplaintQuery.all(1000));
        assertEquals(COMPLAINTS, again.current(), "a second run finds every projection current");

        clock.advance(Duration.ofHours(1));
        List<ComplaintId> more = new ArrayList<>(ids);
        more.add(engine.execute(Fixtures.registration(clock.instant())).complaintId());
        checkEveryProjection(store, more);
    }

    @Test
    void an_h2_database_migrated_from_schema_5_with_complaints_is_folded_until_the_rebuild_builds_its_projections()
            throws SQLException {
        try (HikariDataSource old = Databases.pool("jdbc:h2:mem:ck-v5-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1",
                "sa", 2)) {
            migratedFromFiveWithData(Databases.h2(), old, Dialect.H2);
        }
    }

    @Test
    void a_postgresql_database_migrated_from_schema_5_with_complaints_is_folded_until_the_rebuild_builds_its_projections()
            throws SQLException {
        Databases.wipe(Databases.postgres());
        sql(Databases.postgres(), "DROP DATABASE IF EXISTS ck_v5", "CREATE DATABASE ck_v5");
        try (HikariDataSource old = Databases.pool(Databases.server().getJdbcUrl("postgres", "ck_v5"), "postgres", 2)) {
            migratedFromFiveWithData(Databases.postgres(), old, Dialect.POSTGRESQL);
        } finally {
            Databases.wipe(Databases.postgres());
            sql(Databases.postgres(), "DROP DATABASE IF EXISTS ck_v5");
        }
    }

    private static void sql(DataSource db, String... statements) throws SQLException {
        try (Connection connection = db.getConnection(); Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }
}
