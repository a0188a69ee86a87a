package org.complaintkit.api.event;

import java.util.Objects;
import org.complaintkit.api.complaint.Sensitive;
import org.complaintkit.api.organisation.UnitId;

/**
 * The handling result was reported to a unit's complaint team; marks the milestone {@code INTERNAL_REPORT}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param header the complaint, sequence number, time and actor (who reported)
 * @param to the unit whose complaint team was told
 * @param summary what was reported
 */
public record InternalReportMade(EventHeader header, UnitId to, Sensitive summary) implements ComplaintEvent {

    /**
     * Checks the components.
     *
     * @param header the complaint, sequence number, time and actor
     * @param to the unit reported to
     * @param summary what was reported
     */
    public InternalReportMade {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(summary, "summary");
    }
}
