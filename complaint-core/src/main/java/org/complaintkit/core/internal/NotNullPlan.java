package org.complaintkit.core.internal;

import jakarta.validation.Validator;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.groups.Default;
import jakarta.validation.metadata.BeanDescriptor;
import jakarta.validation.metadata.ConstraintDescriptor;
import jakarta.validation.metadata.PropertyDescriptor;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.complaintkit.api.error.ErrorCode;
import org.complaintkit.api.error.Violation;

/**
 * A record type's Jakarta constraints compiled once, for the types whose constraints are only {@link NotNull} on
 * their components and {@code @Valid} cascades into records constrained the same way: most handling commands.
 * Checking a command then reads its components through method handles, with none of Hibernate Validator's
 * reflective walk on the command path, and finds what Hibernate Validator finds (the same paths, codes and
 * message, in the same order), which a property over every command type holds. A type with any other constraint
 * (a size, a pattern, a constraint on a list's elements, a class-level constraint, a group) has no plan, and
 * Hibernate Validator checks it. Immutable and thread-safe.
 */
final class NotNullPlan {
    /** Hibernate Validator's message for {@link NotNull}, as the parameter interpolator renders it. */
    static final String MESSAGE = "must not be null";
    private static final MethodType GETTER = MethodType.methodType(Object.class, Object.class);

    /** One constrained component: its name, how to read it, whether it must be present, and its own plan. */
    private record Step(String name, MethodHandle accessor, boolean notNull, NotNullPlan cascade) {
    }

    private final List<Step> steps;

    private NotNullPlan(List<Step> steps) {
        this.steps = steps;
    }

    /**
     * Compiles a type's constraints as the validator describes them, if they are only not-null checks.
     *
     * @param type the record type
     * @param validator the validator whose metadata is read
     * @return the plan, or empty if the type has constraints a plan does not cover
     */
    static Optional<NotNullPlan> of(Class<?> type, Validator validator) {
        return of(type, validator, 0);
    }

    private static Optional<NotNullPlan> of(Class<?> type, Validator validator, int depth) {
        if (!type.isRecord() || depth > 4) {
            return Optional.empty();
        }
        BeanDescriptor bean = validator.getConstraintsForClass(type);
        if (bean.hasConstraints()) {
            return Optional.empty();
        }
        List<Step> steps = new ArrayList<>();
        for (PropertyDescriptor property : bean.getConstrainedProperties()) {
            if (!property.getConstrainedContainerElementTypes().isEmpty()
                    || !property.getGroupConversions().isEmpty()) {
                return Optional.empty();
            }
            boolean notNull = false;
            for (ConstraintDescriptor<?> constraint : property.getConstraintDescriptors()) {
                if (constraint.getAnnotation().annotationType() != NotNull.class
                        || !constraint.getGroups().equals(Set.of(Default.class))
                        || !constraint.getComposingConstraints().isEmpty()) {
                    return Optional.empty();
                }
                notNull = true;
            }
            NotNullPlan cascade = null;
            if (property.isCascaded()) {
                Optional<NotNullPlan> nested = of(property.getElementClass(), validator, depth + 1);
                if (nested.isEmpty()) {
                    return Optional.empty();
                }
                cascade = nested.get();
            }
            MethodHandle accessor;
            try {
                Method method = type.getMethod(property.getPropertyName());
                accessor = MethodHandles.publicLookup().unreflect(method).asType(GETTER);
            } catch (ReflectiveOperationException | RuntimeException e) {
                return Optional.empty();
            }
            steps.add(new Step(property.getPropertyName(), accessor, notNull, cascade));
        }
        steps.sort(Comparator.comparing(Step::name));
        return Optional.of(new NotNullPlan(List.copyOf(steps)));
    }

    /**
     * Checks a value of the plan's type.
     *
     * @param value the value
     * @return every violation, ordered by path; empty if there is none
     */
    List<Violation> violations(Object value) {
        List<Violation> found = null;
        found = collect(value, "", found);
        if (found == null) {
            return List.of();
        }
        found.sort(Comparator.comparing(Violation::path));
        return found;
    }

    private List<Violation> collect(Object value, String prefix, List<Violation> found) {
        for (Step step : steps) {
            Object component;
            try {
                component = (Object) step.accessor().invokeExact(value);
            } catch (RuntimeException | Error e) {
                throw e;
            } catch (Throwable e) {
                throw new IllegalStateException("reading " + step.name() + " of " + value.getClass().getSimpleName(), e);
            }
            if (component == null) {
                if (step.notNull()) {
                    found = found == null ? new ArrayList<>() : found;
                    found.add(new Violation(ErrorCode.REQUIRED, prefix + step.name(), MESSAGE));
                }
            } else if (step.cascade() != null) {
                found = step.cascade().collect(component, prefix + step.name() + ".", found);
            }
        }
        return found;
    }
}
