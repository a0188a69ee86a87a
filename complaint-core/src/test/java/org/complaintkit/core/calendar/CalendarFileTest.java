package org.complaintkit.core.calendar;

import static org.junit.jupiter.api.Assertions.*;

import java.time.LocalDate;
import java.util.List;
import org.complaintkit.api.calendar.CalendarDefinition;
import org.complaintkit.api.calendar.DayHours;
import org.complaintkit.api.error.CalendarException;
import org.complaintkit.api.error.ErrorCode;
import org.complaintkit.api.error.Violation;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class CalendarFileTest {

    @Test
    void a_file_with_several_faults_reports_each_with_its_file_and_line() {
        String text = String.join("\n",
                "calendar test",
                "zone Asia/Shanghai",
                "horizon 2025-01-01 2025-12-31",
                "weekly MON,TUE 09:00-12:00,11:00-13:00",
                "holiday 2025-02-30",
                "workday 2025-02-08",
                "lunch 12:00-13:30",
                "special 2025-03-01");
        CalendarException e = assertThrows(CalendarException.class, () -> CalendarFile.parse("bad.calendar", text));
        List<String> where = e.violations().stream().map(Violation::path).toList();
        assertEquals(List.of("bad.calendar:4", "bad.calendar:5", "bad.calendar:6", "bad.calendar:7", "bad.calendar:8"),
                where, e.getMessage());
        assertTrue(e.violations().stream().allMatch(v -> v.code() == ErrorCode.INVALID_CALENDAR));
        assertTrue(e.getMessage().contains("unknown statement 'lunch'"), e.getMessage());
    }

    @Test
    void a_holiday_that_is_also_a_make_up_day_is_refused_naming_the_date() {
        String text = "calendar t\nzone UTC\nhorizon 2025-01-01 2025-01-31\nmakeup-hours 09:00-17:00\n"
                + "holiday 2025-01-04\nworkday 2025-01-04\n";
        CalendarException e = assertThrows(CalendarException.class, () -> CalendarFile.parse("t.calendar", text));
        assertTrue(e.getMessage().contains("2025-01-04 is both a holiday and a make-up working day"), e.getMessage());
    }

    @Test
    void ranges_hours_and_labels_are_read() {
        CalendarDefinition def = CalendarFile.parse("ok.calendar", String.join("\n",
                "calendar ok  # a comment",
                "zone Europe/London",
                "horizon 2025-01-01 2025-12-31",
                "weekly MON,TUE,WED,THU,FRI 09:00-17:00",
                "holiday 2025-12-25..2025-12-26 Christmas",
                "workday 2025-12-27 10:00-14:00 a Saturday opening",
                "special 2025-12-24 09:00-13:00 Christmas Eve"));
        assertEquals(DayHours.CLOSED, def.hoursOn(LocalDate.of(2025, 12, 26)));
        assertEquals(DayHours.parse("10:00-14:00"), def.hoursOn(LocalDate.of(2025, 12, 27)));
        assertEquals(DayHours.parse("09:00-13:00"), def.hoursOn(LocalDate.of(2025, 12, 24)));
        assertEquals(DayHours.CLOSED, def.hoursOn(LocalDate.of(2025, 12, 28)));
    }

    @Test
    void a_calendar_with_no_weekly_hours_is_refused_unless_it_says_it_counts_calendar_days_only() {
        String bare = "calendar bare\nzone Asia/Shanghai\nhorizon 2026-01-01 2026-12-31\nholiday 2026-10-01\n";
        org.complaintkit.api.error.CalendarException e = org.junit.jupiter.api.Assertions.assertThrows(
                org.complaintkit.api.error.CalendarException.class, () -> CalendarFile.parse("bare.calendar", bare));
        org.junit.jupiter.api.Assertions.assertTrue(e.getMessage().contains("bare.calendar")
                && e.getMessage().contains("no weekly working hours"), e.getMessage());
        org.junit.jupiter.api.Assertions.assertFalse(CalendarFile.parse("days.calendar", bare + "calendar-days-only\n")
                .hasWeeklyHours());
    }
}
