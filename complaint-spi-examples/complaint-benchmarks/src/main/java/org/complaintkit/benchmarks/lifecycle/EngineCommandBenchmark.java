package org.complaintkit.benchmarks.lifecycle;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.complaintkit.api.command.CommandResult;
import org.complaintkit.api.command.CommandType;
import org.complaintkit.api.complaint.ComplaintId;
import org.complaintkit.core.engine.ComplaintEngine;
import org.complaintkit.core.integrity.EventSealer;
import org.complaintkit.core.store.InMemoryComplaintStore;
import org.complaintkit.testkit.Commands;
import org.complaintkit.testkit.Fixtures;
import org.complaintkit.testkit.ForwardingStore;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * ComplaintKit's whole command path, to set beside the peers' bare rehydrate-and-fire: the engine loads a
 * stored complaint from the in-memory store, folds its events, validates the command, checks access and the
 * lifecycle, writes the event and appends it with the index row and the command record. Each iteration
 * starts from 2,000 fresh complaints under investigation, which the benchmark pauses and resumes in turn.
 * {@code projections} says whether the store keeps report projections (the in-memory store does), so the
 * projection's share of a command can be read as the difference of the two.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class EngineCommandBenchmark {
    private static final int COMPLAINTS = 2_000;
    private ComplaintEngine engine;
    private final List<ComplaintId> ids = new ArrayList<>();
    private boolean[] paused;
    private int next;

    /** Whether the store keeps report projections, so that each append carries one. */
    @Param({"true", "false"})
    public boolean projections;

    /** A fresh engine and complaints, so histories stay a realistic length. */
    @Setup(Level.Iteration)
    public void setUp() {
        boolean keep = projections;
        ForwardingStore store = new ForwardingStore(new InMemoryComplaintStore()) {
            @Override
            public boolean keepsProjections() {
                return keep;
            }
        };
        engine = ComplaintEngine.builder().store(store).sealer(EventSealer.sha256()).discoverPlugins(false).build();
        ids.clear();
        for (int i = 0; i < COMPLAINTS; i++) {
            ComplaintId id = engine.execute(Fixtures.registration(engine.clock().instant())).complaintId();
            for (CommandType type : List.of(CommandType.ACCEPT, CommandType.ASSIGN, CommandType.START_INVESTIGATION)) {
                engine.execute(Commands.of(type, id, Fixtures.HANDLER));
            }
            ids.add(id);
        }
        paused = new boolean[COMPLAINTS];
        next = 0;
    }

    /**
     * One command through the engine.
     *
     * @return the result
     */
    @Benchmark
    public CommandResult engineCommand() {
        int i = next;
        next = (next + 1) % COMPLAINTS;
        CommandType type = paused[i] ? CommandType.RESUME : CommandType.PAUSE;
        paused[i] = !paused[i];
        return engine.execute(Commands.of(type, ids.get(i), Fixtures.HANDLER));
    }
}
