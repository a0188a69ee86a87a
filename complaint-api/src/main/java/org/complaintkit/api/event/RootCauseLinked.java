package org.complaintkit.api.event;

import java.util.List;
import java.util.Objects;
import org.complaintkit.api.complaint.RemediationAction;
import org.complaintkit.api.complaint.Sensitive;

/**
 * The complaint was linked to a root cause, with any remediation actions planned at the same time.
 *
 * <p>Immutable and thread-safe.
 *
 * @param header the complaint, sequence number, time and actor
 * @param rootCauseId the root cause
 * @param title what the root cause is
 * @param actions the remediation actions planned; may be empty
 */
public record RootCauseLinked(EventHeader header, String rootCauseId, Sensitive title,
                              List<RemediationAction> actions) implements ComplaintEvent {

    /**
     * Checks and copies the components.
     *
     * @param header the complaint, sequence number, time and actor
     * @param rootCauseId the root cause
     * @param title what the root cause is
     * @param actions the remediation actions planned
     */
    public RootCauseLinked {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(rootCauseId, "rootCauseId");
        Objects.requireNonNull(title, "title");
        actions = List.copyOf(actions);
    }
}
