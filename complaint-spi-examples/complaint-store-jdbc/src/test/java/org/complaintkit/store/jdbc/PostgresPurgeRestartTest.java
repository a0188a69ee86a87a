package org.complaintkit.store.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.complaintkit.api.command.CommandType;
import org.complaintkit.api.command.PlaceLegalHold;
import org.complaintkit.api.complaint.ComplaintId;
import org.complaintkit.api.error.ErrorCode;
import org.complaintkit.api.error.StoreException;
import org.complaintkit.api.event.ComplaintEvent;
import org.complaintkit.api.event.ComplaintRegistered;
import org.complaintkit.api.event.PersonalDataErased;
import org.complaintkit.api.organisation.Actor;
import org.complaintkit.api.organisation.Role;
import org.complaintkit.api.organisation.StaffId;
import org.complaintkit.api.retention.Disposal;
import org.complaintkit.api.retention.RecordKind;
import org.complaintkit.api.retention.RetentionPolicy;
import org.complaintkit.api.retention.RetentionRule;
import org.complaintkit.core.calendar.BusinessCalendar;
import org.complaintkit.core.calendar.CalendarFile;
import org.complaintkit.core.engine.ComplaintEngine;
import org.complaintkit.core.engine.NotificationDispatcher;
import org.complaintkit.core.integrity.EventSealer;
import org.complaintkit.core.notification.NotificationSetup;
import org.complaintkit.core.retention.PurgeReport;
import org.complaintkit.core.retention.PurgeRequest;
import org.complaintkit.core.retention.RetentionPresets;
import org.complaintkit.core.sla.preset.ChinaCbirc;
import org.complaintkit.spi.retention.PurgeLedger;
import org.complaintkit.spi.retention.PurgedComplaint;
import org.complaintkit.testkit.Commands;
import org.complaintkit.testkit.Fixtures;
import org.complaintkit.testkit.MutableClock;
import org.complaintkit.testkit.PostgresPlatform;
import org.complaintkit.testkit.ScriptedReceiver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The retention purge on PostgreSQL, stopped and restarted (issue 27 item 4: bounded batches, restartable, reported):
 * a few hundred expired complaints among held, recent and open ones, purged in batches of seven by a run of one batch
 * at a time, each run on a new engine over the same databases, as after a restart. Every fourth run dies in the
 * middle of its batch (its ledger records a complaint, then throws, as a process killed between the two writes) and
 * the next starts from the beginning, having lost the cursor. Each run's report must count exactly what the run
 * removed from the database; at the end exactly the expired complaints are gone (or erased, unreadable, with their
 * chains verifying and their keys destroyed, each erased once), and every other complaint is intact.
 */
class PostgresPurgeRestartTest {
    private static final int EXPIRED = 180;
    private static final int HELD = 6;
    private static final int RECENT = 10;
    private static final int OPEN = 6;
    private static final int BATCH = 7;
    private static final Instant LONG_AGO = Instant.parse("2020-03-02T01:30:00Z");
    private static final Instant LAST_YEAR = Instant.parse("2025-06-02T01:30:00Z");
    private static final Instant NOW = Instant.parse("2026-03-02T01:30:00Z");
    private static final Actor MANAGER = Actor.staff(StaffId.of("S-5001"), Fixtures.BRANCH, Role.COMPLAINT_MANAGER);
    private static final EventSealer SEALER = EventSealer.sha256();
    /** The settled notices written before the purge (an erasure may write notices of its own, now). */
    private static final String SETTLED_BEFORE_NOW = "SELECT count(*) FROM ck_outbox WHERE status IN ('DELIVERED', "
            + "'DEAD') AND created_at < " + Nanos.of(NOW);

    private DataSource events;
    private HikariDataSource keys;
    private final List<ComplaintId> expired = new ArrayList<>();
    private final List<ComplaintId> kept = new ArrayList<>();

