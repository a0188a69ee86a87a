package org.complaintkit.api.event;

import java.util.Objects;
import org.complaintkit.api.complaint.Sensitive;

/**
 * A remediation action planned on the complaint was done.
 *
 * <p>Immutable and thread-safe.
 *
 * @param header the complaint, sequence number, time and actor
 * @param rootCauseId the root cause
 * @param actionId the action
 * @param note what was done
 */
public record RemediationCompleted(EventHeader header, String rootCauseId, String actionId, Sensitive note)
        implements ComplaintEvent {

    /**
     * Checks the components.
     *
     * @param header the complaint, sequence number, time and actor
     * @param rootCauseId the root cause
     * @param actionId the action
     * @param note what was done
     */
    public RemediationCompleted {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(rootCauseId, "rootCauseId");
        Objects.requireNonNull(actionId, "actionId");
        Objects.requireNonNull(note, "note");
    }
}
