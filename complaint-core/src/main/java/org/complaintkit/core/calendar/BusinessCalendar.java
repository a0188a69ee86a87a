package org.complaintkit.core.calendar;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.complaintkit.api.calendar.CalendarDefinition;
import org.complaintkit.api.calendar.WorkingWindow;
import org.complaintkit.api.error.CalendarException;

/**
 * Working-day and working-time arithmetic on one {@link CalendarDefinition}. Working time is the union
 * of each date's working windows, turned into instants in the calendar's zone; so a day with a lunch
 * break has two stretches, and a daylight-saving change inside a window lengthens or shortens it by
 * exactly the clock change.
 *
 * <p>{@link #of} gives the indexed implementation: each operation costs a binary search, never a walk
 * over days. {@link #reference} gives the obvious loops it is proven against.
 *
 * <p>Every operation that needs a date outside the horizon throws {@link CalendarException} coded
 * {@code BEYOND_CALENDAR_HORIZON}; none answers with a guess. A definition that the host extended with a
 * provisional rule ({@code CalendarDefinition.withProvisional}) computes up to its provisional horizon;
 * {@link #isProvisional} and {@link #officialEnd} tell a caller whether a result rests on a guessed day.
 *
 * <p>Implementations are immutable and thread-safe.
 */
public interface BusinessCalendar {

    /**
     * The fast calendar for a definition.
     *
     * @param definition the definition
     * @return the calendar
     */
    static BusinessCalendar of(CalendarDefinition definition) {
        return new IndexedBusinessCalendar(definition);
    }

    /**
     * The reference calendar for a definition: plain loops over days and windows, for tests and for
     * explaining a result.
     *
     * @param definition the definition
     * @return the calendar
     */
    static BusinessCalendar reference(CalendarDefinition definition) {
        return new ReferenceBusinessCalendar(definition);
    }

    /**
     * Returns the definition this calendar computes on.
     *
     * @return the definition
     */
    CalendarDefinition definition();

    /**
     * Returns the calendar's zone.
     *
     * @return the zone
     */
    default ZoneId zone() {
        return definition().zone();
    }

    /**
     * Returns the last date known officially.
     *
     * @return the official horizon
     */
    default LocalDate officialHorizon() {
        return definition().validTo();
    }

    /**
     * Tells whether a date is only guessed, by the definition's provisional rule.
     *
     * @param date the date
     * @return true after the official horizon, up to the provisional horizon
     */
    default boolean isProvisional(LocalDate date) {
        return definition().isProvisional(date);
    }

    /**
     * Returns the first instant past the official horizon: midnight at the start of the day after it, in the
     * calendar's zone. A result at or before it rests on official dates only.
     *
     * @return the end of the official dates
     */
    default Instant officialEnd() {
        return definition().validTo().plusDays(1).atStartOfDay(zone()).toInstant();
    }

    /**
     * Returns the first instant the calendar cannot compute on: midnight at the start of the day after its
     * last date, official or provisional.
     *
     * @return the end of the calendar
     */
    default Instant end() {
        return definition().lastDay().plusDays(1).atStartOfDay(zone()).toInstant();
    }

    /**
     * Tells whether a date has working hours.
     *
     * @param date the date
     * @return true on a working day
     */
    boolean isWorkingDay(LocalDate date);

    /**
     * Tells whether an instant lies inside a working window.
     *
     * @param instant the instant
     * @return true during working time (window start included, end excluded)
     */
    boolean isWorkingTime(Instant instant);

    /**
     * Returns the instant itself during working time, else the start of the next working window.
     *
     * @param instant the instant
     * @return the next working instant
     */
    Instant nextWorkingInstant(Instant instant);

    /**
     * Returns the instant itself during working time or at a window's end, else the end of the last
     * working window before it.
     *
     * @param instant the instant
     * @return the previous working instant
     */
    Instant previousWorkingInstant(Instant instant);

    /**
     * Moves by working days: for {@code n > 0} the n-th working day after the date (the date itself not
     * counted), for {@code n < 0} the |n|-th working day before it, for 0 the date itself.
     *
     * @param date the date
     * @param n how many working days
     * @return the working day reached
     */
    LocalDate plusWorkingDays(LocalDate date, int n);

    /**
     * Moves back by working days; the same as {@code plusWorkingDays(date, -n)}.
     *
     * @param date the date
     * @param n how many working days
     * @return the working day reached
     */
    default LocalDate minusWorkingDays(LocalDate date, int n) {
        return plusWorkingDays(date, Math.negateExact(n));
    }

    /**
     * Counts working days from {@code from} (included) to {@code to} (excluded); negative if {@code to}
     * is before {@code from}.
     *
     * @param from the first date
     * @param to the date after the last
     * @return the count
     */
    int workingDaysBetween(LocalDate from, LocalDate to);

    /**
     * Adds working time: the instant at which {@code amount} of working time has passed since
     * {@code start}. A result that uses a window up to its end is that window's end.
     *
     * @param start the start
     * @param amount the working time to add, not negative
     * @return the instant reached
     * @throws IllegalArgumentException if the amount is negative
     */
    Instant plusWorkingTime(Instant start, Duration amount);

    /**
     * Measures the working time between two instants; negative if {@code to} is before {@code from}.
     *
     * @param from the start
     * @param to the end
     * @return the working time
     */
    Duration workingTimeBetween(Instant from, Instant to);

    /**
     * "By HH:MM on the n-th working day after the day of receipt": the local time on
     * {@code plusWorkingDays(receiptDay, n)}.
     *
     * @param receiptDay the day of receipt
     * @param n which working day after it, at least 1
     * @param time the local time
     * @return the deadline
     */
    default Instant atTimeOnWorkingDayAfter(LocalDate receiptDay, int n, LocalTime time) {
        requirePositive(n);
        return ZonedDateTime.of(plusWorkingDays(receiptDay, n), time, zone()).toInstant();
    }

    /**
     * "By close of the n-th working day after the day of receipt" (FCA DISP 1.5): the end of the last
     * working window of {@code plusWorkingDays(receiptDay, n)}.
     *
     * @param receiptDay the day of receipt
     * @param n which working day after it, at least 1
     * @return the deadline
     */
    default Instant endOfWorkingDayAfter(LocalDate receiptDay, int n) {
        requirePositive(n);
        LocalDate day = plusWorkingDays(receiptDay, n);
        List<WorkingWindow> windows = definition().hoursOn(day).windows();
        return ZonedDateTime.of(day, windows.get(windows.size() - 1).end(), zone()).toInstant();
    }

    /**
     * A calendar-day limit counted inclusively ("以内", CBIRC Art. 43): {@code days} calendar days after
     * the day of receipt, the last day counted whole. The result is the first instant after the period:
     * midnight at the start of day {@code receiptDay + days + 1} in the calendar's zone. Holidays do not
     * matter; the horizon does not either.
     *
     * @param receiptDay the day of receipt, not itself counted
     * @param days the limit in calendar days, not negative
     * @return the first instant past the limit
     */
    default Instant calendarDaysAfter(LocalDate receiptDay, int days) {
        if (days < 0) {
            throw new IllegalArgumentException("a calendar-day limit cannot be negative");
        }
        return receiptDay.plusDays(days + 1L).atStartOfDay(zone()).toInstant();
    }

    private static void requirePositive(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("the working day after the day of receipt is counted from 1");
        }
    }
}
