package org.complaintkit.core.escalation;

import java.util.Optional;
import org.complaintkit.api.organisation.Role;
import org.complaintkit.api.organisation.StaffId;
import org.complaintkit.api.organisation.UnitId;
import org.complaintkit.spi.organisation.OrganisationDirectory;
import org.complaintkit.spi.organisation.StaffMember;

/**
 * Finds a handler's head: in the handler's unit, then up the hierarchy, the first active staff member other
 * than the handler who manages complaints, else who approves (through deputies when the post-holder is
 * absent).
 */
public final class Heads {

    private Heads() {
    }

    /**
     * Finds the head of a handler.
     *
     * @param directory the organisation
     * @param handler the handler
     * @return the head, or empty if the directory does not know the handler or nobody above qualifies
     */
    public static Optional<StaffId> headOf(OrganisationDirectory directory, StaffId handler) {
        Optional<StaffMember> member = directory.staff(handler);
        if (member.isEmpty()) {
            return Optional.empty();
        }
        for (var unit = directory.unit(member.get().unit()); unit.isPresent(); unit = directory.parentOf(unit.get().id())) {
            for (Role role : new Role[] {Role.COMPLAINT_MANAGER, Role.APPROVER}) {
                for (StaffMember candidate : directory.staffIn(unit.get().id())) {
                    if (!candidate.id().equals(handler) && candidate.holds(role)) {
                        Optional<StaffMember> acting = directory.actingFor(candidate.id());
                        if (acting.isPresent() && !acting.get().id().equals(handler)) {
                            return Optional.of(acting.get().id());
                        }
                    }
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The head of a unit: its first staff member, other than the one excluded, holding the complaint-manager role,
     * else the approver role, looking up the unit's line from the unit itself; their deputy if they are absent.
     *
     * @param directory the directory
     * @param unit the unit
     * @param excluded a staff member who is not their own head (the one raising the complaint)
     * @return the head, or empty if the line names none
     */
    public static Optional<StaffId> headOfUnit(OrganisationDirectory directory, UnitId unit, StaffId excluded) {
        for (var at = directory.unit(unit); at.isPresent(); at = directory.parentOf(at.get().id())) {
            for (Role role : new Role[] {Role.COMPLAINT_MANAGER, Role.APPROVER}) {
                for (StaffMember candidate : directory.staffIn(at.get().id())) {
                    if (!candidate.id().equals(excluded) && candidate.holds(role)) {
                        Optional<StaffMember> acting = directory.actingFor(candidate.id());
                        if (acting.isPresent() && !acting.get().id().equals(excluded)) {
                            return Optional.of(acting.get().id());
                        }
                    }
                }
            }
        }
        return Optional.empty();
    }
}
