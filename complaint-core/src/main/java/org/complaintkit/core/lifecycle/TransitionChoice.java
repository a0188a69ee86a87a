package org.complaintkit.core.lifecycle;

import java.util.List;
import java.util.Objects;
import org.complaintkit.api.error.CommandRefusedException;
import org.complaintkit.api.error.Violation;

/**
 * What a {@link TransitionTable} answers for a command without throwing: the transition it allows, or the
 * violations it refuses it with. A refusal is an everyday answer (a double click, a stale screen), so the table
 * answers the common ones with values it built once: the refusal of a command a status has no row for is one
 * shared, immutable {@link Refused} per status and command type, and each row's {@link Allowed} is built once too.
 *
 * <p>Immutable and thread-safe.
 */
public sealed interface TransitionChoice permits TransitionChoice.Allowed, TransitionChoice.Refused {

    /**
     * Returns the transition to take, or throws the refusal as the engine reports it.
     *
     * @return the transition
     * @throws CommandRefusedException carrying the refusal's violations, if the command is refused
     */
    Transition orThrow();

    /**
     * The command is allowed.
     *
     * @param transition the row whose guards all hold
     */
    record Allowed(Transition transition) implements TransitionChoice {
        /**
         * Checks the component.
         *
         * @param transition the row whose guards all hold
         */
        public Allowed {
            Objects.requireNonNull(transition, "transition");
        }

        @Override
        public Transition orThrow() {
            return transition;
        }
    }

    /**
     * The command is refused.
     *
     * @param violations why, at least one, in the order {@link TransitionTable#decide} reports them
     */
    record Refused(List<Violation> violations) implements TransitionChoice {
        /**
         * Checks the component.
         *
         * @param violations why, at least one
         */
        public Refused {
            violations = List.copyOf(violations);
            if (violations.isEmpty()) {
                throw new IllegalArgumentException("a refusal has at least one violation");
            }
        }

        @Override
        public Transition orThrow() {
            throw new CommandRefusedException(violations);
        }
    }
}
