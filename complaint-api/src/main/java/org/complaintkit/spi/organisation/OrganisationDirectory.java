package org.complaintkit.spi.organisation;

import java.util.Optional;
import org.complaintkit.api.organisation.StaffId;
import org.complaintkit.api.organisation.UnitId;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The bank's organisation as ComplaintKit sees it: units in a hierarchy and the staff in them.
 * A host implements it over its own directory (HR system, LDAP, a file). Given a directory, the
 * engine refuses assignments to units it does not know and handlers it does not know; without one,
 * unit and staff ids are taken as given.
 *
 * <p>Only {@link #unit} and {@link #staff} must be implemented. The other methods have defaults that
 * describe an organisation without departments, deputies or authority limits; a full directory (such as
 * the CSV directory in {@code complaint-spi-examples}) overrides them, and the engine then routes,
 * escalates, checks authority and finds deputies through them.
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

    /**
     * Returns the version of the organisation the directory answers from, recorded with escalations so
     * that a later reorganisation does not rewrite history.
     *
     * @return a label, such as {@code 2025-09-01}
     */
    default String version() {
        return "unversioned";
    }

    /**
     * Returns the units directly below a unit.
     *
     * @param id the unit
     * @return its children; empty by default
     */
    default List<OrgUnit> children(UnitId id) {
        return List.of();
    }

    /**
     * Returns the departments of a unit.
     *
     * @param id the unit
     * @return its departments; empty by default
     */
    default List<Department> departments(UnitId id) {
        return List.of();
    }

    /**
     * Returns the staff of a unit.
     *
     * @param id the unit
     * @return its staff, active or not; empty by default
     */
    default List<StaffMember> staffIn(UnitId id) {
        return List.of();
    }

    /**
     * Returns the authority limits of every role.
     *
     * @return the limits; empty by default, meaning no limit is checked
     */
    default List<AuthorityLimit> authorityLimits() {
        return List.of();
    }

    /**
     * Returns the unit above a unit.
     *
     * @param id the unit
     * @return its parent, or empty for the head office or an unknown unit
     */
    default Optional<OrgUnit> parentOf(UnitId id) {
        return unit(id).map(OrgUnit::parent).flatMap(this::unit);
    }

    /**
     * Returns who acts for a staff member now: the member if active, else the first active deputy down
     * the chain of deputies.
     *
     * @param id the staff member
     * @return who acts, or empty if nobody in the chain is active or the member is unknown
     */
    default Optional<StaffMember> actingFor(StaffId id) {
        Set<StaffId> seen = new HashSet<>();
        Optional<StaffMember> current = staff(id);
        while (current.isPresent() && seen.add(current.get().id())) {
            if (current.get().active()) {
                return current;
            }
            StaffId deputy = current.get().deputy();
            current = deputy == null ? Optional.empty() : staff(deputy);
        }
        return Optional.empty();
    }
}
