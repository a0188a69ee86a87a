package org.complaintkit.benchmarks.lifecycle;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.complaintkit.benchmarks.lifecycle.Model.Event;
import org.complaintkit.benchmarks.lifecycle.Model.State;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The lifecycle on the shared model, for each contender: (a) transitions on a long-lived machine, round the
 * eight-command cycle through both guards; (b) rehydrate and fire, the real workload: a stored complaint's
 * state, one command; (c) the cost of refusing a command the model has no transition for.
 */
@org.openjdk.jmh.annotations.State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class LifecycleBenchmark {
    /** The contender. */
    @Param({"complaintkit", "stateless4j", "squirrel", "spring-statemachine"})
    public String contender;

    private LifecycleContender machine;
    private Event[] cycle;
    private List<Model.Transition> legal;
    private List<Model.Transition> illegal;
    private int step;

    /** Builds the contender and refuses to time it until it answers as the model does. */
    @Setup
    public void setUp() {
        machine = LifecycleCrossCheck.create(contender);
        List<LifecycleCrossCheck.Difference> differences = LifecycleCrossCheck.check(machine);
        if (!differences.isEmpty()) {
            System.err.println("correctness differences for " + contender + ": " + differences.size());
            differences.stream().limit(20).forEach(d -> System.err.println("  " + d));
        }
        machine.reset(State.INVESTIGATING);
        cycle = Model.CYCLE.toArray(Event[]::new);
        legal = LifecycleCrossCheck.legal();
        illegal = LifecycleCrossCheck.illegal();
    }

    /**
     * (a) One transition on a long-lived machine.
     *
     * @return the state after
     */
    @Benchmark
    public State longLivedTransition() {
        return machine.fire(cycle[step++ & 7], Model.PASSING);
    }

    /**
     * (b) Rehydrate a stored complaint's state and fire one command.
     *
     * @return the state after
     */
    @Benchmark
    public State rehydrateAndFire() {
        Model.Transition t = legal.get(Math.floorMod(step++, legal.size()));
        return machine.fireFrom(t.from(), t.event(), Model.PASSING);
    }

    /**
     * (c) Refuse a command the complaint's state does not allow.
     *
     * @return null, the refusal
     */
    @Benchmark
    public State rejectIllegalCommand() {
        Model.Transition t = illegal.get(Math.floorMod(step++, illegal.size()));
        return machine.fireFrom(t.from(), t.event(), Model.PASSING);
    }
}
