package org.complaintkit.core.lifecycle;

/**
 * What the engine's clocks say of the customer's review window when a review is asked for, so that the lifecycle's
 * guard and the review-window clock never disagree. The clock counts the window on the complaint's own calendar
 * (its zone, and under proof of notice from the day the decision was sent); the guard's own count
 * ({@link LifecycleRules#reviewWindow()} in {@link LifecycleRules#zone()}) is used only where no clock speaks.
 */
public enum WindowReading {
    /** No window clock speaks for this complaint: the guard counts by the lifecycle rules. */
    BY_RULES,
    /** The review-window clock is running: a review may be asked for. */
    OPEN,
    /** The review-window clock has run out: a review is refused. */
    CLOSED
}
