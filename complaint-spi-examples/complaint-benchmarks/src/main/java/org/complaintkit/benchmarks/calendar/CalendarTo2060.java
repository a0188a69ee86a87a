package org.complaintkit.benchmarks.calendar;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.complaintkit.api.calendar.CalendarDefinition;
import org.complaintkit.benchmarks.memory.GraphSize;
import org.complaintkit.core.calendar.BusinessCalendar;
import org.complaintkit.core.calendar.CalendarFile;
import org.complaintkit.core.calendar.StatutoryHolidays;

/**
 * The long calendar of issue 26: the shipped mainland-China calendar (official to the end of 2026) extended
 * with the statutory holidays as its provisional rule up to 31 December 2060, and how many bytes its index
 * takes. Shared by {@link CalendarTo2060Benchmark} and the test that bounds it in every build, so both measure
 * the same way.
 */
public final class CalendarTo2060 {
    /** The last day of the horizon. */
    public static final LocalDate LAST_DAY = LocalDate.of(2060, 12, 31);

    private CalendarTo2060() {
    }

    /**
     * The definition: official days from the shipped calendar file, statutory holidays guessed after them.
     *
     * @return the definition, horizon 2024-01-01 to 2060-12-31
     */
    public static CalendarDefinition definition() {
        return CalendarFile.mainlandChina().withProvisional(StatutoryHolidays.mainlandChina().provisionalRule(),
                LAST_DAY);
    }

    /**
     * The bytes a built calendar holds beyond its definition: the calendar object and every object reachable
     * from it but not from its definition (the arrays of windows, working time, day counts, dates and buckets),
     * counted by {@link GraphSize}.
     *
     * @param calendar a calendar built by {@link BusinessCalendar#of}
     * @return the index's size in bytes
     */
    public static long indexBytes(BusinessCalendar calendar) {
        return GraphSize.of(List.of(calendar), Set.of(calendar.definition()));
    }
}
