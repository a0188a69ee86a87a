package org.complaintkit.benchmarks.calendar;

import java.time.LocalDate;
import java.util.List;
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
 * Working days on the mainland-China calendar of 2025, for each contender: add 15 working days to every day of
 * the year, and count the working days between ten thousand random pairs. Scores are per single calculation.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class CalendarBenchmark {
    /** The contender. */
    @Param({"complaintkit", "strata", "objectlab"})
    public String contender;

    private WorkingDays days;
    private LocalDate[] year;
    private LocalDate[][] pairs;

    /** Builds the contender and reports its wrong answers before timing it. */
    @Setup
    public void setUp() {
        days = DayContenders.all().stream().filter(c -> c.name().equals(contender)).findFirst().orElseThrow();
        for (CalendarCrossCheck.Result result : CalendarCrossCheck.check(days)) {
            if (result.wrong() > 0) {
                System.err.println("correctness differences: " + result);
            }
        }
        year = CalendarCrossCheck.everyDay().toArray(LocalDate[]::new);
        List<LocalDate[]> all = CalendarCrossCheck.pairs();
        pairs = all.toArray(LocalDate[][]::new);
    }

    /**
     * Adds 15 working days to every day of the year.
     *
     * @param sink consumes each result
     */
    @Benchmark
    @OperationsPerInvocation(365)
    public void addFifteenWorkingDays(Blackhole sink) {
        for (LocalDate day : year) {
            sink.consume(days.plus(day, 15));
        }
    }

    /**
     * Counts working days between ten thousand pairs.
     *
     * @param sink consumes each result
     */
    @Benchmark
    @OperationsPerInvocation(10_000)
    public void workingDaysBetween(Blackhole sink) {
        for (LocalDate[] pair : pairs) {
            sink.consume(days.between(pair[0], pair[1]));
        }
    }
}
