package org.complaintkit.benchmarks.lifecycle;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.complaintkit.api.command.CommandType;
import org.complaintkit.api.command.HandlingCommand;
import org.complaintkit.api.complaint.ComplaintId;
import org.complaintkit.api.error.Violation;
import org.complaintkit.core.internal.CommandValidator;
import org.complaintkit.testkit.Commands;
import org.complaintkit.testkit.Fixtures;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Checking a well-formed pause command's constraints both ways the engine can: by the not-null plan compiled
 * once from Hibernate Validator's metadata (the command path), and by Hibernate Validator's reflective walk.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class CommandValidationBenchmark {
    /** Which check: {@code compiled} (the plan) or {@code reflective} (Hibernate Validator). */
    @Param({"compiled", "reflective"})
    public String path;

    private final CommandValidator validator = new CommandValidator();
    private HandlingCommand command;

    /** Builds the command once. */
    @Setup
    public void setUp() {
        command = Commands.of(CommandType.PAUSE, ComplaintId.of("C-validate"), Fixtures.HANDLER);
    }

    /**
     * One check.
     *
     * @return the violations, none
     */
    @Benchmark
    public List<Violation> validate() {
        return path.equals("compiled") ? validator.violations(command) : validator.reflectiveViolations(command);
    }
}
