package org.complaintkit.core.sla;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.complaintkit.api.event.ComplaintEvent;
import org.complaintkit.api.event.HandlingPaused;
import org.complaintkit.api.event.ClocksPausedByOrder;
import org.complaintkit.api.event.ClocksResumedByOrder;
import org.complaintkit.api.sla.ClockChange;
import java.util.Objects;
import org.complaintkit.core.calendar.BusinessCalendar;

/**
 * Decides which clock changes one new event causes, by comparing each clock as it stood before the
 * event with how it stands after it: started, restarted, extended, paused, resumed, or its deadline moved
 * (recalculated, when a reassignment changed its calendar), and then whether it stopped. The engine records the changes as events in the same append as
 * the event that caused them.
 */
public final class ClockRecorder {

    /**
     * One change to record.
     *
     * @param clockId the clock's definition id
     * @param change what happened
     * @param deadline the deadline from now on, or null while paused, once stopped, or beyond the horizon
     * @param reason why, for people
     * @param provisional true if the deadline, or the outcome judged on it, rests on provisional dates
     */
    public record Change(String clockId, ClockChange change, Instant deadline, String reason, boolean provisional) {
        /**
         * A change on official dates.
         *
         * @param clockId the clock's definition id
         * @param change what happened
         * @param deadline the deadline from now on, or null
         * @param reason why, for people
         */
        public Change(String clockId, ClockChange change, Instant deadline, String reason) {
            this(clockId, change, deadline, reason, false);
        }
    }

    /**
     * Returns what a reason adds about the calendar: that the deadline is provisional, or unknown because the
     * calendar ends.
     *
     * @param state the clock
     * @param calendar the calendar it runs on
     * @return the text to add to a reason, empty if the deadline rests on official dates
     */
    public static String calendarNote(ClockState state, BusinessCalendar calendar) {
        if (state.beyondHorizon()) {
            return "; deadline beyond the calendar's horizon (CMP-5001): unknown, the calendar ends on "
                    + calendar.definition().lastDay();
        }
        if (state.provisional()) {
            return "; provisional deadline: it rests on days after the official horizon "
                    + calendar.officialHorizon() + " (" + calendar.definition().provisional().basis() + ")";
        }
        return "";
    }

    private ClockRecorder() {
    }

    /**
     * Returns the changes one event causes to one clock, in the order to record them.
     *
     * @param before the clock before the event
     * @param after the clock after it
     * @param cause the event
     * @return the changes; empty if the clock did not change
     */
    public static List<Change> changes(ClockState before, ClockState after, ComplaintEvent cause) {
        return changes(before, after, cause, null);
    }

    /**
     * Returns the changes one event causes to one clock, in the order to record them, with the calendar's
     * note on provisional and unknown deadlines.
     *
     * @param before the clock before the event
     * @param after the clock after it
     * @param cause the event
     * @param calendar the calendar the clock runs on after the event, or null to add no note
     * @return the changes; empty if the clock did not change
     */
    public static List<Change> changes(ClockState before, ClockState after, ComplaintEvent cause,
                                       BusinessCalendar calendar) {
        String id = after.definition().id();
        boolean p = after.provisional();
        String because = cause.getClass().getSimpleName() + " (event " + cause.sequence() + ")"
                + (cause instanceof HandlingPaused hp ? ": " + hp.reason() : "")
                + (cause instanceof ClocksPausedByOrder po ? ": order " + po.orderReference() : "")
                + (cause instanceof ClocksResumedByOrder ro ? ": order " + ro.orderReference() : "")
                + (calendar != null ? calendarNote(after, calendar)
                : after.beyondHorizon() ? "; deadline beyond the calendar's horizon (CMP-5001)" : "");
        List<Change> out = new ArrayList<>(2);
        boolean wasStarted = before.status() != ClockState.Status.NOT_STARTED;
        boolean isStarted = after.status() != ClockState.Status.NOT_STARTED;
        if (!wasStarted && isStarted) {
            out.add(new Change(id, ClockChange.STARTED, after.deadline(), because, p));
        } else if (wasStarted && after.restarts() > before.restarts()) {
            out.add(new Change(id, ClockChange.RESTARTED, after.deadline(), because, p));
        } else if (wasStarted && !Objects.equals(before.tier(), after.tier())) {
            out.add(new Change(id, ClockChange.EXTENDED, after.deadline(), because + ": tier " + after.tier(), p));
        } else if (before.status() != ClockState.Status.PAUSED && after.status() == ClockState.Status.PAUSED) {
            out.add(new Change(id, ClockChange.PAUSED, null, because));
        } else if (before.status() == ClockState.Status.PAUSED && after.status() != ClockState.Status.PAUSED
                && !after.isStopped()) {
            out.add(new Change(id, ClockChange.RESUMED, after.deadline(), because, p));
        } else if (wasStarted && !before.isStopped() && !after.isStopped() && after.deadline() != null
                && !after.deadline().equals(before.deadline())) {
            out.add(new Change(id, ClockChange.RECALCULATED, after.deadline(), because, p));
        }
        if (!before.isStopped() && after.isStopped()) {
            ClockChange stop = switch (after.status()) {
                case MET -> ClockChange.MET;
                case BREACHED -> ClockChange.BREACHED;
                case STOPPED -> ClockChange.STOPPED;
                default -> ClockChange.CANCELLED;
            };
            out.add(new Change(id, stop, null, stop == ClockChange.STOPPED ? because + "; outcome pending until a"
                    + " calendar version settles the deadline" : because, p && stop != ClockChange.CANCELLED));
        }
        return out;
    }
}
