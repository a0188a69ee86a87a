package org.complaintkit.core.calendar;

import static org.junit.jupiter.api.Assertions.*;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.stream.Collectors;
import org.complaintkit.api.calendar.CalendarDefinition;
import org.complaintkit.api.error.CalendarException;
import org.complaintkit.api.error.ErrorCode;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/** The shipped mainland-China calendar and the boundary cases the SLA clocks meet on it. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class MainlandChinaCalendarTest {
    static final CalendarDefinition CN = CalendarFile.mainlandChina();
    static final BusinessCalendar CAL = BusinessCalendar.of(CN);

    static Instant at(String localDateTime) {
        return ZonedDateTime.of(java.time.LocalDateTime.parse(localDateTime), CN.zone()).toInstant();
    }

    @Test
    void every_published_make_up_day_of_2024_to_2026_is_a_weekend_working_day() {
        List<LocalDate> expected = List.of("2024-02-04", "2024-02-18", "2024-04-07", "2024-04-28", "2024-05-11",
                "2024-09-14", "2024-09-29", "2024-10-12", "2025-01-26", "2025-02-08", "2025-04-27", "2025-09-28",
                "2025-10-11", "2026-01-04", "2026-02-14", "2026-02-28", "2026-05-09", "2026-09-20", "2026-10-10")
                .stream().map(LocalDate::parse).toList();
        assertEquals(expected, CN.makeUpDays().keySet().stream().sorted().collect(Collectors.toList()));
        for (LocalDate d : expected) {
            assertTrue(d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY, d.toString());
            assertTrue(CAL.isWorkingDay(d), d.toString());
        }
    }

    @Test
    void the_long_holidays_are_days_off_and_the_2024_spring_festival_eve_is_a_working_day() {
        assertEquals(0, CAL.workingDaysBetween(LocalDate.of(2025, 1, 28), LocalDate.of(2025, 2, 5)));
        assertEquals(0, CAL.workingDaysBetween(LocalDate.of(2025, 10, 1), LocalDate.of(2025, 10, 9)));
        assertEquals(0, CAL.workingDaysBetween(LocalDate.of(2026, 2, 15), LocalDate.of(2026, 2, 24)));
        assertTrue(CAL.isWorkingDay(LocalDate.of(2024, 2, 9)), "除夕 2024 is only encouraged off");
        assertFalse(CAL.isWorkingDay(LocalDate.of(2026, 1, 2)));
    }

    @Test
    void a_complaint_received_before_opening_starts_counting_at_opening() {
        assertEquals(at("2025-03-03T14:30"), CAL.plusWorkingTime(at("2025-03-03T08:00"), Duration.ofHours(4)));
    }

    @Test
    void a_complaint_received_after_closing_starts_counting_the_next_working_morning() {
        assertEquals(at("2025-03-04T14:30"), CAL.plusWorkingTime(at("2025-03-03T18:00"), Duration.ofHours(4)));
    }

    @Test
    void a_complaint_received_during_lunch_starts_counting_after_lunch() {
        assertFalse(CAL.isWorkingTime(at("2025-03-03T12:30")));
        assertEquals(at("2025-03-03T17:30"), CAL.plusWorkingTime(at("2025-03-03T12:30"), Duration.ofHours(4)));
        assertEquals(Duration.ofHours(7), CAL.workingTimeBetween(at("2025-03-03T00:00"), at("2025-03-04T00:00")));
    }

    @Test
    void a_complaint_received_on_a_holiday_starts_counting_on_the_first_working_day_after_it() {
        assertEquals(at("2025-10-09T10:00"), CAL.plusWorkingTime(at("2025-10-03T10:00"), Duration.ofHours(1)));
        assertEquals(at("2025-10-09T09:00"), CAL.nextWorkingInstant(at("2025-10-03T10:00")));
    }

    @Test
    void a_complaint_received_on_a_make_up_saturday_counts_that_saturday() {
        assertTrue(CAL.isWorkingTime(at("2025-10-11T10:00")));
        assertEquals(at("2025-10-13T11:00"), CAL.plusWorkingTime(at("2025-10-11T10:00"), Duration.ofHours(8)));
    }

    @Test
    void a_complaint_received_on_the_eve_of_a_long_holiday_resumes_after_it() {
        assertEquals(at("2025-09-30T17:30"), CAL.plusWorkingTime(at("2025-09-30T16:00"), Duration.ofMinutes(90)));
        assertEquals(at("2025-10-09T09:30"), CAL.plusWorkingTime(at("2025-09-30T16:00"), Duration.ofHours(2)));
        assertEquals(at("2025-10-11T17:30"), CAL.endOfWorkingDayAfter(LocalDate.of(2025, 9, 30), 3),
                "by close of the 3rd working day: 9, 10 and the make-up Saturday 11 October");
    }

    @Test
    void seven_working_days_for_a_regulator_forwarded_complaint_skip_the_national_day_holiday() {
        assertEquals(LocalDate.of(2025, 10, 13), CAL.plusWorkingDays(LocalDate.of(2025, 9, 26), 7),
                "CBIRC Art. 33: 28 (make-up Sunday), 29, 30 September, 9, 10, 11 (make-up Saturday), 13 October");
    }

    @Test
    void fifteen_calendar_days_count_inclusively_from_the_day_after_receipt() {
        assertEquals(at("2025-03-17T00:00"), CAL.calendarDaysAfter(LocalDate.of(2025, 3, 1), 15),
                "CBIRC Arts. 18 and 43: received 1 March, decided by the end of 16 March");
    }

    @Test
    void at_the_horizon_a_computation_fails_with_a_code_instead_of_guessing() {
        CalendarException e = assertThrows(CalendarException.class,
                () -> CAL.plusWorkingTime(at("2026-12-31T16:00"), Duration.ofHours(8)));
        assertEquals(ErrorCode.BEYOND_CALENDAR_HORIZON, e.code());
        assertEquals(ErrorCode.BEYOND_CALENDAR_HORIZON, assertThrows(CalendarException.class,
                () -> CAL.plusWorkingDays(LocalDate.of(2026, 12, 30), 5)).code());
        assertEquals(ErrorCode.BEYOND_CALENDAR_HORIZON, assertThrows(CalendarException.class,
                () -> CAL.isWorkingDay(LocalDate.of(2027, 1, 4))).code());
        assertEquals(at("2026-12-31T17:30"), CAL.plusWorkingTime(at("2026-12-31T16:00"), Duration.ofMinutes(90)));
    }

    @Test
    void by_a_time_on_the_nth_working_day_after_receipt_uses_local_time() {
        assertEquals(at("2026-02-24T12:00"), CAL.atTimeOnWorkingDayAfter(LocalDate.of(2026, 2, 13), 2, LocalTime.NOON),
                "13 Feb (Fri) then the make-up Saturday 14 Feb, then 24 Feb after the Spring Festival");
    }
}
