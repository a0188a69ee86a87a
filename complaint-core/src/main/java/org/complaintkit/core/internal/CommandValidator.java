package org.complaintkit.core.internal;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.complaintkit.api.command.ComplaintCommand;
import org.complaintkit.api.error.ErrorCode;
import org.complaintkit.api.error.Violation;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * Runs Jakarta Validation (Hibernate Validator) over a command and turns each constraint violation
 * into a {@link Violation} with a stable code. Messages come from the constraint's default template
 * without expression language, and never quote the rejected value. Thread-safe.
 *
 * <p>A command type whose constraints are only not-null checks on its components (and on the records it cascades
 * into, such as its actor), most handling commands, is checked by a {@link NotNullPlan} compiled once from the
 * validator's own metadata: the same violations, without the validator's reflective walk on every command.
 * {@link #reflectiveViolations} is the validator alone, for the property that holds the two equal and for
 * measuring both.
 */
public final class CommandValidator implements AutoCloseable {
    private static final Map<String, ErrorCode> CODES = Map.ofEntries(
            Map.entry("NotNull", ErrorCode.REQUIRED),
            Map.entry("NotBlank", ErrorCode.BLANK),
            Map.entry("NotEmpty", ErrorCode.BLANK),
            Map.entry("Pattern", ErrorCode.BAD_FORMAT),
            Map.entry("Email", ErrorCode.BAD_FORMAT),
            Map.entry("Min", ErrorCode.OUT_OF_RANGE),
            Map.entry("Max", ErrorCode.OUT_OF_RANGE),
            Map.entry("Positive", ErrorCode.OUT_OF_RANGE),
            Map.entry("PositiveOrZero", ErrorCode.OUT_OF_RANGE),
            Map.entry("DecimalMin", ErrorCode.OUT_OF_RANGE),
            Map.entry("DecimalMax", ErrorCode.OUT_OF_RANGE));

    private final ValidatorFactory factory;
    private final Validator validator;
    private final ClassValue<Optional<NotNullPlan>> plans = new ClassValue<>() {
        @Override
        protected Optional<NotNullPlan> computeValue(Class<?> type) {
            return NotNullPlan.of(type, validator);
        }
    };

    /** Boots a validator that needs no expression-language implementation. */
    public CommandValidator() {
        this.factory = Validation.byProvider(HibernateValidator.class)
                .configure()
                .messageInterpolator(new ParameterMessageInterpolator())
                .buildValidatorFactory();
        this.validator = factory.getValidator();
    }

    /**
     * Validates a command's constraints.
     *
     * @param command the command
     * @return every violation, ordered by path; empty if the command is well-formed
     */
    public List<Violation> violations(ComplaintCommand command) {
        Optional<NotNullPlan> plan = plans.get(command.getClass());
        return plan.isPresent() ? plan.get().violations(command) : reflectiveViolations(command);
    }

    /**
     * Tells whether a command type is checked without Hibernate Validator's walk: its constraints are only
     * not-null checks, compiled once.
     *
     * @param type the command type's class
     * @return true if {@link #violations} checks it by a compiled plan
     */
    public boolean checksWithoutReflection(Class<? extends ComplaintCommand> type) {
        return plans.get(type).isPresent();
    }

    /**
     * Validates a command's constraints with Hibernate Validator, whatever the command's type: what
     * {@link #violations} finds, the slow way.
     *
     * @param command the command
     * @return every violation, ordered by path; empty if the command is well-formed
     */
    public List<Violation> reflectiveViolations(ComplaintCommand command) {
        Set<ConstraintViolation<ComplaintCommand>> found = validator.validate(command);
        if (found.isEmpty()) {
            return List.of();
        }
        Collection<Violation> unique = new LinkedHashSet<>();
        found.stream()
                .sorted(Comparator.comparing((ConstraintViolation<ComplaintCommand> v) -> v.getPropertyPath().toString())
                        .thenComparing(ConstraintViolation::getMessageTemplate))
                .forEach(v -> unique.add(new Violation(code(v), v.getPropertyPath().toString(), v.getMessage())));
        return new ArrayList<>(unique);
    }

    private static ErrorCode code(ConstraintViolation<?> violation) {
        Annotation annotation = violation.getConstraintDescriptor().getAnnotation();
        if (annotation instanceof Size size) {
            Object value = violation.getInvalidValue();
            int length = value instanceof Collection<?> c ? c.size()
                    : value instanceof CharSequence s ? s.length() : 0;
            return length > size.max() ? ErrorCode.TOO_LONG : ErrorCode.OUT_OF_RANGE;
        }
        return CODES.getOrDefault(annotation.annotationType().getSimpleName(), ErrorCode.INVALID_VALUE);
    }

    @Override
    public void close() {
        factory.close();
    }
}