    @BeforeEach
    void fill() throws SQLException {
        assumeTrue(!(PostgresPlatform.onThisMachine() instanceof PostgresPlatform.Verdict.Skip),
                "no embedded PostgreSQL on this machine");
        events = Databases.postgres();
        Databases.wipe(events);
        try (Connection c = events.getConnection(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT 1 FROM pg_database WHERE datname = 'ck_purge_keys'")) {
            if (!r.next()) {
                s.execute("CREATE DATABASE ck_purge_keys");
            }
        }
        keys = Databases.pool(Databases.server().getJdbcUrl("postgres", "ck_purge_keys"), "postgres", 2);
        JdbcPersonalDataKeys.migrate(keys);
        execute(keys, "DELETE FROM ck_personal_data_key");

        MutableClock clock = MutableClock.at(LONG_AGO.toString());
        ComplaintEngine engine = engine(clock);
        for (int i = 0; i < EXPIRED; i++) {
            expired.add(withdrawn(engine, clock));
        }
        for (int i = 0; i < HELD; i++) {
            ComplaintId held = withdrawn(engine, clock);
            engine.execute(PlaceLegalHold.of(held, MANAGER, Fixtures.key(), "LH-" + i, "inquiry 2020-" + i));
            kept.add(held);
        }
        for (int i = 0; i < OPEN; i++) {
            ComplaintId open = engine.execute(Fixtures.registration(clock.instant())).complaintId();
            engine.execute(Commands.of(CommandType.ACCEPT, open, Fixtures.HANDLER, Fixtures.key(),
                    Commands.Payload.plain()));
            kept.add(open);
        }
        settle(engine, clock);
        clock.set(LAST_YEAR);
        for (int i = 0; i < RECENT; i++) {
            kept.add(withdrawn(engine, clock));
        }
        settle(engine, clock);
        assertEquals(0, count(events, "SELECT count(*) FROM ck_outbox WHERE status = 'PENDING'"),
                "every notice settled before the purge");
    }

    /** Sends every notice due (recording an outcome is a change to the file: at the time its notices fall due). */
    private static void settle(ComplaintEngine engine, MutableClock clock) {
        try (NotificationDispatcher dispatcher = NotificationDispatcher.builder(engine)
                .sender(ScriptedReceiver.reliable()).build()) {
            while (dispatcher.dispatchDue().leased() > 0) {
                clock.advance(Duration.ofSeconds(1));
            }
        }
    }

    @AfterEach
    void close() {
        if (keys != null) {
            keys.close();
        }
    }

    @Test
    void aPurgeRestartedOnNewEnginesBetweenAndWithinBatchesDeletesExactlyTheExpiredComplaintsAndCountsWhatItDid()
            throws SQLException {
        List<PurgedComplaint> ledger = run(Disposal.DELETE);

        for (ComplaintId id : expired) {
            assertEquals(0, count(events, "SELECT count(*) FROM ck_event WHERE complaint_id = '" + id.value() + "'"),
                    id + " is deleted whole");
        }
        for (String table : List.of("ck_complaint", "ck_command", "ck_outbox")) {
            assertEquals(0, count(events, "SELECT count(*) FROM " + table + " WHERE complaint_id IN ("
                    + quoted(expired) + ")"), "no row of an expired complaint left in " + table);
        }
        assertEquals(kept.size(), count(events, "SELECT count(*) FROM ck_complaint"), "every other complaint kept");
        ComplaintEngine engine = engine(Clock.fixed(NOW, ZoneOffset.UTC));
        for (ComplaintId id : kept) {
            assertNull(engine.verify(id).firstBreak(), () -> id + "'s chain verifies: " + engine.verify(id));
        }
        assertEquals(new HashSet<>(expired), ids(ledger), "the ledger names every deleted complaint, and only them");
    }

    @Test
    void aPurgeRestartedOnNewEnginesErasesEachExpiredComplaintOnceLeavingItUnreadableAndItsChainIntact()
            throws SQLException {
        List<PurgedComplaint> ledger = run(Disposal.ERASE_PERSONAL_DATA);

        ComplaintEngine engine = engine(Clock.fixed(NOW, ZoneOffset.UTC));
        for (ComplaintId id : expired) {
            List<ComplaintEvent> history = engine.hostReads().history(id);
            ComplaintRegistered registered = (ComplaintRegistered) history.get(0);
            assertTrue(registered.registration().complainant().name().isErased(), id + " reads as erased");
            assertEquals(1, history.stream().filter(PersonalDataErased.class::isInstance).count(),
                    id + " is erased once, whatever the restarts");
            assertTrue(engine.verify(id).intact(), "the chain of erased " + id + " verifies");
        }
        assertEquals(EXPIRED, count(keys, "SELECT count(*) FROM ck_personal_data_key WHERE key_bytes IS NULL "
                + "AND key_ref IN (" + quoted(expired) + ")"), "each expired complaint's key is destroyed");
        assertEquals(0, count(keys, "SELECT count(*) FROM ck_personal_data_key WHERE key_bytes IS NULL "
                + "AND key_ref IN (" + quoted(kept) + ")"), "no other key is");
        for (ComplaintId id : kept) {
            assertFalse(((ComplaintRegistered) engine.hostReads().history(id).get(0)).registration().complainant()
                    .name().isErased(), id + " keeps its personal data");
            assertNull(engine.verify(id).firstBreak(), () -> id + "'s chain verifies: " + engine.verify(id));
        }
        assertEquals(EXPIRED + kept.size(), count(events, "SELECT count(*) FROM ck_complaint"), "nothing deleted");
        assertEquals(new HashSet<>(expired), ids(ledger), "the ledger names every erased complaint, and only them");
    }

    /**
     * Purges to the end, one batch a run, each run on a new engine; every fourth run dies after its ledger records its
     * third complaint. The host keeps the cursor of the last run that finished, but loses it at the first death, so
     * that run starts again from the first complaint. Checks each finished run's report against what it removed.
     */
    private List<PurgedComplaint> run(Disposal disposal) throws SQLException {
        RetentionPolicy policy = RetentionPresets.mainlandChina().with(new RetentionRule(RecordKind.COMPLAINT_FILE,
                Period.ofYears(3), Period.ofYears(3), disposal, "test"));
        boolean erasing = disposal == Disposal.ERASE_PERSONAL_DATA;
        List<PurgedComplaint> ledger = new ArrayList<>();
        String pastTheirPeriods = "SELECT count(*) FROM ck_outbox WHERE status = 'DELIVERED' AND created_at <= "
                + Nanos.of(NOW.minus(Duration.ofDays(90))) + " OR status = 'DEAD' AND created_at <= "
                + Nanos.of(NOW.atZone(ZoneOffset.UTC).minusYears(1).toInstant());
        long settledBefore = count(events, SETTLED_BEFORE_NOW);
        long settledDue = count(events, pastTheirPeriods);
        long commandsBefore = count(events, "SELECT count(*) FROM ck_command");
        assertTrue(settledDue >= EXPIRED && commandsBefore > 3 * EXPIRED, "there are notices (" + settledDue
                + ") and records (" + commandsBefore + ") to purge");
        long settledPurged = 0;
        long disposed = 0;
        int runs = 0;
        int deaths = 0;
        ComplaintId cursor = null;
        boolean finished = false;
        while (!finished) {
            assertTrue(++runs < 400, "the purge never finished");
            ComplaintEngine engine = engine(Clock.fixed(NOW, ZoneOffset.UTC));
            boolean dies = runs % 4 == 0;
            int[] recorded = {0};
            PurgeLedger host = entry -> {
                ledger.add(entry);
                if (dies && ++recorded[0] == 3) {
                    throw new IllegalStateException("killed after the ledger's write");
                }
            };
            long[] before = state(erasing);
            PurgeReport report;
            try {
                report = engine.purge(PurgeRequest.of(policy, null, host).withBatchSize(BATCH).withMaxBatches(1)
                        .withAfter(cursor));
            } catch (StoreException killed) {
                assertTrue(dies, "only a run that was killed fails: " + killed.getMessage());
                assertEquals(ErrorCode.ARCHIVE_FAILED, killed.code());
                long[] after = state(erasing);
                settledPurged += before[0] - after[0];
                disposed += after[2] - before[2];
                if (++deaths == 1) {
                    cursor = null;
                }
                continue;
            }
            long[] after = state(erasing);
            assertEquals(before[0] - after[0], report.deliveredNotices() + report.deadNotices(),
                    "run " + runs + " counts the notices it deleted");
            // an erasure is a command: it leaves a record of its own, applied now
            assertEquals(before[1] - after[1], report.commandRecords() - report.complaintsErased(),
                    "run " + runs + " counts the command records it deleted");
            assertEquals(after[2] - before[2], erasing ? report.complaintsErased() : report.complaintsDeleted(),
                    "run " + runs + " counts the complaints it disposed of");
            assertEquals(0, erasing ? report.complaintsDeleted() : report.complaintsErased());
            assertEquals(report.complaintsDeleted() + report.complaintsErased(), report.purged().size(),
                    "the report lists each complaint it counts");
            settledPurged += before[0] - after[0];
            disposed += after[2] - before[2];
            cursor = report.next();
            finished = report.finished();
        }
        assertTrue(deaths >= 5, "the purge was killed " + deaths + " times");
        assertEquals(EXPIRED, disposed, "each expired complaint disposed of once, over " + runs + " runs");
        assertEquals(settledDue, settledPurged, "every settled notice past its period went, each counted once");
        assertEquals(0, count(events, pastTheirPeriods), "none is left");
        assertEquals(settledBefore - settledDue, count(events, SETTLED_BEFORE_NOW),
                "those within their period are kept");
        assertEquals(0, count(events, "SELECT count(*) FROM ck_command WHERE applied_at <= "
                + Nanos.of(NOW.minus(Duration.ofDays(90)))), "no command record past its period is left");
        assertEquals(erasing ? EXPIRED : 0, count(events, "SELECT count(*) FROM ck_command"),
                "the only records left are the erasures'");
        System.out.printf("purge %s on PostgreSQL: %d expired of %d complaints, batches of %d, %d runs on new engines, "
                + "%d killed mid-batch; %d settled notices, %d ledger entries%n", disposal, EXPIRED,
                EXPIRED + kept.size(), BATCH, runs, deaths, settledPurged, ledger.size());
        return ledger;
    }

    /**
     * Settled notices, command records, and the complaints disposed of so far: deleted (expired ones no longer in
     * the store) or erased (expired ones whose key is destroyed).
     */
    private long[] state(boolean erasing) throws SQLException {
        long settled = count(events, SETTLED_BEFORE_NOW);
        long commands = count(events, "SELECT count(*) FROM ck_command");
        long disposed = !erasing
                ? EXPIRED - count(events, "SELECT count(*) FROM ck_complaint WHERE complaint_id IN (" + quoted(expired)
                + ")")
                : count(keys, "SELECT count(*) FROM ck_personal_data_key WHERE key_bytes IS NULL");
        return new long[] {settled, commands, disposed};
    }

    private ComplaintEngine engine(Clock clock) {
        return ComplaintEngine.builder().clock(clock).store(JdbcComplaintStore.of(events)).discoverPlugins(false)
                .calendar(BusinessCalendar.of(CalendarFile.mainlandChina())).policies(ChinaCbirc.policy())
                .notifications(NotificationSetup.standard()).sealer(SEALER)
                .personalDataKeys(JdbcPersonalDataKeys.of(keys, clock)).build();
    }

    private static ComplaintId withdrawn(ComplaintEngine engine, MutableClock clock) {
        ComplaintId id = engine.execute(Fixtures.registration(clock.instant())).complaintId();
        clock.advance(Duration.ofMinutes(5));
        engine.execute(Commands.of(CommandType.ACCEPT, id, Fixtures.HANDLER, Fixtures.key(), Commands.Payload.plain()));
        clock.advance(Duration.ofMinutes(5));
        engine.execute(Commands.of(CommandType.WITHDRAW, id, Fixtures.TELLER, Fixtures.key(),
                Commands.Payload.plain()));
        return id;
    }

    private static Set<ComplaintId> ids(List<PurgedComplaint> ledger) {
        Set<ComplaintId> ids = new HashSet<>();
        for (PurgedComplaint entry : ledger) {
            ids.add(entry.complaintId());
        }
        return ids;
    }

    private static String quoted(List<ComplaintId> ids) {
        return String.join(", ", ids.stream().map(id -> "'" + id.value() + "'").toList());
    }

    private static long count(DataSource db, String sql) throws SQLException {
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement(sql);
             ResultSet r = s.executeQuery()) {
            r.next();
            return r.getLong(1);
        }
    }

    private static void execute(DataSource db, String sql) throws SQLException {
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
