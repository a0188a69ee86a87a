package org.complaintkit.spi.retention;

import java.time.Instant;
import java.util.Objects;
import org.complaintkit.api.complaint.ComplaintId;
import org.complaintkit.api.retention.Disposal;

/**
 * One complaint the retention purge disposed of: which, when, under which rule, and the chain's last seal so that
 * an archived copy can be matched to it. No personal data.
 *
 * <p>Immutable and thread-safe.
 *
 * @param complaintId the complaint
 * @param jurisdiction the retention policy's jurisdiction
 * @param disposal what was done with it
 * @param retentionStartedAt when its retention period started: the last change of its closed file, which is its
 *     closure or a later change such as the lift of a legal hold (which starts the period again). Named
 *     {@code closedAt} until issue 27; {@link #closedAt()} still answers it
 * @param purgedAt when the purge disposed of it
 * @param events how many events its history held
 * @param lastSeal the seal of its last event, or null if the store keeps no seals
 */
public record PurgedComplaint(ComplaintId complaintId, String jurisdiction, Disposal disposal,
                              Instant retentionStartedAt, Instant purgedAt, long events, String lastSeal) {

    /**
     * Checks the components.
     *
     * @param complaintId the complaint
     * @param jurisdiction the retention policy's jurisdiction
     * @param disposal what was done with it
     * @param retentionStartedAt when its retention period started
     * @param purgedAt when the purge disposed of it
     * @param events how many events its history held
     * @param lastSeal the seal of its last event, or null
     */
    public PurgedComplaint {
        Objects.requireNonNull(complaintId, "complaintId");
        Objects.requireNonNull(jurisdiction, "jurisdiction");
        Objects.requireNonNull(disposal, "disposal");
        Objects.requireNonNull(retentionStartedAt, "retentionStartedAt");
        Objects.requireNonNull(purgedAt, "purgedAt");
    }

    /**
     * When the complaint's retention period started, under the component's former name. It was never only the
     * closure: a legal hold's lift starts the period again.
     *
     * @return {@link #retentionStartedAt()}
     * @deprecated the name says less than the value is; use {@link #retentionStartedAt()}
     */
    @Deprecated(since = "0.1.0")
    public Instant closedAt() {
        return retentionStartedAt;
    }
}
