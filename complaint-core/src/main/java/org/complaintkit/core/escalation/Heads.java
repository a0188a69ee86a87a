package org.complaintkit.core.escalation;

import java.util.Optional;
import org.complaintkit.api.organisation.Role;
import org.complaintkit.api.organisation.StaffId;
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
}
