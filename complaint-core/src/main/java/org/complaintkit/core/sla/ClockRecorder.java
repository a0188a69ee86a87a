package org.complaintkit.core.sla;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.complaintkit.api.event.ComplaintEvent;
import org.complaintkit.api.event.HandlingPaused;
import org.complaintkit.api.sla.ClockChange;

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
     */
    public record Change(String clockId, ClockChange change, Instant deadline, String reason) {
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
        String id = after.definition().id();
        String because = cause.getClass().getSimpleName() + " (event " + cause.sequence() + ")"
                + (cause instanceof HandlingPaused p ? ": " + p.reason() : "")
                + (after.beyondHorizon() ? "; deadline beyond the calendar's horizon (CMP-5001)" : "");
        List<Change> out = new ArrayList<>(2);
        boolean wasStarted = before.status() != ClockState.Status.NOT_STARTED;
        boolean isStarted = after.status() != ClockState.Status.NOT_STARTED;
        if (!wasStarted && isStarted) {
            out.add(new Change(id, ClockChange.STARTED, after.deadline(), because));
        } else if (wasStarted && after.restarts() > before.restarts()) {
            out.add(new Change(id, ClockChange.RESTARTED, after.deadline(), because));
        } else if (wasStarted && !java.util.Objects.equals(before.tier(), after.tier())) {
            out.add(new Change(id, ClockChange.EXTENDED, after.deadline(), because + ": tier " + after.tier()));
        } else if (before.status() != ClockState.Status.PAUSED && after.status() == ClockState.Status.PAUSED) {
            out.add(new Change(id, ClockChange.PAUSED, null, because));
        } else if (before.status() == ClockState.Status.PAUSED && after.status() != ClockState.Status.PAUSED
                && !after.isStopped()) {
            out.add(new Change(id, ClockChange.RESUMED, after.deadline(), because));
        } else if (wasStarted && !before.isStopped() && !after.isStopped() && after.deadline() != null
                && !after.deadline().equals(before.deadline())) {
            out.add(new Change(id, ClockChange.RECALCULATED, after.deadline(), because));
        }
        if (!before.isStopped() && after.isStopped()) {
            ClockChange stop = switch (after.status()) {
                case MET -> ClockChange.MET;
                case BREACHED -> ClockChange.BREACHED;
                default -> ClockChange.CANCELLED;
            };
            out.add(new Change(id, stop, null, because));
        }
        return out;
    }
}
