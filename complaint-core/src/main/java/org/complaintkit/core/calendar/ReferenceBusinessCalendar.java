package org.complaintkit.core.calendar;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.complaintkit.api.calendar.CalendarDefinition;
import org.complaintkit.core.calendar.WorkingPeriods.Period;
import org.complaintkit.api.error.CalendarException;
import org.complaintkit.api.error.ErrorCode;

/**
 * The obvious implementation: walks day by day and window by window. Slow over long spans, easy to
 * check by eye; the indexed calendar is proven equal to it by property tests.
 */
final class ReferenceBusinessCalendar implements BusinessCalendar {
    private final CalendarDefinition definition;

    ReferenceBusinessCalendar(CalendarDefinition definition) {
        this.definition = Objects.requireNonNull(definition, "definition");
    }

    @Override
    public CalendarDefinition definition() {
        return definition;
    }

    private List<Period> periods(LocalDate date) {
        return WorkingPeriods.of(date, definition.hoursOn(date), zone());
    }

    private LocalDate dateOf(Instant instant) {
        LocalDate date = LocalDate.ofInstant(instant, zone());
        definition.hoursOn(date);
        return date;
    }

    @Override
    public boolean isWorkingDay(LocalDate date) {
        return definition.hoursOn(date).isWorking();
    }

    @Override
    public boolean isWorkingTime(Instant instant) {
        for (Period p : periods(dateOf(instant))) {
            if (!instant.isBefore(p.start()) && instant.isBefore(p.end())) {
                return true;
            }
        }
        return false;
    }

    @Override
    public Instant nextWorkingInstant(Instant instant) {
        for (LocalDate d = dateOf(instant); ; d = d.plusDays(1)) {
            for (Period p : periods(d)) {
                if (p.end().isAfter(instant)) {
                    return p.start().isAfter(instant) ? p.start() : instant;
                }
            }
        }
    }

    @Override
    public Instant previousWorkingInstant(Instant instant) {
        for (LocalDate d = dateOf(instant); ; d = d.minusDays(1)) {
            List<Period> periods = periods(d);
            for (int i = periods.size() - 1; i >= 0; i--) {
                Period p = periods.get(i);
                if (p.start().isBefore(instant)) {
                    return p.end().isBefore(instant) ? p.end() : instant;
                }
            }
        }
    }

    @Override
    public LocalDate plusWorkingDays(LocalDate date, int n) {
        definition.hoursOn(date);
        LocalDate d = date;
        int step = n > 0 ? 1 : -1;
        for (int left = Math.abs(n); left > 0; ) {
            d = d.plusDays(step);
            if (isWorkingDay(d)) {
                left--;
            }
        }
        return d;
    }

    @Override
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            return -workingDaysBetween(to, from);
        }
        int count = 0;
        for (LocalDate d = from; d.isBefore(to); d = d.plusDays(1)) {
            if (isWorkingDay(d)) {
                count++;
            }
        }
        return count;
    }

    @Override
    public Instant plusWorkingTime(Instant start, Duration amount) {
        if (amount.isNegative()) {
            throw new IllegalArgumentException("working time to add cannot be negative");
        }
        Duration left = amount;
        LocalDate first = dateOf(start);
        if (left.isZero()) {
            return start;
        }
        for (LocalDate d = first; ; d = d.plusDays(1)) {
            for (Period p : periods(d)) {
                Instant from = p.start().isAfter(start) ? p.start() : start;
                if (p.end().isAfter(from)) {
                    Duration available = Duration.between(from, p.end());
                    if (left.compareTo(available) <= 0) {
                        return from.plus(left);
                    }
                    left = left.minus(available);
                }
            }
        }
    }

    @Override
    public Duration workingTimeBetween(Instant from, Instant to) {
        if (to.isBefore(from)) {
            return workingTimeBetween(to, from).negated();
        }
        Duration total = Duration.ZERO;
        LocalDate last = dateOf(to);
        for (LocalDate d = dateOf(from); !d.isAfter(last); d = d.plusDays(1)) {
            for (Period p : periods(d)) {
                Instant s = p.start().isAfter(from) ? p.start() : from;
                Instant e = p.end().isBefore(to) ? p.end() : to;
                if (e.isAfter(s)) {
                    total = total.plus(Duration.between(s, e));
                }
            }
        }
        return total;
    }

    static CalendarException beyond(CalendarDefinition definition) {
        return CalendarException.of(ErrorCode.BEYOND_CALENDAR_HORIZON, "instant",
                "calendar " + definition.id() + " knows " + definition.validFrom() + " to " + definition.lastDay());
    }
}
