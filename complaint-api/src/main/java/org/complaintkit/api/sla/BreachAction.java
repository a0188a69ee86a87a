package org.complaintkit.api.sla;

/**
 * What a clock's breach does, besides being recorded. The engine records the actions on the
 * {@code ClockChanged} event that reports the clock overdue or breached; the notification rules and the
 * escalation policy act on that event.
 */
public enum BreachAction {
    /** Tell the handler, their supervisor and the complaint-management unit. */
    NOTIFY,
    /** Escalate the complaint to the next level of the organisation. */
    ESCALATE,
    /** Count it as a breach in statistics and regulatory returns. */
    MARK
}
