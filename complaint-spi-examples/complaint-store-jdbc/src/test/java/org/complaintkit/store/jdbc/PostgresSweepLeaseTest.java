package org.complaintkit.store.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.complaintkit.api.error.ErrorCode;
import org.complaintkit.api.error.InvalidInputException;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.complaintkit.api.complaint.ComplaintId;
import org.complaintkit.spi.storage.ComplaintQuery;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/**
 * The sweep lease on PostgreSQL, where one statement leases a whole batch ({@link JdbcComplaintStore#SWEEP_LEASE}):
 * batch bounds and order, leases that run out and are taken over by another node, concurrent leasers on several
 * pools that never hold one complaint at once, and the statement's plan (written to
 * {@code target/sweep-lease-plan.txt}).
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class PostgresSweepLeaseTest {
    private static final long SECOND = 1_000_000_000L;
    private static final Instant T0 = Instant.parse("2026-03-02T00:00:00Z");

    /**
     * Empties the store and inserts {@code rows} open complaints: complaint g (from 1) is due {@code due - g + 1}
     * seconds before T0 when g is at most {@code due}, so C-00000001 is due first; every other one is due
     * within the following year, except each tenth, which has nothing due.
     */
    private static void seed(DataSource db, int rows, int due) throws SQLException {
        Databases.wipe(db);
        long t0 = Nanos.of(T0);
        try (Connection connection = db.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("INSERT INTO ck_complaint (complaint_id, version, status, receiving_unit, customer_ref, "
                    + "received_at, last_changed_at, next_due_at) SELECT 'C-' || lpad(g::text, 8, '0'), 1, "
                    + "'INVESTIGATING', 'U', 'CIF' || (g % 500), " + t0 + ", " + t0 + ", CASE WHEN g <= " + due
                    + " THEN " + t0 + " - (" + due + " - g + 1) * " + SECOND + " WHEN g % 10 = 0 THEN NULL ELSE "
                    + t0 + " + ((g * 7919) % 31536000 + 1) * " + SECOND + " END FROM generate_series(1::bigint, " + rows
                    + "::bigint) AS g");
            statement.execute("ANALYZE ck_complaint");
        }
    }

    private static ComplaintId id(int g) {
        return ComplaintId.of(String.format("C-%08d", g));
    }

    private static List<ComplaintId> ids(int from, int to) {
        List<ComplaintId> out = new ArrayList<>();
        for (int g = from; g <= to; g++) {
            out.add(id(g));
        }
        return out;
    }

    @Test
    void a_batch_is_leased_earliest_due_first_and_never_beyond_its_limit() throws Exception {
        DataSource db = Databases.postgres();
        seed(db, 2_000, 1_200);
        JdbcComplaintStore store = JdbcComplaintStore.of(db);
        assertTrue(store.dialect().sweepLeaseInOneStatement());
        Instant until = T0.plusSeconds(60);

        assertEquals(List.of(id(1)), store.leaseDue(T0, until, 1), "a batch of one is the earliest due");
        assertEquals(ids(2, 8), store.leaseDue(T0, until, 7));
        assertEquals(ids(9, 1_008), store.leaseDue(T0, until, ComplaintQuery.MAX_LIMIT),
                "the largest batch, earliest due first");
        assertEquals(ids(1_009, 1_200), store.leaseDue(T0, until, ComplaintQuery.MAX_LIMIT),
                "what is left; nothing due later and nothing with no due time");
        assertEquals(List.of(), store.leaseDue(T0, until, ComplaintQuery.MAX_LIMIT));
    }

    @Test
    void a_batch_size_outside_one_to_the_query_limit_is_refused_and_leases_nothing() throws Exception {
        DataSource db = Databases.postgres();
        seed(db, 50, 20);
        JdbcComplaintStore store = JdbcComplaintStore.of(db);
        Instant until = T0.plusSeconds(60);
        assertEquals(ErrorCode.OUT_OF_RANGE, assertThrows(InvalidInputException.class,
                () -> store.leaseDue(T0, until, 0)).code(), "a coded refusal, as the developer trial asked (finding 13)");
        assertThrows(InvalidInputException.class, () -> store.leaseDue(T0, until, ComplaintQuery.MAX_LIMIT + 1));
        assertEquals(List.of("until", "limit"), assertThrows(InvalidInputException.class,
                () -> store.leaseDue(T0, T0, 0)).violations().stream().map(v -> v.path()).toList(),
                "a lease must end after now, and every violation is listed");
        assertEquals(ids(1, 20), store.leaseDue(T0, until, 100), "the refused calls leased nothing");
    }

    @Test
    void a_leased_complaint_is_not_leased_again_until_its_lease_ends_and_then_another_node_takes_it_over()
            throws Exception {
        seed(Databases.postgres(), 500, 40);
        try (HikariDataSource poolA = Databases.postgresNode("lease-a", 2);
             HikariDataSource poolB = Databases.postgresNode("lease-b", 2)) {
            JdbcComplaintStore a = JdbcComplaintStore.of(poolA);
            JdbcComplaintStore b = JdbcComplaintStore.of(poolB);
            Instant end = T0.plusSeconds(60);
            assertEquals(ids(1, 25), a.leaseDue(T0, end, 25));
            assertEquals(ids(26, 40), b.leaseDue(T0.plusSeconds(1), T0.plusSeconds(30), 100),
                    "node b takes only what node a does not hold");
            Instant justBefore = end.minusNanos(1);
            assertEquals(ids(26, 40), b.leaseDue(justBefore, justBefore.plusSeconds(60), 100),
                    "b's own leases ran out at 30 s; a's last to their last nanosecond");
            assertEquals(List.of(), a.leaseDue(justBefore, justBefore.plusSeconds(60), 100), "nothing is free");
            assertEquals(ids(1, 25), b.leaseDue(end, end.plusSeconds(60), 100),
                    "at its end instant a's lease is over and node b takes the complaints over");
        }
    }

    /** One lease handed out: the complaint, and the instants the lease ran from and to. */
    private record Grant(ComplaintId id, long from, long until) {
    }

    /**
     * Several leasers on three pools (three nodes) lease batches of random size while their own simulated time
     * runs on, so leases run out and are taken over mid-run. Whatever the interleaving, the leases one complaint
     * was handed never overlap in time, only due complaints are leased, and once every lease has ended all are free.
     */
    @Property(tries = 6)
    void concurrent_leasers_on_several_nodes_never_hold_one_complaint_at_once(
            @ForAll @IntRange(min = 2, max = 6) int leasers, @ForAll @IntRange(min = 1, max = 60) int batch,
            @ForAll @IntRange(min = 1, max = 40) int leaseTicks) throws Exception {
        seed(Databases.postgres(), 3_000, 400);
        long tick = 1_000_000L;
        long t0 = Nanos.of(T0);
        AtomicLong clock = new AtomicLong(t0);
        Queue<Grant> grants = new ConcurrentLinkedQueue<>();
        List<HikariDataSource> pools = new ArrayList<>();
        ExecutorService threads = Executors.newFixedThreadPool(leasers);
        try {
            List<JdbcComplaintStore> nodes = new ArrayList<>();
            for (int n = 0; n < 3; n++) {
                HikariDataSource pool = Databases.postgresNode("leasers-" + n, 2);
                pools.add(pool);
                nodes.add(JdbcComplaintStore.of(pool));
            }
            List<Future<?>> work = new ArrayList<>();
            for (int w = 0; w < leasers; w++) {
                JdbcComplaintStore node = nodes.get(w % nodes.size());
                work.add(threads.submit(() -> {
                    for (int round = 0; round < 40; round++) {
                        long now = clock.addAndGet(tick);
                        long until = now + leaseTicks * tick;
                        for (ComplaintId leased : node.leaseDue(Nanos.toInstant(now), Nanos.toInstant(until), batch)) {
                            grants.add(new Grant(leased, now, until));
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : work) {
                f.get(2, TimeUnit.MINUTES);
            }
        } finally {
            threads.shutdownNow();
            pools.forEach(HikariDataSource::close);
        }
        Map<ComplaintId, List<Grant>> byComplaint = new ConcurrentHashMap<>();
        for (Grant grant : grants) {
            byComplaint.computeIfAbsent(grant.id(), k -> new ArrayList<>()).add(grant);
        }
        for (List<Grant> held : byComplaint.values()) {
            held.sort(Comparator.comparingLong(Grant::from));
            for (int i = 1; i < held.size(); i++) {
                Grant before = held.get(i - 1);
                Grant after = held.get(i);
                assertTrue(after.from() >= before.until(), () -> after.id() + " leased at " + after.from()
                        + " while an earlier lease held it until " + before.until());
            }
        }
        assertFalse(byComplaint.isEmpty());
        assertTrue(ids(1, 400).containsAll(byComplaint.keySet()), "only due complaints are leased");
        Instant afterAll = Nanos.toInstant(clock.get() + leaseTicks * tick);
        assertEquals(ids(1, 400), JdbcComplaintStore.of(Databases.postgres()).leaseDue(afterAll,
                afterAll.plusSeconds(60), ComplaintQuery.MAX_LIMIT), "once every lease has ended, every due complaint is free");
    }

    /**
     * The plan of the statement, custom (parameters known) and generic (the plan PostgreSQL may keep for the driver's
     * server-prepared statement), each executed with {@code EXPLAIN (ANALYZE, BUFFERS)} in a transaction rolled
     * back. 50,000 complaints in every build; {@code -Dsweep.plan.rows=1000000} for the figure in
     * docs/performance.md.
     */
    @Test
    void the_sweep_lease_reads_the_due_index_and_never_scans_the_table() throws Exception {
        int complaints = Integer.getInteger("sweep.plan.rows", 50_000);
        DataSource db = Databases.postgres();
        seed(db, complaints, 100);
        long t0 = Nanos.of(T0);
        String numbered = JdbcComplaintStore.SWEEP_LEASE;
        for (int n = 1; numbered.contains("?"); n++) {
            numbered = numbered.replaceFirst("\\?", "\\$" + n);
        }
        String arguments = t0 + ", " + t0 + ", 100, " + (t0 + 60 * SECOND) + ", " + t0 + ", " + t0;
        List<String> report = new ArrayList<>();
        try (Connection connection = db.getConnection(); Statement statement = connection.createStatement()) {
            connection.setAutoCommit(false);
            try {
                for (String mode : List.of("force_custom_plan", "force_generic_plan")) {
                    statement.execute("SAVEPOINT plan");
                    statement.execute("SET LOCAL plan_cache_mode = " + mode);
                    statement.execute("PREPARE sweep_lease (bigint, bigint, int, bigint, bigint, bigint) AS " + numbered);
                    List<String> plan = new ArrayList<>();
                    try (ResultSet rows = statement.executeQuery(
                            "EXPLAIN (ANALYZE, BUFFERS) EXECUTE sweep_lease (" + arguments + ")")) {
                        while (rows.next()) {
                            plan.add(rows.getString(1));
                        }
                    }
                    statement.execute("DEALLOCATE sweep_lease");
                    statement.execute("ROLLBACK TO SAVEPOINT plan");
                    String text = String.join("\n", plan);
                    report.add(mode + " (" + complaints + " open complaints, 100 due):\n" + text);
                    assertTrue(text.contains("ck_complaint_due"), mode + ": the due index chooses the batch\n" + text);
                    assertFalse(text.contains("Seq Scan"), mode + ": no sequential scan\n" + text);
                    assertTrue(text.contains("LockRows"), mode + ": the chosen rows are locked\n" + text);
                    assertTrue(text.lines().findFirst().orElseThrow().matches(".*actual .*rows=100(\\.00)? .*"),
                            mode + ": a hundred rows leased\n" + text);
                }
            } finally {
                connection.rollback();
                connection.setAutoCommit(true);
            }
        }
        Path out = Path.of("target", "sweep-lease-plan.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, JdbcComplaintStore.SWEEP_LEASE + "\n\n" + String.join("\n\n", report) + "\n",
                StandardCharsets.UTF_8);
    }
}
