package org.complaintkit.benchmarks.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import org.complaintkit.api.calendar.CalendarDefinition;
import org.complaintkit.core.calendar.BusinessCalendar;
import org.junit.jupiter.api.Test;

/**
 * The calendar to 2060 of issue 26, bounded in every build so a regression shows before a benchmark run: the
 * targets are 100 ms to build and 2 MB of index; the time bound here is ten times the target, since a test JVM
 * is cold and shares the machine.
 */
class CalendarTo2060Test {
    private static final Duration GENEROUS_BUILD_TIME = Duration.ofSeconds(1);
    private static final long INDEX_BOUND_BYTES = 2L * 1024 * 1024;

    @Test
    void theCalendarReaches2060WithGuessedYearsAfterTheOfficialOnes() {
        CalendarDefinition definition = CalendarTo2060.definition();
        BusinessCalendar calendar = BusinessCalendar.of(definition);
        assertEquals(CalendarTo2060.LAST_DAY, calendar.definition().lastDay());
        assertTrue(calendar.isProvisional(LocalDate.of(2060, 10, 1)), "2060 is guessed");
        assertTrue(!calendar.isWorkingDay(LocalDate.of(2060, 10, 1)), "National Day is guessed a holiday");
        assertTrue(calendar.isWorkingDay(LocalDate.of(2060, 10, 6)), "a Wednesday after it is guessed a working day");
    }

    @Test
    void buildingTheCalendarTo2060TakesUnderASecond() {
        CalendarDefinition definition = CalendarTo2060.definition();
        long start = System.nanoTime();
        BusinessCalendar calendar = BusinessCalendar.of(definition);
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertTrue(calendar.isWorkingDay(LocalDate.of(2060, 12, 31)), "31 December 2060 is a Friday");
        assertTrue(took.compareTo(GENEROUS_BUILD_TIME) < 0, "built in " + took.toMillis() + " ms");
    }

    @Test
    void theIndexOfTheCalendarTo2060TakesUnderTwoMebibytes() {
        long bytes = CalendarTo2060.indexBytes(BusinessCalendar.of(CalendarTo2060.definition()));
        assertTrue(bytes > 100_000, "the index was measured at all: " + bytes);
        assertTrue(bytes < INDEX_BOUND_BYTES, "index of " + bytes + " bytes");
    }
}
