package org.complaintkit.api.event;

import java.util.Objects;
import org.complaintkit.api.complaint.Sensitive;
import org.complaintkit.api.organisation.DepartmentId;

/**
 * A department concurred with the proposed resolution.
 *
 * <p>Immutable and thread-safe.
 *
 * @param header the complaint, sequence number, time and actor
 * @param department the actor's department, or null when the engine has no directory that names it
 * @param comment the department's comment, or null
 */
public record ResolutionConcurred(EventHeader header, DepartmentId department, Sensitive comment)
        implements ComplaintEvent {

    /**
     * Checks the components.
     *
     * @param header the complaint, sequence number, time and actor
     * @param department the actor's department, or null
     * @param comment the comment, or null
     */
    public ResolutionConcurred {
        Objects.requireNonNull(header, "header");
    }
}
