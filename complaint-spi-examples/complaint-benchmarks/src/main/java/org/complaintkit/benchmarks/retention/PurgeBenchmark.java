package org.complaintkit.benchmarks.retention;

import java.time.Clock;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import com.zaxxer.hikari.HikariDataSource;
import org.complaintkit.api.complaint.ComplaintId;
import org.complaintkit.api.event.ComplaintRegistered;
import org.complaintkit.api.retention.Disposal;
import org.complaintkit.api.retention.RecordKind;
import org.complaintkit.api.retention.RetentionPolicy;
import org.complaintkit.api.retention.RetentionRule;
import org.complaintkit.benchmarks.store.Postgres;
import org.complaintkit.core.engine.ComplaintEngine;
import org.complaintkit.core.integrity.EventSealer;
import org.complaintkit.core.retention.PurgeReport;
import org.complaintkit.core.retention.PurgeRequest;
import org.complaintkit.core.retention.RetentionPresets;
import org.complaintkit.spi.retention.PurgeLedger;
import org.complaintkit.spi.storage.ComplaintQuery;
import org.complaintkit.store.jdbc.JdbcComplaintStore;
import org.complaintkit.store.jdbc.JdbcPersonalDataKeys;
import org.openjdk.jmh.annotations.AuxCounters;
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
 * The retention purge's rate on PostgreSQL (issue 27 item 4): {@code engine.purge} over a store of closed complaints
 * whose three-year period has run out, each with its settled notices (delivered, or dead letters) and command
 * records past their periods, in
 * batches of {@code batchSize}, under the mainland preset with the complaint files either deleted whole
 * ({@code disposal=delete}) or kept with their personal data erased by crypto-shredding ({@code disposal=erase}; the
 * keys in a database of their own on the same server, {@link JdbcPersonalDataKeys}).
 *
 * <p>Each iteration fills the store afresh ({@link ExpiredComplaints}: copies of engine-made complaints of about ten
 * events, written with COPY, not timed) and then times one purge, single shot. The purge's three steps are run as
 * three purges in its own order, so each is timed apart: the settled notices (a policy that keeps everything
 * else), the command records (one that keeps the files), then the files. The score is the three together; the
 * counters are each step's rate, per second. The report's counts are checked against what was written, and after
 * the run every complaint is gone (delete) or erased (erase), and a sample of the erased chains verify.
 *
 * <p>The rate counters are events read once: measure one iteration ({@code -i 1}, the default), as a later
 * iteration's rates would be added to the first's.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g"})
public class PurgeBenchmark {
    /** Expired closed complaints in the store. */
    @Param({"20000"})
    public int complaints;

    /** What becomes of an expired file: {@code delete} whole, or {@code erase} its personal data. */
    @Param({"delete", "erase"})
    public String disposal;

    /** The purge's batch size ({@link PurgeRequest#withBatchSize}). */
    @Param({"200"})
    public int batchSize;

    static final Instant NOW = Instant.parse("2026-03-02T01:30:00Z");
    static final int TEMPLATES = 20;
    static final EventSealer SEALER = EventSealer.sha256();

    private Postgres postgres;
    private HikariDataSource keyPool;
    private ExpiredComplaints expired;
    ExpiredComplaints.Filled filled;
    ComplaintEngine engine;
    private PurgeReport last;

    /** Each step's rate, per second: events read once, so measured in one iteration. */
    @AuxCounters(AuxCounters.Type.EVENTS)
    @State(Scope.Thread)
    public static class Rates {
        /** Expired complaints disposed of per second. */
        public double complaintsPerSecond;
        /** Settled outbox entries (delivered notices and dead letters) deleted per second. */
        public double outboxEntriesPerSecond;
        /** Command records deleted per second. */
        public double commandRecordsPerSecond;

        /** Clears the rates before an iteration. */
        @Setup(Level.Iteration)
        public void clear() {
            complaintsPerSecond = 0;
            outboxEntriesPerSecond = 0;
            commandRecordsPerSecond = 0;
        }
    }

    /** Starts the server and the key database and makes the templates. */
    @Setup(Level.Trial)
    public void start() {
        postgres = new Postgres(4);
        keyPool = postgres.newDatabase("ck_keys", 4);
        JdbcPersonalDataKeys.migrate(keyPool);
        expired = new ExpiredComplaints(postgres.pool(), keyPool, SEALER, TEMPLATES);
    }

