package org.complaintkit.core.engine;

import org.complaintkit.api.error.ErrorCode;

/**
 * The rules an actor must pass before the engine acts or shows anything on their word, in the order they are
 * checked. The caller's claim of who acts is never taken as it comes: the system role belongs to the engine's
 * own components, and with an organisation directory the actor's unit and roles are the directory's.
 * {@link ActorIdentities} applies them; a refusal lists every rule the actor fails.
 */
enum IdentityRule {
    /** Nobody outside the engine acts under the system role, the system unit or a {@code system:} id. */
    NOT_A_SYSTEM_ACTOR("not a system actor", ErrorCode.SYSTEM_ACTOR_CLAIMED),
    /** With a directory, the staff member is in it. */
    KNOWN_TO_THE_DIRECTORY("known to the directory", ErrorCode.ACTOR_UNKNOWN),
    /** With a directory, the staff member is active in it. */
    ACTIVE("active", ErrorCode.ACTOR_INACTIVE),
    /** With a directory, the actor acts for the unit the directory places them in. */
    UNIT_AS_IN_THE_DIRECTORY("unit as in the directory", ErrorCode.ACTOR_MISMATCH),
    /** With a directory, every role the actor claims is one the directory gives them. */
    ROLES_HELD("roles held", ErrorCode.ACTOR_MISMATCH);

    private final String label;
    private final ErrorCode code;

    IdentityRule(String label, ErrorCode code) {
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
}
