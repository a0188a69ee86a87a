package org.complaintkit.api.event;

import java.time.Instant;
import java.util.Objects;
import java.util.EnumSet;
import java.util.Set;
import org.complaintkit.api.sla.BreachAction;
import org.complaintkit.api.sla.ClockChange;
import java.time.LocalDate;

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
 * @param calendarVersion the calendar version the deadline was computed on, such as {@code CN-mainland v1 (from 2024-01-01)};
 *     a deadline (or an outcome judged on one) that rests on dates the calendar only guesses is marked by
 *     {@link #PROVISIONAL} and the official horizon, such as
 *     {@code CN-mainland v1 (from 2024-01-01), provisional after 2026-12-31} (see {@link #isProvisional()})
 * @param reason why, for people: the milestone or pause that caused the change and its event's sequence number
 * @param breachActions what the breach does, on an {@code OVERDUE} or {@code BREACHED} change of a duty
 *     clock (from its definition); empty otherwise. Notification rules and escalation act on them.
 */
public record ClockChanged(EventHeader header, String clockId, ClockChange change, Instant deadline,
                           String calendarVersion, String reason, Set<BreachAction> breachActions)
        implements ComplaintEvent {

    /**
     * What follows a calendar version's label when the deadline rests on provisional dates, before the last
     * official date. Part of the stored form: a provisional deadline is recognised by it.
     */
    public static final String PROVISIONAL = ", provisional after ";
    /**
     * What ends the reason of a {@code BREACHED} change when no sweep recorded the clock overdue first, and of an
     * {@code OVERDUE} change recorded by a command that ended the clock without an outcome: its breach actions run
     * with the stop. Part of the stored form.
     */
    public static final String UNSEEN = " (no sweep saw the deadline pass: breach actions run now)";
    /**
     * What begins the reason of a {@code WARNED} change recorded when the clock stopped, for a warning share
     * that fell due before the stop but that no sweep recorded. Part of the stored form.
     */
    public static final String MISSED = "missed: ";

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

    /**
     * Tells whether the deadline, or the outcome judged on it, rests on dates the calendar only guesses, so
     * that a later calendar version may correct it on the record.
     *
     * @return true if the calendar version is marked provisional
     */
    public boolean isProvisional() {
        return calendarVersion.contains(PROVISIONAL);
    }

    /**
     * Tells whether this is a breach recorded at the stop of a clock that no sweep had recorded overdue, so its
     * breach actions run with it.
     *
     * @return true for such a {@code BREACHED} change
     */
    public boolean isUnseenBreach() {
        return change == ClockChange.BREACHED && reason.endsWith(UNSEEN);
    }

    /**
     * Tells whether this is a warning that no sweep recorded in time, recorded when the clock stopped.
     *
     * @return true for such a {@code WARNED} change
     */
    public boolean isMissedWarning() {
        return change == ClockChange.WARNED && reason.startsWith(MISSED);
    }

    /**
     * Tells whether this is an {@code OVERDUE} change that no sweep recorded in time, recorded by the command that
     * ended the clock without an outcome (a withdrawal, a policy that no longer applies): its breach actions run
     * with that command.
     *
     * @return true for such an {@code OVERDUE} change
     */
    public boolean isUnseenOverdue() {
        return change == ClockChange.OVERDUE && reason.endsWith(UNSEEN);
    }

    /**
     * Returns the label marking a calendar version provisional after its official horizon.
     *
     * @param version the calendar version's label
     * @param officialHorizon the last official date
     * @return the marked label
     */
    public static String provisional(String version, LocalDate officialHorizon) {
        return version + PROVISIONAL + officialHorizon;
    }
}
