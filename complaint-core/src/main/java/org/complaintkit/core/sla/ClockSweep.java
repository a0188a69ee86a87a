package org.complaintkit.core.sla;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.complaintkit.api.event.ClockChanged;
import org.complaintkit.api.event.ComplaintEvent;
import org.complaintkit.api.sla.ClockChange;

/**
 * What a sweep has to record for one clock: each warning share whose instant has passed and that was
 * not yet recorded since the clock last started, restarted or was extended (a new budget has new warning instants), and, once its deadline has passed while it
 * still runs, that it is overdue. Warnings and overdue on a provisional deadline are recorded as such. A
 * running clock whose deadline lies beyond its calendar is due when the calendar ends: the sweep then records
 * {@code HORIZON_REACHED} once. Warnings are recorded in ascending order, so the number of warnings
 * recorded since the last start tells which share comes next. Paused and stopped clocks have nothing due.
 */
public final class ClockSweep {

    private ClockSweep() {
    }

    /**
     * Returns the changes a sweep at {@code now} must record for a clock.
     *
     * @param live the clock as it stands at {@code now}
     * @param history the complaint's events, including its recorded clock changes
     * @param now the sweep's instant
     * @return the changes, in the order to record them; empty if nothing is due
     */
    public static List<ClockRecorder.Change> due(ClockState live, List<ComplaintEvent> history, Instant now) {
        return due(live, history, now, null);
    }

    /**
     * Returns the changes a sweep at {@code now} must record for a clock, naming the calendar's last date when
     * the calendar runs out before the clock's deadline.
     *
     * @param live the clock as it stands at {@code now}
     * @param history the complaint's events, including its recorded clock changes
     * @param now the sweep's instant
     * @param lastDay the last date the clock's calendar knows, or null
     * @return the changes, in the order to record them; empty if nothing is due
     */
    public static List<ClockRecorder.Change> due(ClockState live, List<ComplaintEvent> history, Instant now,
                                                 LocalDate lastDay) {
        List<ClockRecorder.Change> out = new ArrayList<>();
        if (isLost(live)) {
            if (!now.isBefore(live.calendarEnd()) && !fired(live.definition().id(), history).horizon()) {
                out.add(new ClockRecorder.Change(live.definition().id(), ClockChange.HORIZON_REACHED, null,
                        "deadline unknown: the calendar ends on " + (lastDay != null ? lastDay.toString()
                                : "the day before " + live.calendarEnd()) + "; the clock runs on without a deadline"));
            }
            return out;
        }
        if (!isArmed(live)) {
            return out;
        }
        Fired fired = fired(live.definition().id(), history);
        List<Integer> shares = live.definition().warningPercents();
        String note = live.provisional() ? " (provisional deadline)" : "";
        for (int i = fired.warnings(); i < shares.size() && !live.warningsDueAt().get(i).isAfter(now); i++) {
            out.add(new ClockRecorder.Change(live.definition().id(), ClockChange.WARNED, live.deadline(),
                    shares.get(i) + " % of the budget used at " + live.warningsDueAt().get(i) + note,
                    live.provisional()));
        }
        if (now.isAfter(live.deadline()) && !fired.overdue()) {
            out.add(new ClockRecorder.Change(live.definition().id(), ClockChange.OVERDUE, live.deadline(),
                    "deadline " + live.deadline() + " passed while the clock was running" + note, live.provisional()));
        }
        return out;
    }

    /**
     * Returns the next instant at which a sweep will have work for a clock.
     *
     * @param live the clock as it stands
     * @param history the complaint's events, including its recorded clock changes
     * @return the next warning or the deadline not yet recorded, or null if none
     */
    public static Instant nextDue(ClockState live, List<ComplaintEvent> history) {
        if (isLost(live)) {
            return fired(live.definition().id(), history).horizon() ? null : live.calendarEnd();
        }
        if (!isArmed(live)) {
            return null;
        }
        Fired fired = fired(live.definition().id(), history);
        if (fired.warnings() < live.warningsDueAt().size()) {
            return live.warningsDueAt().get(fired.warnings());
        }
        return fired.overdue() ? null : live.deadline();
    }

    private static boolean isArmed(ClockState live) {
        return live.deadline() != null
                && (live.status() == ClockState.Status.RUNNING || live.status() == ClockState.Status.OVERDUE);
    }

    /** A running clock whose deadline lies beyond its calendar: due for a look when the calendar ends. */
    private static boolean isLost(ClockState live) {
        return live.deadline() == null && live.calendarEnd() != null && live.status() == ClockState.Status.RUNNING;
    }

    private record Fired(int warnings, boolean overdue, boolean horizon) {
    }

