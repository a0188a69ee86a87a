package org.complaintkit.core.engine;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.complaintkit.api.complaint.ComplaintId;
import org.complaintkit.api.sla.ClockChange;

/**
 * One open clock that a calendar or policy change would move, as reported by a dry run
 * ({@link ComplaintEngine#previewRecalculation}) and recorded when applied
 * ({@link ComplaintEngine#applyRecalculation}).
 *
 * <p>Immutable and thread-safe.
 *
 * @param complaintId the complaint
 * @param clockId the clock's definition id
 * @param change what applying records: {@link ClockChange#RECALCULATED} for a deadline that moves,
 *     {@link ClockChange#STARTED} for a clock a new policy adds, {@link ClockChange#CANCELLED} for one it drops
 * @param recorded the deadline recorded now, or null for a clock not running yet, paused, or with its deadline
 *     unknown
 * @param recalculated the deadline under the candidate setup, or null if dropped, paused or beyond its horizon
 * @param recordedVersion the calendar version the recorded deadline was computed on, or null if none
 * @param candidateVersion the calendar version the candidate computes on, or null for a dropped clock; marked
 *     provisional (see {@code ClockChanged.isProvisional()}) when the recalculated
 *     deadline rests on guessed dates
 * @param outcome for a clock that stopped while its deadline was unknown or provisional, the outcome the
 *     candidate judges ({@link ClockChange#MET} or {@link ClockChange#BREACHED}), recorded after the
 *     {@code RECALCULATED} change; null otherwise
 */
public record DeadlineMove(ComplaintId complaintId, String clockId, ClockChange change, Instant recorded,
                           Instant recalculated, String recordedVersion, String candidateVersion,
                           ClockChange outcome) {

    /**
     * Checks the required components.
     *
     * @param complaintId the complaint
     * @param clockId the clock's definition id
     * @param change what applying records
     * @param recorded the deadline recorded now, or null
     * @param recalculated the deadline under the candidate setup, or null
     * @param recordedVersion the calendar version of the recorded deadline, or null
     * @param candidateVersion the candidate's calendar version, or null
     * @param outcome the outcome a settled stop records, or null
     */
    public DeadlineMove {
        Objects.requireNonNull(complaintId, "complaintId");
        Objects.requireNonNull(clockId, "clockId");
        Objects.requireNonNull(change, "change");
    }

    /**
     * A move of an open clock, with no outcome to settle.
     *
     * @param complaintId the complaint
     * @param clockId the clock's definition id
     * @param change what applying records
     * @param recorded the deadline recorded now, or null
     * @param recalculated the deadline under the candidate setup, or null
     * @param recordedVersion the calendar version of the recorded deadline, or null
     * @param candidateVersion the candidate's calendar version, or null
     */
    public DeadlineMove(ComplaintId complaintId, String clockId, ClockChange change, Instant recorded,
                        Instant recalculated, String recordedVersion, String candidateVersion) {
        this(complaintId, clockId, change, recorded, recalculated, recordedVersion, candidateVersion, null);
    }

    /**
     * Returns how far the deadline would move: positive if later.
     *
     * @return the shift, or null unless both deadlines are known
     */
    public Duration shift() {
        return recalculated == null || recorded == null ? null : Duration.between(recorded, recalculated);
    }
}
