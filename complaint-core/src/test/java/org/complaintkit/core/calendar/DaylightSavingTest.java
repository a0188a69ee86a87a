package org.complaintkit.core.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import org.complaintkit.api.calendar.CalendarDefinition;
import org.complaintkit.api.calendar.DayHours;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DaylightSavingTest {

    static BusinessCalendar nineToFive(ZoneId zone) {
        return BusinessCalendar.of(CalendarDefinition.builder("dst-" + zone, zone)
                .mondayToFriday(DayHours.parse("09:00-17:00"))
                .horizon(LocalDate.of(2024, 1, 1), LocalDate.of(2026, 12, 31)).build());
    }

    @ParameterizedTest(name = "every week of 2024 to 2026 in {0} has exactly forty working hours, DST weeks included")
    @ValueSource(strings = {"Europe/London", "America/New_York"})
    void every_week_has_exactly_forty_working_hours(String zoneId) {
        ZoneId zone = ZoneId.of(zoneId);
        BusinessCalendar cal = nineToFive(zone);
        LocalDate monday = LocalDate.of(2024, 1, 1);
        int weeks = 0;
        for (; monday.plusDays(7).isBefore(LocalDate.of(2026, 12, 31)); monday = monday.plusDays(7)) {
            assertEquals(Duration.ofHours(40), cal.workingTimeBetween(monday.atStartOfDay(zone).toInstant(),
                    monday.plusDays(7).atStartOfDay(zone).toInstant()), monday.toString());
            weeks++;
        }
        assertEquals(156, weeks);
    }

    @ParameterizedTest(name = "two working hours added late on the Friday before a clock change in {0} end at 10:00 on Monday")
    @ValueSource(strings = {"Europe/London", "America/New_York"})
    void adding_across_a_clock_change_weekend_keeps_local_working_hours(String zoneId) {
        ZoneId zone = ZoneId.of(zoneId);
        BusinessCalendar cal = nineToFive(zone);
        var rules = zone.getRules();
        var transition = rules.nextTransition(LocalDate.of(2024, 1, 1).atStartOfDay(zone).toInstant());
        int seen = 0;
        while (transition != null && transition.getInstant().isBefore(LocalDate.of(2026, 12, 1).atStartOfDay(zone).toInstant())) {
            LocalDate changeDay = LocalDate.ofInstant(transition.getInstant(), zone);
            LocalDate friday = changeDay.with(TemporalAdjusters.previous(DayOfWeek.FRIDAY));
            LocalDate monday = changeDay.with(TemporalAdjusters.next(DayOfWeek.MONDAY));
            var start = ZonedDateTime.of(LocalDateTime.of(friday, java.time.LocalTime.of(16, 0)), zone).toInstant();
            assertEquals(ZonedDateTime.of(LocalDateTime.of(monday, java.time.LocalTime.of(10, 0)), zone).toInstant(),
                    cal.plusWorkingTime(start, Duration.ofHours(2)), changeDay.toString());
            transition = rules.nextTransition(transition.getInstant());
            seen++;
        }
        assertEquals(6, seen);
    }

    @ParameterizedTest(name = "a round-the-clock window in {0} counts the real length of the clock-change day")
    @ValueSource(strings = {"Europe/London", "America/New_York"})
    void a_night_window_counts_real_time_on_the_clock_change_night(String zoneId) {
        ZoneId zone = ZoneId.of(zoneId);
        BusinessCalendar cal = BusinessCalendar.of(CalendarDefinition.builder("night", zone)
                .weekly(DayHours.parse("00:00-23:59"), DayOfWeek.values())
                .horizon(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31)).build());
        var transition = zone.getRules().nextTransition(LocalDate.of(2025, 1, 1).atStartOfDay(zone).toInstant());
        LocalDate day = LocalDate.ofInstant(transition.getInstant(), zone);
        var from = day.atStartOfDay(zone).toInstant();
        var to = day.plusDays(1).atStartOfDay(zone).toInstant();
        assertEquals(Duration.between(from, to).minusMinutes(1), cal.workingTimeBetween(from, to),
                "the spring-forward day has 23 real hours and the calendar counts exactly those");
    }
}
