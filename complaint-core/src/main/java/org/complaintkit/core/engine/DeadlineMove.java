package org.complaintkit.core.engine;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.complaintkit.api.complaint.ComplaintId;

/**
 * One open clock whose recorded deadline would move under a candidate calendar, as reported by
 * {@link ComplaintEngine#previewRecalculation}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param complaintId the complaint
 * @param clockId the clock's definition id
 * @param recorded the deadline recorded now
 * @param recalculated the deadline under the candidate calendar, or null if it would lie beyond its horizon
 * @param recordedVersion the calendar version the recorded deadline was computed on
 */
public record DeadlineMove(ComplaintId complaintId, String clockId, Instant recorded, Instant recalculated,
                           String recordedVersion) {

    /**
     * Checks the required components.
     *
     * @param complaintId the complaint
     * @param clockId the clock's definition id
     * @param recorded the deadline recorded now
     * @param recalculated the deadline under the candidate calendar, or null if beyond its horizon
     * @param recordedVersion the calendar version the recorded deadline was computed on
     */
    public DeadlineMove {
        Objects.requireNonNull(complaintId, "complaintId");
        Objects.requireNonNull(clockId, "clockId");
        Objects.requireNonNull(recorded, "recorded");
        Objects.requireNonNull(recordedVersion, "recordedVersion");
    }

    /**
     * Returns how far the deadline would move: positive if later.
     *
     * @return the shift, or null if the new deadline is unknown
     */
    public Duration shift() {
        return recalculated == null ? null : Duration.between(recorded, recalculated);
    }
}
