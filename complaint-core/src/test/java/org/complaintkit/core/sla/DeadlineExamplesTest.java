package org.complaintkit.core.sla;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import org.complaintkit.api.sla.ClockTarget;
import org.complaintkit.core.calendar.BusinessCalendar;
import org.complaintkit.core.calendar.CalendarFile;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/** Worked examples on the mainland-China calendar; the regulatory presets build on these. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class DeadlineExamplesTest {
    static final BusinessCalendar CN = BusinessCalendar.of(CalendarFile.mainlandChina());
    static final Deadlines DEADLINES = new Deadlines(CN);

    static Instant at(String local) {
        return ZonedDateTime.of(LocalDateTime.parse(local), CN.zone()).toInstant();
    }

    @Test
    void fifteen_calendar_days_from_receipt_end_with_the_fifteenth_day_after_it() {
        assertEquals(at("2025-03-17T00:00"), DEADLINES.deadline(new ClockTarget.CalendarDays(15),
                at("2025-03-01T16:20"), List.of()).orElseThrow(), "CBIRC Arts. 18 and 43");
    }

    @Test
    void ten_days_of_external_appraisal_move_a_fifteen_day_deadline_by_ten_days() {
        List<PauseInterval> appraisal = List.of(new PauseInterval(at("2025-03-05T10:00"), at("2025-03-15T10:00")));
        assertEquals(at("2025-03-27T00:00"), DEADLINES.deadline(new ClockTarget.CalendarDays(15),
                at("2025-03-01T16:20"), appraisal).orElseThrow(), "CBIRC Art. 18: appraisal time does not count");
    }

    @Test
    void four_working_hours_skip_lunch_and_night_and_a_pause_for_the_customer() {
        Instant start = at("2025-03-03T11:00");
        assertEquals(at("2025-03-03T16:30"), DEADLINES.deadline(new ClockTarget.WorkingTime(Duration.ofHours(4)),
                start, List.of()).orElseThrow());
        List<PauseInterval> waiting = List.of(new PauseInterval(at("2025-03-03T14:00"), at("2025-03-04T10:00")));
        assertEquals(at("2025-03-04T14:00"), DEADLINES.deadline(new ClockTarget.WorkingTime(Duration.ofHours(4)),
                start, waiting).orElseThrow(), "1 h before lunch and 30 min after it; the next day 2 h to noon"
                        + " and 30 min after lunch");
    }

    @Test
    void seven_working_days_from_a_friday_before_national_day_end_on_13_october() {
        assertEquals(at("2025-10-13T17:30"), DEADLINES.deadline(new ClockTarget.WorkingDays(7),
                at("2025-09-26T15:00"), List.of()).orElseThrow(), "CBIRC Art. 33");
    }

    @Test
    void by_noon_on_the_second_working_day_counts_the_make_up_saturday() {
        assertEquals(at("2026-02-24T12:00"), DEADLINES.deadline(new ClockTarget.ByTimeOnWorkingDay(2, LocalTime.NOON),
                at("2026-02-13T09:00"), List.of()).orElseThrow());
    }

    @Test
    void the_budget_used_stops_growing_while_the_clock_is_paused() {
        ClockTarget target = new ClockTarget.Elapsed(Duration.ofHours(10));
        Instant start = at("2025-03-03T08:00");
        List<PauseInterval> pause = List.of(new PauseInterval(at("2025-03-03T09:00"), null));
        assertEquals(Duration.ofHours(1), DEADLINES.used(target, start, pause, at("2025-03-05T08:00")));
    }
}
