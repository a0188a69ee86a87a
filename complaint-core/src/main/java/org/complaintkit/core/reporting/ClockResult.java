package org.complaintkit.core.reporting;

/**
 * How one SLA clock of a complaint stands, for statistics: read from the clock's recorded changes, so it
 * needs no calendar and agrees with what the regulator can see in the history.
 */
public enum ClockResult {
    /** The clock stopped at or before its deadline. */
    MET,
    /** The clock stopped after its deadline. */
    BREACHED,
    /** The clock is running and its deadline has not passed (no overdue change since its last start). */
    OPEN,
    /** The clock is running and its deadline has passed. */
    OPEN_OVERDUE,
    /** The complaint ended (withdrawn, merged, not accepted) before the clock stopped. */
    CANCELLED,
    /**
     * The clock stopped while its deadline was unknown (past the calendar's horizon): neither met nor breached
     * until a calendar version settles the deadline and the outcome is recorded.
     */
    PENDING;

    /**
     * Tells whether the clock counts as a breach: it stopped late, or is running past its deadline.
     *
     * @return true for {@link #BREACHED} and {@link #OPEN_OVERDUE}
     */
    public boolean isBreach() {
        return this == BREACHED || this == OPEN_OVERDUE;
    }
}
