package org.complaintkit.core.approval;

import java.util.Objects;
import org.complaintkit.api.organisation.Role;
import org.complaintkit.spi.organisation.UnitLevel;

/**
 * The authority one approval needs: a role, held by a staff member of a unit at a level, on the line of the unit
 * handling the complaint (that unit or one above it in the organisation directory), such as "approver at a
 * BRANCH unit" for a branch head.
 *
 * <p>Immutable and thread-safe.
 *
 * @param role the role the approver holds in the directory
 * @param level the level of the approver's unit in the directory
 */
public record ApprovalAuthority(Role role, UnitLevel level) {

    /**
     * Checks the components.
     *
     * @param role the role the approver holds in the directory
     * @param level the level of the approver's unit in the directory
     */
    public ApprovalAuthority {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(level, "level");
    }

    /**
     * Describes the authority for refusals and documents, without naming anybody.
     *
     * @return such as "role approver at a BRANCH unit on the complaint's line"
     */
    @Override
    public String toString() {
        return "role " + role + " at a " + level + " unit on the complaint's line";
    }
}
