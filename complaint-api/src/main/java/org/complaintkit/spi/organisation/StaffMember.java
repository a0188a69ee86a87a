package org.complaintkit.spi.organisation;

import java.util.Objects;
import java.util.Set;
import org.complaintkit.api.organisation.Role;
import org.complaintkit.api.organisation.StaffId;
import org.complaintkit.api.organisation.UnitId;

/**
 * A staff member as the directory knows them. No name is kept: ComplaintKit needs only the work
 * identity.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id the staff member's id
 * @param unit the unit they belong to
 * @param roles the roles they hold; copied
 * @param active false if the person has left or is absent and must not be given work
 */
public record StaffMember(StaffId id, UnitId unit, Set<Role> roles, boolean active) {

    /**
     * Checks and copies the components.
     *
     * @param id the staff member's id
     * @param unit the unit they belong to
     * @param roles the roles they hold; copied
     * @param active false if the person has left or is absent and must not be given work
     */
    public StaffMember {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(unit, "unit");
        roles = Set.copyOf(roles);
    }
}
