package org.complaintkit.api.event;

import java.util.Objects;
import org.complaintkit.api.complaint.Resolution;

/**
 * A resolution was proposed.
 *
 * <p>Immutable and thread-safe.
 *
 * @param header the complaint, sequence number, time and actor
 * @param resolution the proposal
 * @param approvalRequired whether the approval rule required approval when it was proposed
 */
public record ResolutionProposed(EventHeader header, Resolution resolution, boolean approvalRequired) implements ComplaintEvent {

    /**
     * Checks the required components.
     *
     * @param header the complaint, sequence number, time and actor
     * @param resolution the proposal
     * @param approvalRequired whether the approval rule required approval when it was proposed
     */
    public ResolutionProposed {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(resolution, "resolution");
    }
}
