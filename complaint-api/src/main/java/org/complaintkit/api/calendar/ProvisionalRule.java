package org.complaintkit.api.calendar;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Collection;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.complaintkit.api.error.CalendarException;
import org.complaintkit.api.error.ErrorCode;

/**
 * How a calendar guesses the days past its official horizon: the holidays it expects, and nothing else. A
 * provisional day has the calendar's weekly hours unless it is one of these holidays; it is never a make-up
 * working day (those cannot be predicted) and has no special hours. Deadlines computed on a provisional day
 * are marked provisional and corrected on the record when the official data arrives.
 *
 * <p>Holidays come in two forms: fixed dates that recur every year (New Year's Day, 1 May), and computed ones
 * supplied as a list of dates (a lunar festival, a solar term, Easter), such as a statutory table for
 * 2027&ndash;2060. {@link #weekendsOnly} expects no holiday at all.
 *
 * <p>Immutable and thread-safe.
 *
 * @param basis what the guess rests on, for records and explanations, such as
 *     {@code "statutory holidays (全国年节及纪念日放假办法, 2024)"}
 * @param fixedHolidays holidays on the same month and day every year
 * @param datedHolidays holidays on single dates; dates outside a calendar's provisional span are ignored
 */
public record ProvisionalRule(String basis, Set<MonthDay> fixedHolidays, Set<LocalDate> datedHolidays) {

    /**
     * Checks and copies the components.
     *
     * @param basis what the guess rests on, not blank
     * @param fixedHolidays holidays on the same month and day every year
     * @param datedHolidays holidays on single dates
     */
    public ProvisionalRule {
        Objects.requireNonNull(basis, "basis");
        if (basis.isBlank()) {
            throw CalendarException.of(ErrorCode.INVALID_CALENDAR, "basis",
                    "a provisional rule must say what it rests on");
        }
        fixedHolidays = Set.copyOf(new TreeSet<>(fixedHolidays));
        datedHolidays = Set.copyOf(new TreeSet<>(datedHolidays));
    }

    /**
     * A rule that expects no holiday: the weekly hours only.
     *
     * @param basis what the guess rests on
     * @return the rule
     */
    public static ProvisionalRule weekendsOnly(String basis) {
        return new ProvisionalRule(basis, Set.of(), Set.of());
    }

    /**
     * A rule of holidays on fixed dates, every year.
     *
     * @param basis what the guess rests on
     * @param days the month and day of each holiday
     * @return the rule
     */
    public static ProvisionalRule fixed(String basis, MonthDay... days) {
        return new ProvisionalRule(basis, Set.of(days), Set.of());
    }

    /**
     * A rule of holidays given as dates: computed holidays, or a whole statutory table.
     *
     * @param basis what the guess rests on
     * @param dates the holidays
     * @return the rule
     */
    public static ProvisionalRule dated(String basis, Collection<LocalDate> dates) {
        return new ProvisionalRule(basis, Set.of(), Set.copyOf(dates));
    }

    /**
     * Returns this rule with more dated holidays.
     *
     * @param dates the holidays to add
     * @return a new rule
     */
    public ProvisionalRule plusDates(Collection<LocalDate> dates) {
        Set<LocalDate> all = new TreeSet<>(datedHolidays);
        all.addAll(dates);
        return new ProvisionalRule(basis, fixedHolidays, all);
    }

    /**
     * Tells whether the rule expects a date to be a holiday.
     *
     * @param date the date
     * @return true if it is a fixed or dated holiday
     */
    public boolean isHoliday(LocalDate date) {
        return datedHolidays.contains(date) || fixedHolidays.contains(MonthDay.from(date));
    }
}
