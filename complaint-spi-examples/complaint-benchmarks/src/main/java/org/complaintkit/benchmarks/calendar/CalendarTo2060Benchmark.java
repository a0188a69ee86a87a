package org.complaintkit.benchmarks.calendar;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.concurrent.TimeUnit;
import org.complaintkit.api.calendar.CalendarDefinition;
import org.complaintkit.core.calendar.BusinessCalendar;
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
 * Building the calendar to 2060 ({@link CalendarTo2060}): provisional years make a calendar's horizon long, and
 * a host builds it once at start-up. {@code buildTo2060} times one build of the index from a definition already
 * read, single shot in a fresh JVM each fork, so the code runs cold as at start-up; {@code readAndBuildTo2060}
 * also reads the calendar file and the statutory table. {@code indexTo2060} reports the index's size as its
 * {@code indexBytes} counter, and the heap it retains as {@code retainedBytes} (its time is not a figure). Targets (issue 26): the build under 100 ms, the index
 * under 2 MB.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(5)
public class CalendarTo2060Benchmark {
    private CalendarDefinition definition;

    /** What {@code indexTo2060} measured. */
    @AuxCounters(AuxCounters.Type.EVENTS)
    @State(Scope.Thread)
    public static class Index {
        /** Bytes the built calendar holds beyond its definition, counted object by object. */
        public long indexBytes;
        /** The heap in use after full collections, after the build less before it: the cross-check. */
        public long retainedBytes;

        /** Clears the counters. */
        @Setup(Level.Iteration)
        public void clear() {
            indexBytes = 0;
            retainedBytes = 0;
        }
    }

    /** Reads the definition, outside the measured shot. */
    @Setup(Level.Trial)
    public void read() {
        definition = CalendarTo2060.definition();
    }

    /**
     * Builds the calendar's index from the definition.
     *
     * @return the calendar
     */
    @Benchmark
    public BusinessCalendar buildTo2060() {
        return BusinessCalendar.of(definition);
    }

    /**
     * Reads the calendar file and the statutory table and builds the calendar: what a host's start-up pays.
     *
     * @return the calendar
     */
    @Benchmark
    public BusinessCalendar readAndBuildTo2060() {
        return BusinessCalendar.of(CalendarTo2060.definition());
    }

    private static long usedAfterGc() {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        for (int i = 0; i < 4; i++) {
            System.gc();
        }
        return memory.getHeapMemoryUsage().getUsed();
    }

    /**
     * Builds the calendar and measures its index two ways: object by object, and as the heap in use after full
     * collections before and after the build (as {@code RetainedHeapBenchmark} does), with the serial collector,
     * which keeps a large array in its own size, after one build in the warm-up (the first build in a JVM also
     * frees what start-up left).
     *
     * @param index the counters
     * @return the calendar
     */
    @Benchmark
    @Warmup(iterations = 1)
    @Fork(value = 1, jvmArgsAppend = {"-Xmx1g", "-XX:+UseSerialGC"})
    public BusinessCalendar indexTo2060(Index index) {
        long before = usedAfterGc();
        BusinessCalendar calendar = BusinessCalendar.of(definition);
        index.retainedBytes = usedAfterGc() - before;
        index.indexBytes = CalendarTo2060.indexBytes(calendar);
        return calendar;
    }
}
