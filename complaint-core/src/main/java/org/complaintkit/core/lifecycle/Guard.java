package org.complaintkit.core.lifecycle;

import java.util.Objects;
import java.util.function.Predicate;
import org.complaintkit.api.error.ErrorCode;

/**
 * A named condition on a transition, such as "four eyes" or "within the review window". When a
 * guard does not hold, the command is refused with the guard's error code. Guards are shown in the
 * lifecycle diagram by name.
 *
 * <p>Immutable and thread-safe if the condition is.
 *
 * @param name a short name for diagrams and messages
 * @param refusal the error code reported when the guard does not hold
 * @param condition the condition
 */
public record Guard(String name, ErrorCode refusal, Predicate<GuardContext> condition) {

    /**
     * Checks the components.
     *
     * @param name a short name for diagrams and messages
     * @param refusal the error code reported when the guard does not hold
     * @param condition the condition
     */
    public Guard {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(refusal, "refusal");
        Objects.requireNonNull(condition, "condition");
    }

    /**
     * Tells whether the guard holds.
     *
     * @param context the complaint, command, time and rules
     * @return true if the transition may be taken
     */
    public boolean holds(GuardContext context) {
        return condition.test(context);
    }

    @Override
    public String toString() {
        return name;
    }
}
