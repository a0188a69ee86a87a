package org.complaintkit.api.event;

import java.time.Instant;
import java.util.Objects;
import java.util.EnumSet;
import java.util.Set;
import org.complaintkit.api.sla.BreachAction;
import org.complaintkit.api.sla.ClockChange;

/**
 * A clock of the complaint changed: it started, paused, resumed, restarted or stopped. Recorded in the
 * same append as the event that caused it, with the deadline as computed then and the calendar version
 * it was computed on, so that "why is this deadline X?" is answered by the chain of these events.
 *
 * <p>Immutable and thread-safe.
 *
 * @param header the complaint, sequence number, time and actor (the actor of the causing command)
 * @param clockId the clock's definition id
 * @param change what happened
 * @param deadline the deadline from now on; null while paused or once stopped
 * @param calendarVersion the calendar version the deadline was computed on, such as {@code CN-mainland v1 (from 2024-01-01)}
 * @param reason why, for people: the milestone or pause that caused the change and its event's sequence number
 * @param breachActions what the breach does, on an {@code OVERDUE} or {@code BREACHED} change of a duty
 *     clock (from its definition); empty otherwise. Notification rules and escalation act on them.
 */
public record ClockChanged(EventHeader header, String clockId, ClockChange change, Instant deadline,
                           String calendarVersion, String reason, Set<BreachAction> breachActions)
        implements ComplaintEvent {

    /**
     * Checks the required components.
     *
     * @param header the complaint, sequence number, time and actor (the actor of the causing command)
     * @param clockId the clock's definition id
     * @param change what happened
     * @param deadline the deadline from now on; null while paused or once stopped
     * @param calendarVersion the calendar version the deadline was computed on
     * @param reason why, for people
     * @param breachActions what the breach does; empty unless the clock became overdue or breached
     */
    public ClockChanged {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(clockId, "clockId");
        Objects.requireNonNull(change, "change");
        Objects.requireNonNull(calendarVersion, "calendarVersion");
        Objects.requireNonNull(reason, "reason");
        breachActions = breachActions == null || breachActions.isEmpty() ? Set.of()
                : Set.copyOf(EnumSet.copyOf(breachActions));
    }
}
