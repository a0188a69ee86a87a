package org.complaintkit.api.event;

import java.util.Objects;
import org.complaintkit.api.complaint.Sensitive;
import org.complaintkit.api.organisation.Role;
import org.complaintkit.spi.organisation.UnitLevel;

/**
 * One step of a several-step approval was given, and more remain: the approval matrix asks for this resolution to
 * be approved in order by several authorities (such as a branch head, then the head office's leadership), and the
 * actor, holding the authority of this step, approved it. The complaint stays awaiting approval; the last step is
 * recorded as {@link ResolutionApproved}. A new proposal, or the resolution sent back, starts the steps again.
 *
 * <p>Immutable and thread-safe.
 *
 * @param header the complaint, sequence number, time and actor (the approver of this step)
 * @param step the step approved, from 1
 * @param steps how many steps the approval matrix asked for when this one was approved
 * @param role the role of this step's authority, held by the actor in the organisation directory
 * @param level the level of this step's authority: that of the actor's unit, on the complaint's line
 * @param comment the approver's comment, or null
 */
public record ResolutionEndorsed(EventHeader header, int step, int steps, Role role, UnitLevel level,
                                 Sensitive comment) implements ComplaintEvent {

    /**
     * Checks the components.
     *
     * @param header the complaint, sequence number, time and actor
     * @param step the step approved, from 1
     * @param steps how many steps the approval matrix asked for
     * @param role the role of this step's authority
     * @param level the level of this step's authority
     * @param comment the approver's comment, or null
     * @throws IllegalArgumentException if the step is not before the last
     */
    public ResolutionEndorsed {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(level, "level");
        if (step < 1 || step >= steps) {
            throw new IllegalArgumentException("an endorsement is a step before the last: step " + step + " of "
                    + steps);
        }
    }
}
