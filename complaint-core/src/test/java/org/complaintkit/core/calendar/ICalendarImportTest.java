package org.complaintkit.core.calendar;

import static org.junit.jupiter.api.Assertions.*;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.complaintkit.api.calendar.CalendarDefinition;
import org.complaintkit.api.calendar.DayHours;
import org.complaintkit.api.error.CalendarException;
import org.complaintkit.api.error.ErrorCode;
import org.complaintkit.api.error.Violation;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ICalendarImportTest {
    static final String FEED = String.join("\r\n",
            "BEGIN:VCALENDAR",
            "VERSION:2.0",
            "PRODID:-//test//holidays//CN",
            "BEGIN:VEVENT",
            "UID:1",
            "DTSTART;VALUE=DATE:20250128",
            "DTEND;VALUE=DATE:20250205",
            "SUMMARY:春节 休",
            "CATEGORIES:holiday",
            "END:VEVENT",
            "BEGIN:VEVENT",
            "UID:2",
            "DTSTART;VALUE=DATE:20250126",
            "SUMMARY:春节调休 ",
            " 班",
            "CATEGORIES:workday",
            "END:VEVENT",
            "BEGIN:VEVENT",
            "UID:3",
            "DTSTART;VALUE=DATE:20251001",
            "DURATION:P8D",
            "SUMMARY:国庆节\\, 中秋节 休",
            "CATEGORIES:holiday",
            "END:VEVENT",
            "BEGIN:VEVENT",
            "UID:4",
            "DTSTART;VALUE=DATE:20250214",
            "SUMMARY:情人节",
            "END:VEVENT",
            "END:VCALENDAR", "");

    @Test
    void all_day_events_mark_holidays_and_make_up_days_including_multi_day_and_folded_ones() {
        ICalendarImport.Marks marks = ICalendarImport.read("cn.ics", FEED, ICalendarImport.Markers.CHINESE_SUMMARY);
        assertEquals(16, marks.holidays().size(), "8 days of Spring Festival and 8 of National Day");
        assertTrue(marks.holidays().contains(LocalDate.of(2025, 2, 4)));
        assertFalse(marks.holidays().contains(LocalDate.of(2025, 2, 5)), "DTEND is exclusive");
        assertTrue(marks.holidays().contains(LocalDate.of(2025, 10, 8)));
        assertEquals(Set.of(LocalDate.of(2025, 1, 26)), marks.workdays(), "the folded SUMMARY reads '春节调休 班'");
        assertEquals(1, marks.skippedEvents());
    }

    @Test
    void the_marker_property_is_configurable() {
        ICalendarImport.Marks marks = ICalendarImport.read("cn.ics", FEED,
                new ICalendarImport.Markers(ICalendarImport.MarkerProperty.CATEGORIES, "holiday", "workday"));
        assertEquals(16, marks.holidays().size());
        assertEquals(Set.of(LocalDate.of(2025, 1, 26)), marks.workdays());
    }

    @Test
    void imported_marks_agree_with_the_shipped_calendar_file() {
        ICalendarImport.Marks marks = ICalendarImport.read("cn.ics", FEED, ICalendarImport.Markers.CHINESE_SUMMARY);
        CalendarDefinition imported = marks.applyTo(CalendarDefinition.builder("imported", ZoneId.of("Asia/Shanghai"))
                        .mondayToFriday(DayHours.parse("09:00-12:00,13:30-17:30"))
                        .horizon(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31)),
                DayHours.parse("09:00-12:00,13:30-17:30")).build();
        CalendarDefinition shipped = CalendarFile.mainlandChina();
        for (LocalDate d = LocalDate.of(2025, 1, 20); d.isBefore(LocalDate.of(2025, 2, 8)); d = d.plusDays(1)) {
            assertEquals(shipped.hoursOn(d), imported.hoursOn(d), d.toString());
        }
    }

    @Test
    void a_feed_in_which_no_event_carries_a_marker_is_refused_rather_than_imported_as_no_holidays() {
        CalendarException e = assertThrows(CalendarException.class, () -> ICalendarImport.read("cn.ics", FEED,
                new ICalendarImport.Markers(ICalendarImport.MarkerProperty.DESCRIPTION, "休", "班")));
        assertEquals(ErrorCode.INVALID_CALENDAR, e.code());
        assertTrue(e.getMessage().contains("cn.ics") && e.getMessage().contains("DESCRIPTION"), e.getMessage());
        CalendarException empty = assertThrows(CalendarException.class, () -> ICalendarImport.read("empty.ics",
                "BEGIN:VCALENDAR\nEND:VCALENDAR\n", ICalendarImport.Markers.CHINESE_SUMMARY));
        assertTrue(empty.getMessage().contains("no event"), empty.getMessage());
    }

    @Test
    void timed_events_and_unfinished_events_are_reported_with_file_and_line() {
        String bad = String.join("\n", "BEGIN:VCALENDAR", "BEGIN:VEVENT", "DTSTART:20250128T090000Z",
                "SUMMARY:休", "END:VEVENT", "BEGIN:VEVENT", "DTSTART;VALUE=DATE:2025-13-01", "SUMMARY:休");
        CalendarException e = assertThrows(CalendarException.class,
                () -> ICalendarImport.read("bad.ics", bad, ICalendarImport.Markers.CHINESE_SUMMARY));
        List<String> where = e.violations().stream().map(Violation::path).toList();
        assertEquals(List.of("bad.ics:3", "bad.ics:7", "bad.ics:6"), where, e.getMessage());
    }
}
