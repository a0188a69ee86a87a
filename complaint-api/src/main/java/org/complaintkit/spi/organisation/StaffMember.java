package org.complaintkit.spi.organisation;

import java.util.Objects;
import java.util.Set;
import org.complaintkit.api.organisation.DepartmentId;
import org.complaintkit.api.organisation.Role;
import org.complaintkit.api.organisation.StaffId;
import org.complaintkit.api.organisation.UnitId;

/**
 * One member of staff. Holds no personal data beyond the id: names and contacts stay in the host's own
 * directory.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id the staff member's id
 * @param unit the unit they belong to
 * @param department the department they belong to, or null
 * @param roles the roles they hold; copied
 * @param active false if the person has left or is absent and must not be given work
 * @param deputy who acts for them while they are inactive, or null
 */
public record StaffMember(StaffId id, UnitId unit, DepartmentId department, Set<Role> roles, boolean active,
                          StaffId deputy) {

    /**
     * Checks and copies the components.
     *
     * @param id the staff member's id
     * @param unit the unit they belong to
     * @param department the department they belong to, or null
     * @param roles the roles they hold; copied
     * @param active false if the person has left or is absent
     * @param deputy who acts for them while they are inactive, or null
     */
    public StaffMember {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(unit, "unit");
        roles = Set.copyOf(roles);
        if (id.equals(deputy)) {
            throw new IllegalArgumentException("a staff member cannot deputise for themselves");
        }
    }

    /**
     * A staff member with no department and no deputy.
     *
     * @param id the staff member's id
     * @param unit the unit they belong to
     * @param roles the roles they hold
     * @param active false if the person has left or is absent
     */
    public StaffMember(StaffId id, UnitId unit, Set<Role> roles, boolean active) {
        this(id, unit, null, roles, active, null);
    }

    /**
     * An active staff member with no department and no deputy: the usual entry of a directory.
     *
     * @param id the staff member's id
     * @param unit the unit they belong to
     * @param roles the roles they hold
     * @return the member
     */
    public static StaffMember active(StaffId id, UnitId unit, Set<Role> roles) {
        return new StaffMember(id, unit, roles, true);
    }

    /**
     * Tells whether the staff member holds a role.
     *
     * @param role the role
     * @return true if held
     */
    public boolean holds(Role role) {
        return roles.contains(role);
    }
}
