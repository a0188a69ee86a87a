package org.complaintkit.core.engine;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.complaintkit.api.complaint.ComplaintId;
import org.complaintkit.api.event.ClockChanged;
import org.complaintkit.api.sla.ClockDefinition;
import org.complaintkit.core.sla.ClockState;
import java.util.Locale;
import java.util.TreeSet;
import org.complaintkit.api.sla.ClockTarget;

/**
 * The answer to "why is this deadline X?" for one clock of one complaint: the clock's definition, where
 * it stands now, the calendar version it is computed on, and the recorded chain of changes behind it, oldest
 * first, each with its cause. A deadline that rests on provisional dates says so, and so does an outcome still
 * pending; each recorded change on a provisional deadline carries the marked calendar version. Holds no personal data: the reasons are the engine's own texts.
 *
 * <p>Immutable and thread-safe.
 *
 * @param complaintId the complaint
 * @param definition the clock's definition
 * @param state where the clock stands now
 * @param calendarVersion the calendar version it is computed on now
 * @param zone the calendar's zone, in which {@link #lines()} shows times
 * @param chain the recorded changes of the clock, oldest first
 * @param at when the explanation was made, from the engine's clock
 */
public record DeadlineExplanation(ComplaintId complaintId, ClockDefinition definition, ClockState state,
                                  String calendarVersion, ZoneId zone, List<ClockChanged> chain, Instant at) {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    /**
     * Checks and copies the components.
     *
     * @param complaintId the complaint
     * @param definition the clock's definition
     * @param state where the clock stands now
     * @param calendarVersion the calendar version it is computed on now
     * @param zone the calendar's zone
     * @param chain the recorded changes of the clock, oldest first
     * @param at when the explanation was made
     */
    public DeadlineExplanation {
        Objects.requireNonNull(complaintId, "complaintId");
        Objects.requireNonNull(definition, "definition");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(calendarVersion, "calendarVersion");
        Objects.requireNonNull(zone, "zone");
        chain = List.copyOf(chain);
        Objects.requireNonNull(at, "at");
    }

    /**
     * Returns the explanation as lines of text, for a screen or a report: the clock, its target and tier,
     * its deadline and status now, then one line per recorded change.
     *
     * @return the lines
     */
    public List<String> lines() {
        List<String> out = new ArrayList<>();
        out.add(definition.id() + ": " + definition.description());
        out.add("target " + describe(state) + ", on calendar " + calendarVersion + " (" + zone + ")");
        out.add("status " + state.status() + (state.deadline() == null ? ", deadline not known"
                + (state.beyondHorizon() ? " (beyond the calendar's horizon)" : "")
                : ", deadline " + format(state.deadline())
                + (state.provisional() ? " (provisional: it rests on days after the calendar's official horizon)"
                : "")) + (state.outcomePending() ? ", outcome pending until a calendar version settles the deadline"
                : "") + " as of " + format(at));
        if (!state.pauses().isEmpty()) {
            out.add(state.pauses().size() + " pause(s) not counted since the clock last started");
        }
        for (ClockChanged change : chain) {
            out.add("  " + format(change.occurredAt()) + " " + change.change()
                    + (change.deadline() == null ? "" : " -> " + format(change.deadline()))
                    + " [" + change.calendarVersion() + "] because " + change.reason()
                    + (change.breachActions().isEmpty() ? "" : "; breach actions " + new TreeSet<>(change.breachActions())));
        }
        return out;
    }

    private static String describe(ClockState state) {
        String target = describe(state.target());
        return state.tier() == null ? target : target + " (extended: tier " + state.tier() + ")";
    }

    private static String describe(ClockTarget target) {
        if (target instanceof ClockTarget.Elapsed t) {
            return t.duration().toString().substring(2).toLowerCase(Locale.ROOT) + " elapsed";
        } else if (target instanceof ClockTarget.WorkingTime t) {
            return t.duration().toString().substring(2).toLowerCase(Locale.ROOT) + " of working time";
        } else if (target instanceof ClockTarget.WorkingDays t) {
            return "close of the " + ordinal(t.days()) + " working day after the day it started";
        } else if (target instanceof ClockTarget.CalendarDays t) {
            return t.days() + " calendar days after the day it started, the last day included"
                    + (t.lastDayOffRestDays() ? ", moved off rest days (Civil Code Art. 203)" : "");
        } else {
            ClockTarget.ByTimeOnWorkingDay t =
                    (ClockTarget.ByTimeOnWorkingDay) target;
            return "by " + t.time() + " on the " + ordinal(t.days()) + " working day after the day it started";
        }
    }

    private String format(Instant instant) {
        return TIME.format(instant.atZone(zone));
    }

    @Override
    public String toString() {
        return String.join(System.lineSeparator(), lines());
    }

    /** An English ordinal: 1st, 2nd, 3rd, 4th, 11th, 12th, 13th, 21st. */
    static String ordinal(int n) {
        int lastTwo = n % 100;
        String suffix = lastTwo >= 11 && lastTwo <= 13 ? "th" : switch (n % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
        return n + suffix;
    }
}
