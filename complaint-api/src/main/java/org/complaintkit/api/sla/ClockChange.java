package org.complaintkit.api.sla;

/**
 * What happened to a clock, as recorded in a {@code ClockChanged} event.
 */
public enum ClockChange {
    /** The clock started; its deadline is set. */
    STARTED,
    /** The clock paused for a reason it does not count; its deadline is unknown until it resumes. */
    PAUSED,
    /** The clock resumed; its deadline is set again, later by the time paused. */
    RESUMED,
    /** New facts restarted the clock from their receipt; its deadline is set again. */
    RESTARTED,
    /** The clock was extended to a tier of its definition; its deadline is set again, later. */
    EXTENDED,
    /**
     * The clock's deadline moved without any change to the clock itself: the handling unit, and with it
     * the calendar, changed, or a calendar or policy change was applied to open clocks.
     */
    RECALCULATED,
    /** The clock stopped at or before its deadline. */
    MET,
    /** The clock stopped after its deadline. */
    BREACHED,
    /** The complaint ended (withdrawn, merged, not accepted) before the clock stopped. */
    CANCELLED,
    /** A warning share of the budget was used (fired by a sweep, once per start or restart). */
    WARNED,
    /** The deadline passed while the clock was still running (fired by a sweep, once per start or restart). */
    OVERDUE,
    /**
     * The clock stopped while its deadline was unknown (beyond every date the calendar knows) and after the
     * official horizon: its outcome is pending, and a later {@code MET} or {@code BREACHED} records it once a
     * calendar version settles the deadline.
     */
    STOPPED,
    /**
     * The calendar ran out while the clock was running with an unknown deadline: recorded once by a sweep at
     * the calendar's end, so that someone looks at the clock (fired once per start or restart).
     */
    HORIZON_REACHED,
    /**
     * A window's time ran out before it was used, such as the customer's 30 days to ask for a review: the end of
     * a right or an option, recorded where a duty would record {@code OVERDUE} or {@code BREACHED}, and never a
     * breach: no breach actions, not counted overdue (once per start or restart).
     */
    CLOSED
}
