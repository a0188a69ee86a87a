package org.complaintkit.benchmarks.store;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.complaintkit.api.complaint.ComplaintId;
import org.complaintkit.spi.storage.ComplaintStore;
import org.complaintkit.store.jdbc.JdbcComplaintStore;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The sweep's query: find and lease the 100 complaints whose clocks are due now, among 10,000, 100,000 and
 * 1,000,000 open complaints in PostgreSQL whose clocks fall due over the next year. It must stay flat: the
 * index on the next due instant finds the due rows without reading the others. Each lease ends a microsecond
 * after it is taken, so every invocation leases the same hundred rows afresh.
 *
 * <p>Two leases are measured in one run: {@code oneStatement}, the store's ({@code JdbcComplaintStore.leaseDue}:
 * one statement for the batch), and {@code rowByRow}, the lease it replaced ({@link RowByRowLease}: a select,
 * then an update a row). The table is seeded with one {@code INSERT ... SELECT ... FROM generate_series}, not
 * through the engine: the lease reads only the index row.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class SweepBenchmark {
    /** Open complaints in the table. */
    @Param({"10000", "100000", "1000000"})
    public int openComplaints;

    /** Which lease: the store's one statement, or the row-by-row lease it replaced. */
    @Param({"rowByRow", "oneStatement"})
    public String lease;

    static final int DUE = 100;
    static final Instant NOW = Instant.parse("2026-03-02T01:30:00Z");

    private Postgres postgres;
    private ComplaintStore store;
    private RowByRowLease rowByRow;
    private List<ComplaintId> due;
    private long sweeps;

    /** Fills the table: DUE rows due before now, the rest due over the next year. */
    @Setup(Level.Trial)
    public void setUp() {
        postgres = new Postgres(4);
        long now = NOW.getEpochSecond() * 1_000_000_000L;
        long year = 365L * 24 * 3600 * 1_000_000_000L;
        postgres.execute("INSERT INTO ck_complaint (complaint_id, version, status, receiving_unit, handling_unit, "
                + "customer_ref, received_at, last_changed_at, next_due_at, fingerprint) "
                + "SELECT 'C-' || lpad(g::text, 8, '0'), 5, 'INVESTIGATING', 'GD-SZ-FT-001', 'GD-SZ', "
                + "'CIF' || (g % 50000), " + (now - year) + ", " + now + ", "
                + "CASE WHEN g <= " + DUE + " THEN " + now + " - g * 1000000000 ELSE " + now + " + ((g * 7919) % 1000000) * ("
                + year + " / 1000000) + 1 END, NULL FROM generate_series(1::bigint, " + openComplaints + "::bigint) AS g");
        postgres.execute("ANALYZE ck_complaint");
        store = JdbcComplaintStore.of(postgres.pool());
        rowByRow = new RowByRowLease(postgres.pool());
        List<ComplaintId> first = leaseDue(NOW, NOW.plusNanos(1_000));
        if (first.size() != DUE) {
            throw new IllegalStateException("expected " + DUE + " due complaints, leased " + first.size());
        }
        due = first;
    }

    /** Stops the server. */
    @TearDown(Level.Trial)
    public void stop() {
        postgres.close();
    }

    /**
     * Finds and leases the complaints due now.
     *
     * @return the leased ids
     */
    @Benchmark
    public List<ComplaintId> leaseDueClocks() {
        // Each sweep comes a millisecond after the last and leases for a microsecond: the same rows, free again.
        Instant now = NOW.plusMillis(++sweeps);
        List<ComplaintId> leased = leaseDue(now, now.plusNanos(1_000));
        if (!leased.equals(due)) {
            throw new IllegalStateException("leased " + leased.size() + ", not the " + DUE + " due, earliest first");
        }
        return leased;
    }

    private List<ComplaintId> leaseDue(Instant now, Instant until) {
        return "rowByRow".equals(lease) ? rowByRow.leaseDue(now, until, DUE) : store.leaseDue(now, until, DUE);
    }
}
