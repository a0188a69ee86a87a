package org.complaintkit.benchmarks.memory;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.complaintkit.api.command.CommandType;
import org.complaintkit.api.complaint.ComplaintId;
import org.complaintkit.core.engine.ComplaintEngine;
import org.complaintkit.core.store.InMemoryComplaintStore;
import org.complaintkit.testkit.Commands;
import org.complaintkit.testkit.Fixtures;
import org.openjdk.jmh.annotations.AuxCounters;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * Retained heap per complaint in the in-memory store: 20,000 complaints of ten events each (registration,
 * acceptance, assignment, investigation, pause, resumption, proposal, approval, response, satisfaction; the
 * fixture's short texts), measured as the heap in use after full collections, before and after, divided by the
 * number of complaints. Reported as the {@code bytesPerComplaint} counter of one single-shot run (JMH sums
 * event counters over iterations, so there is one measured iteration after one warm-up).
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g", "-XX:+UseSerialGC"})
@State(Scope.Thread)
public class RetainedHeapBenchmark {
    static final int COMPLAINTS = 20_000;
    static final List<CommandType> PATH = List.of(CommandType.ACCEPT, CommandType.ASSIGN,
            CommandType.START_INVESTIGATION, CommandType.PAUSE, CommandType.RESUME, CommandType.PROPOSE_RESOLUTION,
            CommandType.APPROVE_RESOLUTION, CommandType.RESPOND, CommandType.RECORD_SATISFACTION);

    /** What a run measured. */
    @AuxCounters(AuxCounters.Type.EVENTS)
    @State(Scope.Thread)
    public static class Retained {
        /** Retained bytes per complaint. */
        public long bytesPerComplaint;
        /** Events per complaint, to show the run stored what it says. */
        public long eventsPerComplaint;

        /** Clears the counters. */
        @Setup(Level.Iteration)
        public void clear() {
            bytesPerComplaint = 0;
            eventsPerComplaint = 0;
        }
    }

    private InMemoryComplaintStore kept;

    private static long usedAfterGc() {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        for (int i = 0; i < 4; i++) {
            System.gc();
        }
        return memory.getHeapMemoryUsage().getUsed();
    }

    /**
     * Fills a store and measures what it retains.
     *
     * @param retained the counters
     * @return the store, kept alive until measured
     */
    @Benchmark
    public InMemoryComplaintStore tenEventComplaints(Retained retained) {
        kept = null;
        long before = usedAfterGc();
        InMemoryComplaintStore store = new InMemoryComplaintStore();
        ComplaintEngine engine = ComplaintEngine.builder().store(store).discoverPlugins(false).build();
        ComplaintId last = null;
        for (int i = 0; i < COMPLAINTS; i++) {
            ComplaintId id = engine.execute(Fixtures.registration(engine.clock().instant())).complaintId();
            for (CommandType type : PATH) {
                engine.execute(Commands.of(type, id, type == CommandType.APPROVE_RESOLUTION ? Fixtures.APPROVER
                        : Fixtures.HANDLER));
            }
            last = id;
        }
        engine = null;
        kept = store;
        long after = usedAfterGc();
        retained.bytesPerComplaint = (after - before) / COMPLAINTS;
        retained.eventsPerComplaint = kept.load(last).size();
        return kept;
    }
}
