package org.complaintkit.core.engine;

import java.util.Set;
import java.util.stream.Collectors;
import org.complaintkit.api.error.CommandRefusedException;
import org.complaintkit.api.error.ErrorCode;
import org.complaintkit.api.organisation.Actor;
import org.complaintkit.api.organisation.Role;

/**
 * The rules who issues or lifts a regulator's cohort pause order must pass, beyond the identity rules every actor
 * passes ({@link IdentityRule}). {@link CohortPauses} applies them to the actor as {@link ActorIdentities} resolved
 * it, so with an organisation directory the roles checked are the directory's.
 */
enum CohortOrderRule {
    /**
     * Pausing a whole class of complaints at a regulator's order, and ending that pause, is a decision of the
     * complaint-management function: the actor holds one of the engine's cohort order roles (by default
     * {@link Role#COMPLAINT_MANAGER}; {@code ComplaintEngine.Builder.cohortOrderRoles}).
     */
    ISSUED_BY_COMPLAINT_MANAGEMENT("issued and lifted by the complaint-management function",
            ErrorCode.COHORT_ORDER_ROLE_REQUIRED);

    private final String label;
    private final ErrorCode code;

    CohortOrderRule(String label, ErrorCode code) {
        this.label = label;
        this.code = code;
    }

    /**
     * Returns the rule's name for people.
     *
     * @return the name
     */
    String label() {
        return label;
    }

    /**
     * Returns the code of a refusal under this rule.
     *
     * @return the code
     */
    ErrorCode code() {
        return code;
    }

    /**
     * Refuses an actor who holds none of the roles, naming the roles needed.
     *
     * @param actor the actor as the engine resolved them
     * @param roles the roles any one of which suffices
     * @param what what the actor would do, such as {@code issue}
     * @throws CommandRefusedException under this rule's code if the actor holds none of them
     */
    void check(Actor actor, Set<Role> roles, String what) {
        if (roles.stream().noneMatch(actor.roles()::contains)) {
            String needed = roles.stream().map(Role::code).sorted().collect(Collectors.joining(" or "));
            throw CommandRefusedException.of(code, "actor", "to " + what + " a cohort pause order needs the role "
                    + needed + ", which the actor does not hold (" + label + ")");
        }
    }
}
