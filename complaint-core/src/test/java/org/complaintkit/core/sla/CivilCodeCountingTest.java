package org.complaintkit.core.sla;

import static org.junit.jupiter.api.Assertions.*;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.MonthDay;
import java.time.ZonedDateTime;
import java.util.List;
import org.complaintkit.api.calendar.CalendarDefinition;
import org.complaintkit.api.calendar.ProvisionalRule;
import org.complaintkit.api.error.CalendarException;
import org.complaintkit.api.sla.ClockTarget;
import org.complaintkit.core.calendar.BusinessCalendar;
import org.complaintkit.core.calendar.CalendarFile;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/** Calendar-day targets counted literally, or with the last day moved off rest days (Civil Code Art. 203). */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class CivilCodeCountingTest {
    static final CalendarDefinition CN = CalendarFile.mainlandChina();
    static final Deadlines DEADLINES = new Deadlines(BusinessCalendar.of(CN));
    static final ClockTarget LITERAL = new ClockTarget.CalendarDays(15);
    static final ClockTarget CIVIL = ClockTarget.CalendarDays.civilCode(15);

    static Instant at(String local) {
        return ZonedDateTime.of(LocalDateTime.parse(local), CN.zone()).toInstant();
    }

    static Instant due(Deadlines deadlines, ClockTarget target, String received) {
        return deadlines.deadline(target, at(received), List.of()).orElseThrow();
    }

    @Test
    void counting_is_literal_unless_the_target_asks_for_the_civil_code() {
        assertFalse(new ClockTarget.CalendarDays(15).lastDayOffRestDays());
        assertEquals(at("2025-03-17T00:00"), due(DEADLINES, LITERAL, "2025-03-01T16:20"), "16 March, a Sunday");
        assertEquals(at("2025-03-18T00:00"), due(DEADLINES, CIVIL, "2025-03-01T16:20"), "moved to Monday 17 March");
    }

    @Test
    void a_last_day_in_a_holiday_moves_to_the_first_working_day_after_it() {
        assertEquals(at("2025-10-06T00:00"), due(DEADLINES, LITERAL, "2025-09-20T10:00"), "5 October, National Day");
        assertEquals(at("2025-10-10T00:00"), due(DEADLINES, CIVIL, "2025-09-20T10:00"),
                "the holiday runs to 8 October: 9 October is the last day");
    }

    @Test
    void a_last_day_on_a_make_up_working_day_or_a_working_day_stays() {
        assertEquals(at("2025-09-29T00:00"), due(DEADLINES, CIVIL, "2025-09-13T10:00"), "Sunday 28 September is worked");
        assertEquals(at("2025-10-01T00:00"), due(DEADLINES, CIVIL, "2025-09-15T10:00"), "Tuesday 30 September");
    }

    /**
     * Received Saturday 1 March 2025, paused 34 hours (5 March 08:00 to 6 March 18:00). Unpaused, 13 days end with
     * Friday 14 March and 14 days with Saturday 15 March, moved to Monday 17 March. Paused, 13 days reach Sunday 16
     * March 10:00 and 14 days Monday 17 March 10:00: both periods now end on Monday 17 March, and under Art. 203 a
     * period's last day ends at 24:00 ("期间的最后一日的截止时间为二十四时"), so both are due 18 March 00:00. Before the
     * fix, 14 days stayed at Monday 10:00, 14 hours before the shorter period fell due.
     */
    @Test
    void a_paused_period_ends_at_midnight_of_its_last_day_so_a_shorter_one_is_never_due_after_a_longer_one() {
        List<PauseInterval> pauses = List.of(new PauseInterval(at("2025-03-05T08:00"), at("2025-03-06T18:00")));
        Instant start = at("2025-03-01T16:20");
        Instant thirteen = DEADLINES.deadline(ClockTarget.CalendarDays.civilCode(13), start, pauses).orElseThrow();
        Instant fourteen = DEADLINES.deadline(ClockTarget.CalendarDays.civilCode(14), start, pauses).orElseThrow();
        assertEquals(at("2025-03-18T00:00"), thirteen, "Sunday 16 March moves to Monday 17 March, to its end");
        assertFalse(thirteen.isAfter(fourteen), "13 days due " + thirteen + " after 14 days due " + fourteen);
        assertEquals(at("2025-03-18T00:00"), fourteen, "Monday 17 March is the last day: it ends at 24:00");
        assertEquals(at("2025-03-17T10:00"), DEADLINES.deadline(new ClockTarget.CalendarDays(14), start, pauses)
                .orElseThrow(), "counted as it falls, the pause moves the deadline by exactly 34 hours, as before");
    }

    @Test
    void past_the_horizon_the_civil_code_needs_the_calendar_and_says_when_it_guesses() {
        assertEquals(at("2027-01-05T00:00"), due(DEADLINES, LITERAL, "2026-12-20T10:00"), "no calendar data needed");
        assertThrows(CalendarException.class, () -> due(DEADLINES, CIVIL, "2026-12-20T10:00"));
        Deadlines guessing = new Deadlines(BusinessCalendar.of(CN.withProvisional(
                ProvisionalRule.fixed("New Year's Day", MonthDay.of(1, 1)), LocalDate.of(2027, 12, 31))));
        Instant due = due(guessing, CIVIL, "2026-12-18T10:00");
        assertEquals(at("2027-01-05T00:00"), due, "2 and 3 January are a weekend: Monday 4 January is the last day");
        assertTrue(guessing.isProvisional(CIVIL, due));
        assertFalse(guessing.isProvisional(LITERAL, due(guessing, LITERAL, "2026-12-18T10:00")));
    }
}
