package org.complaintkit.api.sla;

/**
 * Whether a clock is a duty of the bank or a window that merely closes.
 */
public enum ClockPurpose {
    /** A time limit the bank must meet; missing it is a breach. */
    DUTY,
    /**
     * A period whose end changes which rules apply but is nobody's failure: the customer's 30 days to ask
     * for a review (CBIRC Art. 20), or the three business days within which a summary resolution needs no
     * final response (FCA DISP 1.5). Its end is recorded {@code CLOSED}, with no breach action and not counted
     * overdue; after a re-investigation it opens again, as a new round, when its opening milestone happens
     * again (the second decision opens a new review window).
     */
    WINDOW
}
