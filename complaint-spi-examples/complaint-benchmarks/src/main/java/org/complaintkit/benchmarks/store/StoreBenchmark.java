package org.complaintkit.benchmarks.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.complaintkit.api.command.CommandResult;
import org.complaintkit.api.command.CommandType;
import org.complaintkit.api.complaint.ComplaintId;
import org.complaintkit.api.event.ComplaintEvent;
import org.complaintkit.core.calendar.BusinessCalendar;
import org.complaintkit.core.calendar.CalendarFile;
import org.complaintkit.core.engine.ComplaintEngine;
import org.complaintkit.core.sla.preset.ChinaCbirc;
import org.complaintkit.spi.storage.codec.EventCodec;
import org.complaintkit.testkit.Commands;
import org.complaintkit.testkit.Fixtures;
import org.complaintkit.store.jdbc.JdbcComplaintStore;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import java.sql.Types;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Arrays;

/**
 * Commands per second on the JDBC store over embedded PostgreSQL, with 1, 4 and 16 client threads, beside a
 * raw-JDBC baseline that writes the same rows in the same transactions: the physical limit of the database on
 * this machine. The engine's command is a pause or a resume of a complaint under investigation; each thread works
 * on its own complaints, so nothing conflicts, and they are registered afresh for each one-second iteration (100 a
 * thread, so each takes about ten commands and its history stays between 6 and 30 events, as a real one).
 * The baseline does only the writes: the index row's versioned update (with the status and next due instant the
 * engine writes, alternating as pause and resumption do), the command record and the last two events of the
 * engine's history after a pause, with their seals.
 *
 * <p>What each side wrote, counted by PostgreSQL's statistics on 2026-12-04 (docs/performance.md): the engine one
 * event a command (the pause waits for the customer, which the CBIRC decision clock does not pause for, so no
 * clock changes; an appraisal pause appends two events, the pause and the clock's change), one command record and
 * one index-row update, reading nothing first (the history cache);
 * the baseline two events, so it writes one event more than the engine. The engine also keeps its queue rows
 * (tags, running clocks) and the report projection, which the baseline does not write.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 10, time = 1)
@Fork(1)
public class StoreBenchmark {
    static final int PER_THREAD = 100;

    /** The database, the store and the engine, shared by the threads. */
    @State(Scope.Benchmark)
    public static class Database {
        Postgres postgres;
        ComplaintEngine engine;
        final AtomicLong keys = new AtomicLong();

        /** Starts the server and the engine with the CBIRC clocks on the mainland calendar. */
        @Setup(Level.Trial)
        public void start() {
            postgres = new Postgres(20);
            engine = ComplaintEngine.builder().store(JdbcComplaintStore.of(postgres.pool())).discoverPlugins(false)
                    .calendar(BusinessCalendar.of(CalendarFile.mainlandChina())).policies(ChinaCbirc.policy())
                    .clock(Clock.fixed(Instant.parse("2026-03-02T01:30:00Z"), ZoneOffset.UTC))
                    .build();
        }

        /**
         * Checks what both contenders wrote before stopping the server: every complaint's version is the number
         * of its events, every event sequence is unbroken, and every command record points inside its
         * complaint's history. A contender that wrote inconsistent rows fails the run.
         *
         * @throws SQLException if the check cannot run
         */
        @TearDown(Level.Trial)
        public void stop() throws SQLException {
            try (Connection c = postgres.pool().getConnection(); var statement = c.createStatement();
                 var rows = statement.executeQuery("SELECT "
                         + "(SELECT count(*) FROM ck_complaint c WHERE c.version <> (SELECT count(*) FROM ck_event e "
                         + "WHERE e.complaint_id = c.complaint_id)), "
                         + "(SELECT count(*) FROM ck_complaint c WHERE c.version <> (SELECT coalesce(max(sequence), 0) "
                         + "FROM ck_event e WHERE e.complaint_id = c.complaint_id)), "
                         + "(SELECT count(*) FROM ck_command k JOIN ck_complaint c ON c.complaint_id = k.complaint_id "
                         + "WHERE k.last_sequence > c.version OR k.first_sequence > k.last_sequence)")) {
                rows.next();
                if (rows.getLong(1) + rows.getLong(2) + rows.getLong(3) != 0) {
                    throw new IllegalStateException("inconsistent rows: " + rows.getLong(1) + " versions differ from "
                            + "event counts, " + rows.getLong(2) + " from the last sequence, " + rows.getLong(3)
                            + " command records point past their complaint");
                }
            } finally {
                postgres.close();
            }
        }
    }

    /** One client thread's complaints, for the engine. */
    @State(Scope.Thread)
    public static class EngineClient {
        final List<ComplaintId> ids = new ArrayList<>();
        boolean[] paused;
        int next;

        /**
         * Registers the thread's complaints and brings them under investigation, afresh for each iteration, so
         * a history stays the length of a real one (ten to thirty events) rather than growing for the whole run.
         */
        @Setup(Level.Iteration)
        public void setUp(Database db) {
            ids.clear();
            next = 0;
            for (int i = 0; i < PER_THREAD; i++) {
                ComplaintId id = db.engine.execute(Fixtures.registration(db.engine.clock().instant())).complaintId();
                for (CommandType type : List.of(CommandType.ACCEPT, CommandType.ASSIGN, CommandType.START_INVESTIGATION)) {
                    db.engine.execute(Commands.of(type, id, Fixtures.HANDLER));
                }
                ids.add(id);
            }
            paused = new boolean[PER_THREAD];
        }

        CommandResult next(Database db) {
            int i = next;
            next = (next + 1) % PER_THREAD;
            CommandType type = paused[i] ? CommandType.RESUME : CommandType.PAUSE;
            paused[i] = !paused[i];
            return db.engine.execute(Commands.of(type, ids.get(i), Fixtures.HANDLER));
        }
    }

    /** One client thread's rows, for the raw-JDBC baseline. */
    @State(Scope.Thread)
    public static class RawClient {
        static final AtomicLong THREADS = new AtomicLong();
        final List<String> ids = new ArrayList<>();
        long[] versions;
        String[] payloads;
        /** The seals the engine stored with the last two events of a paused history, for the baseline's two events. */
        final String[] seals = new String[2];
        /** The index row's status and next due instant after a pause (0) and after a resumption (1). */
        final String[] statuses = new String[2];
        final Long[] due = new Long[2];
        int next;

        /** The engine's history of a complaint under investigation, as stored, to start each row from. */
        List<String> start = List.of();

        /**
         * Inserts the thread's rows afresh for each iteration, each with the history a complaint under
         * investigation has when the engine's clients start, so a reading baseline reads what the engine reads.
         */
        @Setup(Level.Iteration)
        public void setUp(Database db) throws SQLException {
            if (payloads == null) {
                samples(db);
            }
            long round = THREADS.incrementAndGet();
            ids.clear();
            next = 0;
            try (Connection c = db.postgres.pool().getConnection(); PreparedStatement insert = c.prepareStatement(
                    "INSERT INTO ck_complaint (complaint_id, version, status, receiving_unit, handling_unit, "
                            + "customer_ref, received_at, last_changed_at, next_due_at, fingerprint) "
                            + "VALUES (?, ?, 'INVESTIGATING', 'GD-SZ-FT-001', 'GD-SZ', 'CIF1', 0, 0, 1, NULL)");
                 PreparedStatement events = c.prepareStatement("INSERT INTO ck_event (complaint_id, sequence, "
                            + "event_type, occurred_at, payload) VALUES (?, ?, 'Stored', 0, ?)")) {
                for (int i = 0; i < PER_THREAD; i++) {
                    String id = "R-" + round + "-" + i;
                    insert.setString(1, id);
                    insert.setLong(2, start.size());
                    insert.executeUpdate();
                    for (int e = 0; e < start.size(); e++) {
                        events.setString(1, id);
                        events.setLong(2, e + 1);
                        events.setString(3, start.get(e));
                        events.addBatch();
                    }
                    events.executeBatch();
                    ids.add(id);
                }
            }
            versions = new long[PER_THREAD];
            Arrays.fill(versions, start.size());
        }

        /** Takes the engine's own payloads: a history under investigation, and the last two events after a pause. */
        private void samples(Database db) throws SQLException {
            // The last two events of the history after a pause, as the engine stored them (the pause is one of them).
            ComplaintId sample = db.engine.execute(Fixtures.registration(db.engine.clock().instant())).complaintId();
            for (CommandType type : List.of(CommandType.ACCEPT, CommandType.ASSIGN, CommandType.START_INVESTIGATION,
                    CommandType.PAUSE)) {
                db.engine.execute(Commands.of(type, sample, Fixtures.HANDLER));
            }
            List<ComplaintEvent> history = db.engine.hostReads().history(sample);
            List<String> before = new ArrayList<>();
            for (ComplaintEvent event : history.subList(0, history.size() - 2)) {
                before.add(EventCodec.encode(event));
            }
            start = List.copyOf(before);
            payloads = new String[] {EventCodec.encode(history.get(history.size() - 2)),
                EventCodec.encode(history.get(history.size() - 1))};
            try (Connection c = db.postgres.pool().getConnection(); PreparedStatement select = c.prepareStatement(
                    "SELECT seal FROM ck_event WHERE complaint_id = ? AND sequence > ? ORDER BY sequence")) {
                select.setString(1, sample.value());
                select.setLong(2, history.size() - 2);
                try (var rows = select.executeQuery()) {
                    for (int e = 0; e < 2 && rows.next(); e++) {
                        seals[e] = rows.getString(1);
                    }
                }
            }
            readIndex(db, sample, 0);
            db.engine.execute(Commands.of(CommandType.RESUME, sample, Fixtures.HANDLER));
            readIndex(db, sample, 1);
        }

        /** Reads the index row the engine wrote, so the baseline writes the same values. */
        private void readIndex(Database db, ComplaintId sample, int slot) throws SQLException {
            try (Connection c = db.postgres.pool().getConnection(); PreparedStatement select = c.prepareStatement(
                    "SELECT status, next_due_at FROM ck_complaint WHERE complaint_id = ?")) {
                select.setString(1, sample.value());
                try (var rows = select.executeQuery()) {
                    rows.next();
                    statuses[slot] = rows.getString(1);
                    long value = rows.getLong(2);
                    due[slot] = rows.wasNull() ? null : value;
                }
            }
        }

        void next(Database db, boolean read) throws SQLException {
            int i = next;
            next = (next + 1) % PER_THREAD;
            String id = ids.get(i);
            long version = versions[i];
            int slot = (int) ((version - start.size()) / 2 % 2);
            if (read) {
                // What event sourcing must do before it writes: read the complaint's history, in its own round trip.
                try (Connection c = db.postgres.pool().getConnection(); PreparedStatement select = c.prepareStatement(
                        "SELECT payload FROM ck_event WHERE complaint_id = ? ORDER BY sequence")) {
                    select.setString(1, id);
                    try (var rows = select.executeQuery()) {
                        while (rows.next()) {
                            if (rows.getString(1).isEmpty()) {
                                throw new IllegalStateException("an empty event");
                            }
                        }
                    }
                }
            }
            try (Connection c = db.postgres.pool().getConnection()) {
                c.setAutoCommit(false);
                try (PreparedStatement update = c.prepareStatement("UPDATE ck_complaint SET version = ?, status = ?, "
                        + "receiving_unit = ?, handling_unit = ?, customer_ref = ?, received_at = ?, last_changed_at = ?, "
                        + "next_due_at = ?, fingerprint = ?, sweep_leased_until = NULL WHERE complaint_id = ? AND version = ?")) {
                    update.setLong(1, version + 2);
                    update.setString(2, statuses[slot]);
                    update.setString(3, "GD-SZ-FT-001");
                    update.setString(4, "GD-SZ");
                    update.setString(5, "CIF1");
                    update.setLong(6, 0);
                    update.setLong(7, version);
                    if (due[slot] == null) {
                        update.setNull(8, Types.BIGINT);
                    } else {
                        update.setLong(8, due[slot]);
                    }
                    update.setString(9, null);
                    update.setString(10, id);
                    update.setLong(11, version);
                    if (update.executeUpdate() != 1) {
                        throw new IllegalStateException("lost the row");
                    }
                }
                try (PreparedStatement command = c.prepareStatement("INSERT INTO ck_command (idempotency_key, "
                        + "complaint_id, command_type, first_sequence, last_sequence) VALUES (?, ?, ?, ?, ?)")) {
                    command.setString(1, "raw-" + db.keys.incrementAndGet());
                    command.setString(2, id);
                    command.setString(3, "PAUSE");
                    command.setLong(4, version + 1);
                    command.setLong(5, version + 2);
                    command.executeUpdate();
                }
                try (PreparedStatement events = c.prepareStatement("INSERT INTO ck_event (complaint_id, sequence, "
                        + "event_type, occurred_at, payload, seal) VALUES (?, ?, ?, ?, ?, ?)")) {
                    for (int e = 0; e < 2; e++) {
                        events.setString(1, id);
                        events.setLong(2, version + 1 + e);
                        events.setString(3, e == 0 ? "HandlingPaused" : "ClockChanged");
                        events.setLong(4, 0);
                        events.setString(5, payloads[e]);
                        events.setString(6, seals[e]);
                        events.addBatch();
                    }
                    events.executeBatch();
                }
                c.commit();
            }
            versions[i] = version + 2;
        }
    }

    /** @return the command's result */
    @Benchmark
    @Threads(1)
    public CommandResult engine1Thread(Database db, EngineClient client) {
        return client.next(db);
    }

    /** @return the command's result */
    @Benchmark
    @Threads(4)
    public CommandResult engine4Threads(Database db, EngineClient client) {
        return client.next(db);
    }

    /** @return the command's result */
    @Benchmark
    @Threads(16)
    public CommandResult engine16Threads(Database db, EngineClient client) {
        return client.next(db);
    }

    /** The same rows, raw. @throws SQLException if the database fails */
    @Benchmark
    @Threads(1)
    public void rawJdbc1Thread(Database db, RawClient client) throws SQLException {
        client.next(db, false);
    }

    /** The same rows after reading the history, as event sourcing must. @throws SQLException if the database fails */
    @Benchmark
    @Threads(1)
    public void rawReadWrite1Thread(Database db, RawClient client) throws SQLException {
        client.next(db, true);
    }

    /** The same rows, raw. @throws SQLException if the database fails */
    @Benchmark
    @Threads(4)
    public void rawJdbc4Threads(Database db, RawClient client) throws SQLException {
        client.next(db, false);
    }

    /** The same rows after reading the history, as event sourcing must. @throws SQLException if the database fails */
    @Benchmark
    @Threads(4)
    public void rawReadWrite4Threads(Database db, RawClient client) throws SQLException {
        client.next(db, true);
    }

    /** The same rows, raw. @throws SQLException if the database fails */
    @Benchmark
    @Threads(16)
    public void rawJdbc16Threads(Database db, RawClient client) throws SQLException {
        client.next(db, false);
    }

    /** The same rows after reading the history, as event sourcing must. @throws SQLException if the database fails */
    @Benchmark
    @Threads(16)
    public void rawReadWrite16Threads(Database db, RawClient client) throws SQLException {
        client.next(db, true);
    }
}