    /** Fills the store for one purge. */
    @Setup(Level.Iteration)
    public void fill() {
        long started = System.nanoTime();
        filled = expired.fill(complaints);
        engine = ExpiredComplaints.engine(postgres.pool(), keyPool, SEALER, Clock.fixed(NOW, ZoneOffset.UTC));
        System.out.printf("%nfilled %,d complaints, %,d events, %,d settled notices, %,d command records in %.1f s%n",
                filled.complaints(), filled.events(), filled.outboxEntries(), filled.commandRecords(),
                (System.nanoTime() - started) / 1e9);
    }

    /**
     * Purges every expired record: notices, command records, then the files.
     *
     * @param rates where each step's rate goes
     * @return the last step's report
     */
    @Benchmark
    public PurgeReport purge(Rates rates) {
        AtomicLong ledgered = new AtomicLong();
        PurgeLedger ledger = entry -> ledgered.incrementAndGet();
        RetentionPolicy base = RetentionPresets.mainlandChina();
        RetentionRule keepFiles = RetentionRule.of(RecordKind.COMPLAINT_FILE, Period.ZERO, Disposal.KEEP_FOREVER);
        RetentionPolicy noticesOnly = base.with(keepFiles)
                .with(RetentionRule.of(RecordKind.COMMAND_RECORD, Period.ZERO, Disposal.KEEP_FOREVER));
        RetentionPolicy commandsToo = base.with(keepFiles);
        RetentionPolicy all = base.with(new RetentionRule(RecordKind.COMPLAINT_FILE, Period.ofYears(3),
                Period.ofYears(3), "erase".equals(disposal) ? Disposal.ERASE_PERSONAL_DATA : Disposal.DELETE,
                "PBOC 2020 Art. 28; PIPL Art. 47"));

        long t0 = System.nanoTime();
        PurgeReport notices = engine.purge(request(noticesOnly, ledger));
        long t1 = System.nanoTime();
        PurgeReport commands = engine.purge(request(commandsToo, ledger));
        long t2 = System.nanoTime();
        PurgeReport files = engine.purge(request(all, ledger));
        long t3 = System.nanoTime();

        long settled = notices.deliveredNotices() + notices.deadNotices();
        rates.outboxEntriesPerSecond = settled / ((t1 - t0) / 1e9);
        rates.commandRecordsPerSecond = commands.commandRecords() / ((t2 - t1) / 1e9);
        long disposed = files.complaintsDeleted() + files.complaintsErased();
        rates.complaintsPerSecond = disposed / ((t3 - t2) / 1e9);
        check(settled == filled.outboxEntries(), "settled notices purged " + settled + " of "
                + filled.outboxEntries());
        check(commands.commandRecords() == filled.commandRecords(), "command records purged "
                + commands.commandRecords() + " of " + filled.commandRecords());
        check(disposed == complaints && ledgered.get() == complaints && files.finished(), "complaints disposed of "
                + disposed + ", ledgered " + ledgered.get() + ", of " + complaints);
        System.out.printf("%n%s, batch %d: %,d settled notices in %.2f s (%,.0f/s), %,d command records in %.2f s (%,.0f/s), "
                        + "%,d complaints in %.2f s (%,.0f/s)%n", disposal, batchSize, settled,
                (t1 - t0) / 1e9, rates.outboxEntriesPerSecond, commands.commandRecords(), (t2 - t1) / 1e9,
                rates.commandRecordsPerSecond, disposed, (t3 - t2) / 1e9, rates.complaintsPerSecond);
        last = files;
        return files;
    }

    private PurgeRequest request(RetentionPolicy policy, PurgeLedger ledger) {
        return PurgeRequest.of(policy, null, ledger).withBatchSize(batchSize);
    }

    /** Checks what the purge left: nothing (delete), or every file erased with a sample of chains intact (erase). */
    @TearDown(Level.Iteration)
    public void checkLeft() {
        JdbcComplaintStore store = JdbcComplaintStore.of(postgres.pool());
        if ("delete".equals(disposal)) {
            check(store.query(ComplaintQuery.all(1)).ids().isEmpty(),
                    "complaints left after a purge that deletes");
            return;
        }
        check(last.complaintsErased() == complaints, "erased " + last.complaintsErased());
        for (int i : List.of(0, complaints / 2, complaints - 1)) {
            ComplaintId id = ComplaintId.of(ExpiredComplaints.id(i));
            check(engine.verify(id).intact(), "the chain of erased complaint " + id + " verifies");
            check(engine.hostReads().history(id).get(0) instanceof ComplaintRegistered r
                    && r.registration().complainant().name().isErased(), id + " reads as erased");
        }
    }

    /** Stops the server. */
    @TearDown(Level.Trial)
    public void stop() {
        keyPool.close();
        postgres.close();
    }

    private static void check(boolean holds, String what) {
        if (!holds) {
            throw new IllegalStateException("the purge benchmark's check failed: " + what);
        }
    }
}
