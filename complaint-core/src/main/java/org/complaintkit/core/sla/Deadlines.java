package org.complaintkit.core.sla;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.complaintkit.api.sla.ClockTarget;
import org.complaintkit.core.calendar.BusinessCalendar;

/**
 * Turns a clock's target, start and pauses into its deadline, and measures how much of its budget is
 * used at any instant. Each target is reduced to a budget in one measure: elapsed time for
 * {@link ClockTarget.Elapsed} and {@link ClockTarget.CalendarDays}, working time on the calendar for the
 * others. The deadline is the instant at which the running (not paused) time, in that measure, reaches
 * the budget; so a pause extends it by exactly the paused time in the same measure, and with no pause it
 * is the target's own deadline (for example the end of the 15th calendar day).
 *
 * <p>Immutable and thread-safe.
 */
public final class Deadlines {
    private final BusinessCalendar calendar;

    /**
     * Creates the computation on a calendar.
     *
     * @param calendar the clock's calendar
     */
    public Deadlines(BusinessCalendar calendar) {
        this.calendar = calendar;
    }

    /**
     * Returns the calendar the deadlines are computed on.
     *
     * @return the calendar
     */
    public BusinessCalendar calendar() {
        return calendar;
    }

    /**
     * Tells whether a deadline of a target rests on dates the calendar only guesses: a target counted in
     * working time whose deadline lies past the official horizon. Elapsed and calendar-day targets need no
     * calendar data and are never provisional.
     *
     * @param target the target
     * @param deadline its deadline
     * @return true if the deadline is provisional
     */
    public boolean isProvisional(ClockTarget target, Instant deadline) {
        return (measureOf(target) == Measure.WORKING || movesOffRestDays(target))
                && deadline.isAfter(calendar.officialEnd());
    }

    private static boolean movesOffRestDays(ClockTarget target) {
        return target instanceof ClockTarget.CalendarDays t && t.lastDayOffRestDays();
    }

    /**
     * Ends a calendar-day deadline under the Civil Code Art. 203 at 24:00 of its last day, the last day being the
     * day the deadline falls in (pauses can leave it mid-day) or, if that is a rest day of the calendar, the first
     * working day after it ("期间的最后一日的截止时间为二十四时"); other deadlines are returned as they are. Ending every
     * such deadline at midnight, not only a moved one, keeps a shorter period from falling due after a longer one.
     */
    private Instant offRestDays(ClockTarget target, Instant deadline) {
        if (!movesOffRestDays(target)) {
            return deadline;
        }
        LocalDate last = LocalDate.ofInstant(deadline.minusNanos(1), calendar.zone());
        while (!calendar.isWorkingDay(last)) {
            last = last.plusDays(1);
        }
        return last.plusDays(1).atStartOfDay(calendar.zone()).toInstant();
    }

    /** The measure a target is counted in. */
    enum Measure {
        ELAPSED, WORKING
    }

    static Measure measureOf(ClockTarget target) {
        return target instanceof ClockTarget.Elapsed || target instanceof ClockTarget.CalendarDays
                ? Measure.ELAPSED : Measure.WORKING;
    }

    /**
     * The deadline a target gives when nothing pauses the clock.
     *
     * @param target the target
     * @param start when the clock started
     * @return the deadline
     */
    public Instant unpausedDeadline(ClockTarget target, Instant start) {
        LocalDate startDay = LocalDate.ofInstant(start, calendar.zone());
        if (target instanceof ClockTarget.Elapsed t) {
            return start.plus(t.duration());
        } else if (target instanceof ClockTarget.WorkingTime t) {
            return calendar.plusWorkingTime(start, t.duration());
        } else if (target instanceof ClockTarget.WorkingDays t) {
            return calendar.endOfWorkingDayAfter(startDay, t.days());
        } else if (target instanceof ClockTarget.CalendarDays t) {
            return calendar.calendarDaysAfter(startDay, t.days());
        } else {
            ClockTarget.ByTimeOnWorkingDay t = (ClockTarget.ByTimeOnWorkingDay) target;
            return calendar.atTimeOnWorkingDayAfter(startDay, t.days(), t.time());
        }
    }

    /**
     * The budget of a target in its measure.
     *
     * @param target the target
     * @param start when the clock started
     * @return the budget
     */
    public Duration budget(ClockTarget target, Instant start) {
        return measure(measureOf(target), start, unpausedDeadline(target, start));
    }

    private Duration measure(Measure measure, Instant from, Instant to) {
        if (!to.isAfter(from)) {
            return Duration.ZERO;
        }
        return measure == Measure.ELAPSED ? Duration.between(from, to) : calendar.workingTimeBetween(from, to);
    }

    private Instant advance(Measure measure, Instant from, Duration amount) {
        return measure == Measure.ELAPSED ? from.plus(amount) : calendar.plusWorkingTime(from, amount);
    }

