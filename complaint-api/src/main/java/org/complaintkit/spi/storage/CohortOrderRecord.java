package org.complaintkit.spi.storage;

import java.time.Instant;
import java.util.Objects;
import org.complaintkit.api.complaint.ComplaintId;
import org.complaintkit.api.organisation.StaffId;
import org.complaintkit.api.sla.CohortPauseOrder;

/**
 * A regulator's cohort pause order as the store keeps it, with how far applying it has come: its phase, the id
 * of the last complaint a finished batch reached (the cursor; batches page by ascending complaint id) and counts.
 * The engine writes it after every batch, so a fresh engine continues where a crashed one stopped: the batch in
 * flight at the crash is done again, and the idempotency key of each complaint's command keeps every complaint
 * paused once.
 *
 * <p>Immutable and thread-safe.
 *
 * @param order the order
 * @param phase how far it has come
 * @param issuedAt when it was issued
 * @param issuedBy who issued it
 * @param cursor the last complaint id a finished batch of the current phase reached, or null before the first
 * @param applied complaints whose clocks the current phase paused (or resumed) so far
 * @param already complaints found already paused (or resumed) under the order, counted again after a crash
 * @param skipped complaints selected but not paused (or resumed): not open, or refused, with the refusal's code
 *     in the log
 * @param revision the record's revision, 1 when issued, one more with every write
 */
public record CohortOrderRecord(CohortPauseOrder order, Phase phase, Instant issuedAt, StaffId issuedBy,
                                ComplaintId cursor, long applied, long already, long skipped, long revision) {

    /** How far an order has come. */
    public enum Phase {
        /** Issued; its batches are pausing the complaints it covers. New registrations it selects start paused. */
        PAUSING,
        /** Every complaint it covered when issued is paused; new registrations it selects start paused. */
        STANDING,
        /** Lifted; its batches are resuming the complaints it paused. New registrations are not paused. */
        RESUMING,
        /** Lifted and every complaint it paused resumed. */
        RESUMED;

        /**
         * Tells whether the order stands: new registrations it selects start paused.
         *
         * @return true while pausing or standing
         */
        public boolean stands() {
            return this == PAUSING || this == STANDING;
        }

        /**
         * Tells whether batches remain to be applied in this phase.
         *
         * @return true while pausing or resuming
         */
        public boolean applying() {
            return this == PAUSING || this == RESUMING;
        }
    }

    /**
     * Checks the components.
     *
     * @param order the order
     * @param phase how far it has come
     * @param issuedAt when it was issued
     * @param issuedBy who issued it
     * @param cursor the last complaint id reached, or null
     * @param applied complaints paused or resumed so far
     * @param already complaints found done already
     * @param skipped complaints selected but not changed
     * @param revision the record's revision, from 1
     */
    public CohortOrderRecord {
        Objects.requireNonNull(order, "order");
        Objects.requireNonNull(phase, "phase");
        Objects.requireNonNull(issuedAt, "issuedAt");
        Objects.requireNonNull(issuedBy, "issuedBy");
        if (applied < 0 || already < 0 || skipped < 0 || revision < 1) {
            throw new IllegalArgumentException("counts are not negative and revisions start at 1");
        }
    }

    /**
     * The record of an order just issued: pausing, no batch done.
     *
     * @param order the order
     * @param issuedAt when it was issued
     * @param issuedBy who issued it
     * @return the record, revision 1
     */
    public static CohortOrderRecord issued(CohortPauseOrder order, Instant issuedAt, StaffId issuedBy) {
        return new CohortOrderRecord(order, Phase.PAUSING, issuedAt, issuedBy, null, 0, 0, 0, 1);
    }

    /**
     * Returns the order's reference.
     *
     * @return the reference
     */
    public String reference() {
        return order.reference();
    }

    /**
     * Returns the record after one more batch: the cursor moved, the counts added, the next revision.
     *
     * @param reached the last complaint id the batch reached
     * @param moreApplied complaints the batch changed
     * @param moreAlready complaints it found done already
     * @param moreSkipped complaints it left unchanged
     * @return the next revision
     */
    public CohortOrderRecord afterBatch(ComplaintId reached, long moreApplied, long moreAlready, long moreSkipped) {
        return new CohortOrderRecord(order, phase, issuedAt, issuedBy, reached, applied + moreApplied,
                already + moreAlready, skipped + moreSkipped, revision + 1);
    }

    /**
     * Returns the record after the last batch of its phase: pausing becomes standing, resuming becomes resumed.
     *
     * @param reached the last complaint id the batch reached, or null if it found none
     * @param moreApplied complaints the batch changed
     * @param moreAlready complaints it found done already
     * @param moreSkipped complaints it left unchanged
     * @return the next revision
     * @throws IllegalStateException if the order is neither pausing nor resuming
     */
    public CohortOrderRecord afterLastBatch(ComplaintId reached, long moreApplied, long moreAlready,
                                            long moreSkipped) {
        if (!phase.applying()) {
            throw new IllegalStateException("no batch remains in phase " + phase);
        }
        return new CohortOrderRecord(order, phase == Phase.PAUSING ? Phase.STANDING : Phase.RESUMED, issuedAt,
                issuedBy, reached == null ? cursor : reached, applied + moreApplied, already + moreAlready,
                skipped + moreSkipped, revision + 1);
    }

    /**
     * Returns the record of the order lifted: resuming, its cursor and counts started afresh.
     *
     * @return the next revision
     * @throws IllegalStateException if the order was lifted already
     */
    public CohortOrderRecord lifted() {
        if (!phase.stands()) {
            throw new IllegalStateException("the order was lifted already");
        }
        return new CohortOrderRecord(order, Phase.RESUMING, issuedAt, issuedBy, null, 0, 0, 0, revision + 1);
    }
}
