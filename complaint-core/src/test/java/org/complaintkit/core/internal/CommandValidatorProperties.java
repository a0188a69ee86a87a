package org.complaintkit.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.complaintkit.api.command.AcceptComplaint;
import org.complaintkit.api.command.AssignComplaint;
import org.complaintkit.api.command.CommandType;
import org.complaintkit.api.command.ComplaintCommand;
import org.complaintkit.api.command.PauseHandling;
import org.complaintkit.api.command.RegisterComplaint;
import org.complaintkit.api.command.ResumeHandling;
import org.complaintkit.api.complaint.ComplaintId;
import org.complaintkit.api.error.ErrorCode;
import org.complaintkit.api.error.InvalidInputException;
import org.complaintkit.api.error.Violation;
import org.complaintkit.testkit.Commands;
import org.complaintkit.testkit.Fixtures;
import org.junit.jupiter.api.Test;

/**
 * The validator's compiled not-null plans find what Hibernate Validator finds, for every command type: the same
 * violations, codes, paths and messages, in the same order, on commands with any of their components missing or
 * their texts blank or overlong.
 */
class CommandValidatorProperties {
    private static final CommandValidator VALIDATOR = new CommandValidator();
    private static final ComplaintId ID = ComplaintId.of("C-validate");

    @Property(tries = 1500)
    void theCompiledChecksFindWhatHibernateValidatorFinds(@ForAll("types") CommandType type,
                                                           @ForAll("masks") List<Integer> changes) throws Exception {
        ComplaintCommand command = changed(valid(type), changes);
        Assume.that(command != null);
        List<Violation> fast = VALIDATOR.violations(command);
        Statistics.label("path").collect(VALIDATOR.checksWithoutReflection(command.getClass()) ? "compiled" : "reflective");
        Statistics.label("violations").collect(fast.isEmpty() ? "none" : "some");
        assertEquals(VALIDATOR.reflectiveViolations(command), fast, type.label());
    }

    @Test
    void mostHandlingCommandsAreCheckedWithoutReflection() {
        assertTrue(VALIDATOR.checksWithoutReflection(PauseHandling.class));
        assertTrue(VALIDATOR.checksWithoutReflection(ResumeHandling.class));
        assertTrue(VALIDATOR.checksWithoutReflection(AcceptComplaint.class));
        assertFalse(VALIDATOR.checksWithoutReflection(AssignComplaint.class), "a list's elements are validated");
        assertFalse(VALIDATOR.checksWithoutReflection(RegisterComplaint.class), "a registration has patterns and sizes");
    }

    @Test
    void aMissingComponentIsRequiredAtItsPath() {
        List<Violation> found = VALIDATOR.violations(new PauseHandling(null, Fixtures.HANDLER, null, null, null));
        assertEquals(List.of("complaintId", "idempotencyKey", "reason"), found.stream().map(Violation::path).toList());
        assertTrue(found.stream().allMatch(v -> v.code() == ErrorCode.REQUIRED));
        assertEquals(VALIDATOR.reflectiveViolations(new PauseHandling(null, Fixtures.HANDLER, null, null, null)), found);
    }

    @Provide
    Arbitrary<CommandType> types() {
        return Arbitraries.of(CommandType.class);
    }

    /** Per change: a component's index and what becomes of it (null, blank, overlong). */
    @Provide
    Arbitrary<List<Integer>> masks() {
        return Arbitraries.integers().between(0, 40).list().ofMaxSize(4);
    }

    private static ComplaintCommand valid(CommandType type) {
        if (type == CommandType.REGISTER) {
            return Fixtures.registration(Instant.parse("2026-03-02T01:30:00Z"));
        }
        try {
            return Commands.of(type, ID, Fixtures.HANDLER);
        } catch (RuntimeException unknown) {
            return null;
        }
    }

    /** The command with some components changed, or null if its constructor refuses them. */
    private static ComplaintCommand changed(ComplaintCommand command, List<Integer> changes) throws Exception {
        if (command == null) {
            return null;
        }
        RecordComponent[] components = command.getClass().getRecordComponents();
        Object[] values = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            values[i] = components[i].getAccessor().invoke(command);
        }
        for (int change : changes) {
            int i = change % components.length;
            Class<?> kind = components[i].getType();
            switch (change / components.length % 3) {
                case 0 -> values[i] = kind.isPrimitive() ? values[i] : null;
                case 1 -> values[i] = kind == String.class ? " " : values[i];
                default -> values[i] = kind == String.class ? "x".repeat(5000) : values[i];
            }
        }
        Constructor<?> canonical = command.getClass().getDeclaredConstructor(
                Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
        try {
            return (ComplaintCommand) canonical.newInstance(values);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof InvalidInputException || e.getCause() instanceof NullPointerException
                    || e.getCause() instanceof IllegalArgumentException) {
                return null;
            }
            throw e;
        }
    }
}