    /**
     * The deadline of a clock that started at {@code start} and was paused during {@code pauses}; pauses
     * before the start are ignored. An open pause that starts before the deadline would be reached
     * leaves the deadline unknown. A calendar-day target under the Civil Code Art. 203 has its last day
     * (paused time added) moved off rest days and ends at 24:00 of it, even where pauses left the deadline mid-day;
     * its warning shares are counted on the budget without the move.
     *
     * @param target the target
     * @param start when the clock started
     * @param pauses the pauses, in any order, not overlapping
     * @return the deadline, or empty while an open pause holds the clock before it is due
     */
    public Optional<Instant> deadline(ClockTarget target, Instant start, List<PauseInterval> pauses) {
        Instant unpaused = unpausedDeadline(target, start);
        return reached(target, start, pauses, measure(measureOf(target), start, unpaused), unpaused)
                .map(d -> offRestDays(target, d));
    }

    /**
     * The instant at which a share of the budget is used, paused time excluded: when a 50 % warning
     * falls due, for example.
     *
     * @param target the target
     * @param start when the clock started
     * @param pauses the pauses, in any order, not overlapping
     * @param percent the share of the budget, 1 to 100
     * @return the instant, or empty while an open pause holds the clock before it
     */
    public Optional<Instant> whenUsed(ClockTarget target, Instant start, List<PauseInterval> pauses, int percent) {
        if (percent < 1 || percent > 100) {
            throw new IllegalArgumentException("a share of the budget is 1 to 100 percent");
        }
        if (percent == 100) {
            return deadline(target, start, pauses);
        }
        Duration share = share(budget(target, start), percent);
        return reached(target, start, pauses, share, null);
    }

    /**
     * {@code budget × percent ÷ 100}, rounded down to the nanosecond: {@link Duration#multipliedBy} then
     * {@link Duration#dividedBy(long)}, which go through {@code BigDecimal}, computed in nanoseconds while they fit
     * in a long (budgets under about 2.9 years), as the sweep evaluates it for every warning of every command.
     */
    static Duration share(Duration budget, int percent) {
        if (!budget.isNegative() && budget.getSeconds() < Long.MAX_VALUE / 1_000_000_000L / 100) {
            return Duration.ofNanos(budget.toNanos() * percent / 100);
        }
        return budget.multipliedBy(percent).dividedBy(100);
    }

    /**
     * The instant at which running time reaches {@code amount}; when nothing interrupts the clock and
     * {@code unpaused} is given (the whole budget), that target deadline itself.
     */
    private Optional<Instant> reached(ClockTarget target, Instant start, List<PauseInterval> pauses, Duration amount,
                                      Instant unpaused) {
        Measure measure = measureOf(target);
        Duration left = amount;
        Instant cursor = start;
        boolean interrupted = false;
        for (PauseInterval pause : sorted(pauses, start)) {
            // Only pauses that begin before the budget would run out matter; later ones are never measured,
            // so a pause far in the future (even beyond the calendar's horizon) cannot disturb the result.
            if (left.isZero() || !pause.start().isBefore(advance(measure, cursor, left))) {
                break;
            }
            Duration running = measure(measure, cursor, pause.start());
            if (pause.isOpen()) {
                return Optional.empty();
            }
            Instant from = pause.start().isAfter(cursor) ? pause.start() : cursor;
            if (measure(measure, from, pause.end()).isZero()) {
                continue;
            }
            left = left.minus(running);
            interrupted = true;
            cursor = pause.end().isAfter(cursor) ? pause.end() : cursor;
        }
        if (!interrupted && unpaused != null) {
            return Optional.of(unpaused);
        }
        return Optional.of(advance(measure, cursor, left));
    }

    /**
     * How much of the budget the running time used from the start to {@code now}, paused time excluded.
     *
     * @param target the target
     * @param start when the clock started
     * @param pauses the pauses, not overlapping
     * @param now the instant to measure to
     * @return the budget used, not negative; more than the budget once the clock is overdue
     */
    public Duration used(ClockTarget target, Instant start, List<PauseInterval> pauses, Instant now) {
        Measure measure = measureOf(target);
        Duration used = measure(measure, start, now);
        for (PauseInterval pause : sorted(pauses, start)) {
            Instant from = pause.start().isAfter(start) ? pause.start() : start;
            Instant to = pause.isOpen() || pause.end().isAfter(now) ? now : pause.end();
            used = used.minus(measure(measure, from, to));
        }
        return used.isNegative() ? Duration.ZERO : used;
    }

    private static List<PauseInterval> sorted(List<PauseInterval> pauses, Instant start) {
        List<PauseInterval> out = new ArrayList<>();
        for (PauseInterval p : pauses) {
            if (p.isOpen() || p.end().isAfter(start)) {
                out.add(p);
            }
        }
        out.sort(Comparator.comparing(PauseInterval::start));
        return out;
    }
}
