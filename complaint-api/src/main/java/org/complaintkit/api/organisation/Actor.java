package org.complaintkit.api.organisation;

import jakarta.validation.constraints.NotNull;

import java.util.Set;
import org.complaintkit.api.error.Checks;

/**
 * Who performs a command: a staff member, the unit they act for, and the roles they act in.
 * Every event records its actor, so a regulator can see who did what.
 *
 * <p>Immutable and thread-safe.
 *
 * @param staffId the acting staff member
 * @param unitId the unit the staff member acts for
 * @param roles the roles the staff member acts in; copied, may be empty
 */
public record Actor(@NotNull StaffId staffId, @NotNull UnitId unitId, @NotNull Set<Role> roles) {

    /** The unit id used for automated actors. */
    public static final UnitId SYSTEM_UNIT = new UnitId("system");

    /**
     * Checks and copies the components.
     *
     * @param staffId the acting staff member
     * @param unitId the unit the staff member acts for
     * @param roles the roles the staff member acts in; copied, may be empty
     */
    public Actor {
        Checks.required(staffId, "actor.staffId");
        Checks.required(unitId, "actor.unitId");
        roles = Checks.setOf(Checks.required(roles, "actor.roles"), "actor.roles");
    }

    /**
     * Creates a staff actor.
     *
     * @param staffId the staff member
     * @param unitId the unit they act for
     * @param roles their roles
     * @return the actor
     */
    public static Actor staff(StaffId staffId, UnitId unitId, Role... roles) {
        return new Actor(staffId, unitId, Set.of(roles));
    }

    /**
     * Creates an automated actor, for example the host's scheduled sweep.
     *
     * @param component a name for the component, an identifier such as {@code sla-sweep}
     * @return the actor, in the {@link #SYSTEM_UNIT} with role {@link Role#SYSTEM}
     */
    public static Actor system(String component) {
        return new Actor(new StaffId("system:" + component), SYSTEM_UNIT, Set.of(Role.SYSTEM));
    }

    /**
     * Tells whether the actor holds a role.
     *
     * @param role the role
     * @return true if held
     */
    public boolean has(Role role) {
        return roles.contains(role);
    }
}