    /**
     * Returns how many warnings were recorded for a clock since it last started, restarted or was extended.
     *
     * @param clockId the clock's definition id
     * @param history the complaint's events, including its recorded clock changes
     * @return the number of warnings recorded
     */
    public static int warningsSinceStart(String clockId, List<ComplaintEvent> history) {
        return fired(clockId, history).warnings();
    }

    /**
     * Returns what a stop must record besides itself: each warning share that fell due before the stop and that
     * no sweep recorded, as a missed warning (never silently dropped).
     *
     * @param stopped the clock as it stands after its stop
     * @param history the complaint's events before the stop's clock changes
     * @return the missed warnings, in order; empty if none
     */
    public static List<ClockRecorder.Change> missedAtStop(ClockState stopped, List<ComplaintEvent> history) {
        List<ClockRecorder.Change> out = new ArrayList<>();
        if (stopped.stoppedAt() == null || stopped.status() == ClockState.Status.CANCELLED) {
            return out;
        }
        List<Integer> shares = stopped.definition().warningPercents();
        for (int i = fired(stopped.definition().id(), history).warnings(); i < stopped.warningsDueAt().size()
                && !stopped.warningsDueAt().get(i).isAfter(stopped.stoppedAt()); i++) {
            out.add(new ClockRecorder.Change(stopped.definition().id(), ClockChange.WARNED, stopped.deadline(),
                    ClockChanged.MISSED + shares.get(i) + " % of the budget used at "
                            + stopped.warningsDueAt().get(i) + ", before the clock stopped; no sweep recorded it",
                    stopped.provisional()));
        }
        return out;
    }

    /**
     * Returns what a command that ends a clock without an outcome (a cancellation, or a stop whose outcome waits)
     * must record first: what a sweep at {@code now} would have recorded and no sweep did (a sweep that was not
     * run, or one that died holding the complaint's lease). Each warning share that fell due is recorded as a
     * missed warning; a deadline that passed while the clock ran is recorded overdue, marked unseen, so that its
     * breach actions run with the command.
     *
     * @param running the clock as it stood just before the command, at {@code now}
     * @param history the complaint's events before the command
     * @param now the command's instant
     * @return the changes, in order; empty if nothing was due
     */
    public static List<ClockRecorder.Change> missedAtEnd(ClockState running, List<ComplaintEvent> history,
                                                         Instant now) {
        List<ClockRecorder.Change> out = new ArrayList<>();
        for (ClockRecorder.Change due : due(running, history, now)) {
            if (due.change() == ClockChange.WARNED) {
                out.add(new ClockRecorder.Change(due.clockId(), due.change(), due.deadline(), ClockChanged.MISSED
                        + due.reason() + ", before the clock ended; no sweep recorded it", due.provisional()));
            } else if (due.change() == ClockChange.OVERDUE) {
                out.add(new ClockRecorder.Change(due.clockId(), due.change(), due.deadline(),
                        due.reason() + ClockChanged.UNSEEN, due.provisional()));
            }
        }
        return out;
    }

    /**
     * Tells whether a sweep recorded a clock overdue since it last started, restarted or was extended.
     *
     * @param clockId the clock's definition id
     * @param history the complaint's events, including its recorded clock changes
     * @return true if an overdue change is on record
     */
    public static boolean overdueSinceStart(String clockId, List<ComplaintEvent> history) {
        return fired(clockId, history).overdue();
    }

    /** Counts what was recorded for a clock since it last started or restarted. */
    private static Fired fired(String clockId, List<ComplaintEvent> history) {
        int warnings = 0;
        boolean overdue = false;
        boolean overdueProvisional = false;
        boolean horizon = false;
        for (ComplaintEvent event : history) {
            if (event instanceof ClockChanged c && c.clockId().equals(clockId)) {
                switch (c.change()) {
                    case STARTED, RESTARTED, EXTENDED -> {
                        warnings = 0;
                        overdue = false;
                        horizon = false;
                    }
                    case WARNED -> warnings++;
                    case OVERDUE, CLOSED -> {
                        overdue = true;
                        overdueProvisional = c.isProvisional();
                    }
                    case HORIZON_REACHED -> horizon = true;
                    case RECALCULATED -> {
                        // An overdue recorded on a provisional deadline that a calendar version moved into the
                        // future is no longer due: the new deadline is armed again.
                        if (overdue && overdueProvisional && c.deadline() != null
                                && c.deadline().isAfter(c.occurredAt())) {
                            overdue = false;
                        }
                    }
                    default -> {
                    }
                }
            }
        }
        return new Fired(warnings, overdue, horizon);
    }
}
