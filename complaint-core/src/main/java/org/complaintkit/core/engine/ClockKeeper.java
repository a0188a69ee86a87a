package org.complaintkit.core.engine;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.complaintkit.api.complaint.ComplaintId;
import org.complaintkit.api.event.ClockChanged;
import org.complaintkit.api.event.ComplaintEvent;
import org.complaintkit.api.event.EventHeader;
import org.complaintkit.api.organisation.Actor;
import org.complaintkit.api.sla.ClockDefinition;
import org.complaintkit.core.calendar.CalendarVersions;
import org.complaintkit.core.sla.ClockBook;
import org.complaintkit.core.sla.ClockRecorder;
import org.complaintkit.core.sla.ClockState;
import org.complaintkit.core.sla.ClockSweep;
import org.complaintkit.core.sla.Deadlines;

/**
 * The engine's clock work, kept apart from the command path: which clock changes a new event causes,
 * what a sweep must record, when a complaint is next due, and how a candidate calendar would move
 * recorded deadlines. It reads histories and returns events; the engine does all storing.
 *
 * <p>Immutable and thread-safe.
 */
final class ClockKeeper {
    /** The actor of the changes a sweep records. */
    static final Actor SWEEP = Actor.system("sla-sweep");

    private final List<ClockDefinition> clocks;
    private final CalendarVersions calendars;
    private final ClockBook book;

    ClockKeeper(List<ClockDefinition> clocks, CalendarVersions calendars) {
        this.clocks = List.copyOf(clocks);
        this.calendars = calendars;
        this.book = calendars == null ? null : new ClockBook(new Deadlines(calendars.latest().calendar()));
    }

    boolean isEmpty() {
        return clocks.isEmpty();
    }

    /**
     * What one lifecycle event does to the clocks: the changes to record after it, and the complaint's next
     * due instant once they are recorded.
     *
     * @param events the clock changes, numbered after the event
     * @param nextDue the next instant a sweep has work on the complaint, or null
     */
    record Effect(List<ComplaintEvent> events, Instant nextDue) {
    }

    /**
     * The clock changes an event causes, numbered after it and attributed to the actor of its command,
     * with the complaint's next due instant. Each clock is evaluated once before and once after the event.
     */
    Effect effectOf(List<ComplaintEvent> history, ComplaintEvent cause, Actor actor, Instant now) {
        if (clocks.isEmpty()) {
            return new Effect(List.of(), null);
        }
        List<ComplaintEvent> withCause = new ArrayList<>(history);
        withCause.add(cause);
        List<ComplaintEvent> changes = new ArrayList<>();
        List<ClockState> afterStates = new ArrayList<>(clocks.size());
        long sequence = cause.sequence();
        for (ClockDefinition definition : clocks) {
            ClockState before = book.evaluate(definition, history, now);
            ClockState after = book.evaluate(definition, withCause, now);
            afterStates.add(after);
            for (ClockRecorder.Change change : ClockRecorder.changes(before, after, cause)) {
                changes.add(record(cause.complaintId(), ++sequence, now, actor, change));
            }
        }
        // The clock book reads no ClockChanged event, so the states after the cause are the states after
        // the changes too; only the sweep's counts need the changes in the history.
        withCause.addAll(changes);
        return new Effect(changes, earliest(afterStates, withCause));
    }

    /** What a sweep at {@code now} must record for a complaint at {@code version}. */
    List<ClockChanged> dueChanges(ComplaintId id, List<ComplaintEvent> history, long version, Instant now) {
        List<ClockChanged> out = new ArrayList<>();
        long sequence = version;
        for (ClockDefinition definition : clocks) {
            ClockState live = book.evaluate(definition, history, now);
            for (ClockRecorder.Change change : ClockSweep.due(live, history, now)) {
                out.add(record(id, ++sequence, now, SWEEP, change));
            }
        }
        return out;
    }

    /** The next instant a sweep has work on a complaint, or null. */
    Instant nextDue(List<ComplaintEvent> history, Instant now) {
        return clocks.isEmpty() ? null : earliest(states(history, now), history);
    }

    private static Instant earliest(List<ClockState> states, List<ComplaintEvent> history) {
        Instant next = null;
        for (ClockState state : states) {
            Instant due = ClockSweep.nextDue(state, history);
            if (due != null && (next == null || due.isBefore(next))) {
                next = due;
            }
        }
        return next;
    }

    /** Each clock's state now. */
    List<ClockState> states(List<ComplaintEvent> history, Instant now) {
        List<ClockState> out = new ArrayList<>(clocks.size());
        for (ClockDefinition definition : clocks) {
            out.add(book.evaluate(definition, history, now));
        }
        return out;
    }

    /** The recorded deadlines of a complaint's running clocks that a candidate calendar would move. */
    List<DeadlineMove> moves(ComplaintId id, List<ComplaintEvent> history, ClockBook candidate, Instant now) {
        List<DeadlineMove> out = new ArrayList<>();
        for (ClockDefinition definition : clocks) {
            ClockChanged recorded = lastDeadline(history, definition.id());
            if (recorded == null) {
                continue;
            }
            Instant recalculated = candidate.evaluate(definition, history, now).deadline();
            if (!Objects.equals(recalculated, recorded.deadline())) {
                out.add(new DeadlineMove(id, definition.id(), recorded.deadline(), recalculated,
                        recorded.calendarVersion()));
            }
        }
        return out;
    }

    private ClockChanged record(ComplaintId id, long sequence, Instant now, Actor actor, ClockRecorder.Change change) {
        return new ClockChanged(new EventHeader(id, sequence, now, actor), change.clockId(), change.change(),
                change.deadline(), calendars.latest().label(), change.reason());
    }

    /**
     * The last change that set a running clock's deadline, or null if the clock is stopped, paused, overdue
     * or without a known deadline.
     */
    private static ClockChanged lastDeadline(List<ComplaintEvent> history, String clockId) {
        ClockChanged last = null;
        boolean overdue = false;
        for (ComplaintEvent event : history) {
            if (event instanceof ClockChanged c && c.clockId().equals(clockId)) {
                switch (c.change()) {
                    case STARTED, RESUMED, RESTARTED -> {
                        last = c;
                        overdue = false;
                    }
                    case OVERDUE -> overdue = true;
                    case WARNED -> {
                    }
                    default -> last = null;
                }
            }
        }
        return overdue || last == null || last.deadline() == null ? null : last;
    }
}
