package org.complaintkit.spi.organisation;

import java.util.Optional;
import org.complaintkit.api.organisation.StaffId;
import org.complaintkit.api.organisation.UnitId;

/**
 * The bank's organisation as ComplaintKit sees it: units in a hierarchy and the staff in them.
 * A host implements it over its own directory (HR system, LDAP, a file). Given a directory, the
 * engine refuses assignments to units it does not know and handlers it does not know; without one,
 * unit and staff ids are taken as given.
 *
 * <p>Implementations are thread-safe and answer from the host's current organisation.
 *
 * <pre>{@code
 * OrganisationDirectory directory = new OrganisationDirectory() {
 *     public Optional<OrgUnit> unit(UnitId id) { return Optional.ofNullable(units.get(id)); }
 *     public Optional<StaffMember> staff(StaffId id) { return Optional.ofNullable(staff.get(id)); }
 * };
 * ComplaintEngine engine = ComplaintEngine.builder().organisation(directory).build();
 * }</pre>
 */
public interface OrganisationDirectory {

    /**
     * Finds a unit.
     *
     * @param id the unit's id
     * @return the unit, or empty if unknown
     */
    Optional<OrgUnit> unit(UnitId id);

    /**
     * Finds a staff member.
     *
     * @param id the staff member's id
     * @return the staff member, or empty if unknown
     */
    Optional<StaffMember> staff(StaffId id);
}
