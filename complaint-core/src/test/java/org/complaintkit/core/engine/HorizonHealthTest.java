package org.complaintkit.core.engine;

import static org.junit.jupiter.api.Assertions.*;

import org.complaintkit.api.error.InvalidInputException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.MonthDay;
import java.time.ZoneId;
import java.util.List;
import org.complaintkit.api.calendar.ProvisionalRule;
import org.complaintkit.api.sla.ClockTarget;
import org.complaintkit.api.sla.ClockDefinition;
import org.complaintkit.api.sla.Milestone;
import org.complaintkit.core.calendar.BusinessCalendar;
import org.complaintkit.core.calendar.CalendarFile;
import org.complaintkit.core.calendar.CalendarVersions;
import org.complaintkit.testkit.MutableClock;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/** The engine tells monitoring how far its calendars reach. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class HorizonHealthTest {
    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final ClockDefinition REPLY = ClockDefinition.builder("reply").description("reply in 5 working days")
            .startsAt(Milestone.RECEIVED).stopsAt(Milestone.RESPONDED).target(new ClockTarget.WorkingDays(5)).build();

    @Test
    void each_calendar_reports_its_official_horizon_days_left_and_provisional_span() {
        MutableClock clock = new MutableClock(LocalDateTime.parse("2026-12-03T10:00").atZone(SHANGHAI).toInstant(),
                SHANGHAI);
        CalendarVersions guessing = CalendarVersions.of(CalendarFile.mainlandChina().withProvisional(
                ProvisionalRule.fixed("New Year's Day", MonthDay.of(1, 1)), LocalDate.of(2060, 12, 31)));
        ComplaintEngine engine = ComplaintEngine.builder().clock(clock).discoverPlugins(false)
                .calendar(BusinessCalendar.of(CalendarFile.mainlandChina())).calendar("CN-guess", guessing)
                .clocks(REPLY).build();
        List<CalendarHealth> health = engine.calendarHealth();
        assertEquals(List.of(new CalendarHealth("default", "CN-mainland v1 (from 2024-01-01)", LocalDate.of(2026, 12, 31),
                28, null, 60), new CalendarHealth("CN-guess", "CN-mainland v1 (from 2024-01-01)",
                LocalDate.of(2026, 12, 31), 28, LocalDate.of(2060, 12, 31), 60)), health);
        assertTrue(health.get(0).runningOut(), "28 days left, fewer than the default 60");
        engine.tick();
        engine.tick();

        ComplaintEngine relaxed = ComplaintEngine.builder().clock(clock).discoverPlugins(false)
                .calendar(BusinessCalendar.of(CalendarFile.mainlandChina())).horizonWarningDays(20).clocks(REPLY)
                .build();
        assertFalse(relaxed.calendarHealth().get(0).runningOut());
        assertThrows(InvalidInputException.class, () -> ComplaintEngine.builder().horizonWarningDays(-1));
    }

    @Test
    void a_calendar_running_out_is_warned_of_once_a_day() {
        MutableClock clock = new MutableClock(LocalDateTime.parse("2026-12-03T10:00").atZone(SHANGHAI).toInstant(),
                SHANGHAI);
        ClockSetup clocks = new ClockSetup(new ClockKeeper(org.complaintkit.core.sla.SlaSetup.builder()
                .defaultCalendar(BusinessCalendar.of(CalendarFile.mainlandChina())).build(), null,
                org.complaintkit.core.sla.NoticeMilestones.NONE));
        HorizonWatch watch = new HorizonWatch(clock, clocks, HorizonWatch.DEFAULT_THRESHOLD_DAYS);
        assertEquals(1, watch.warnIfRunningOut(clock.instant()).size());
        clock.advance(java.time.Duration.ofHours(6));
        assertEquals(0, watch.warnIfRunningOut(clock.instant()).size(), "the same day in Shanghai");
        clock.advance(java.time.Duration.ofHours(12));
        assertEquals(1, watch.warnIfRunningOut(clock.instant()).size(), "the next day");
    }
}
