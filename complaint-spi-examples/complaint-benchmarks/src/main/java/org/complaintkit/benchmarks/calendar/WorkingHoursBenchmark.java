package org.complaintkit.benchmarks.calendar;

import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Eight working hours (09:00 to 17:00, London, 2025 bank holidays, both daylight-saving changes) added to a
 * thousand instants, for ComplaintKit and jBPM's {@code BusinessCalendarImpl}. Scores are per single
 * calculation.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class WorkingHoursBenchmark {
    /** The contender. */
    @Param({"complaintkit", "jbpm"})
    public String contender;

    private WorkingTime time;
    private Instant[] starts;

    /** Builds the contender and reports its wrong answers before timing it. */
    @Setup
    public void setUp() {
        time = TimeContenders.all().stream().filter(c -> c.name().equals(contender)).findFirst().orElseThrow();
        CalendarCrossCheck.Result result = CalendarCrossCheck.check(time);
        if (result.wrong() > 0 || result.byConvention() > 0) {
            System.err.println("correctness differences: " + result);
        }
        starts = TimeContenders.starts().toArray(Instant[]::new);
    }

    /**
     * Adds eight working hours to a thousand instants.
     *
     * @param sink consumes each result
     */
    @Benchmark
    @OperationsPerInvocation(1_000)
    public void addEightWorkingHours(Blackhole sink) {
        for (Instant start : starts) {
            sink.consume(time.plusEightHours(start));
        }
    }
}
