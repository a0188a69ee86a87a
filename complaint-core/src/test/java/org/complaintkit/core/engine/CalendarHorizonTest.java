package org.complaintkit.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.complaintkit.api.error.ErrorCode;
import org.complaintkit.api.error.InvalidInputException;
import org.complaintkit.core.calendar.BusinessCalendar;
import org.complaintkit.core.calendar.CalendarFile;
import org.complaintkit.core.calendar.CalendarVersions;
import org.complaintkit.core.sla.CalendarHorizon;
import org.complaintkit.core.sla.preset.ChinaCbirc;
import org.complaintkit.testkit.MutableClock;
import org.junit.jupiter.api.Test;

class CalendarHorizonTest {
    private static final BusinessCalendar CHINA = BusinessCalendar.of(CalendarFile.mainlandChina());
    private final MutableClock clock = MutableClock.at("2026-12-03T01:30:00Z");

    @Test
    void inDecember2026TheShippedMainlandCalendarIsReportedFourWeeksFromItsHorizon() {
        ComplaintEngine engine = ComplaintEngine.builder().clock(clock).discoverPlugins(false).calendar(CHINA)
                .calendar("HK", CalendarVersions.of(CHINA)).policies(ChinaCbirc.policy()).build();
        List<CalendarHorizon> horizons = engine.calendarHorizons();
        assertEquals(List.of(CalendarHorizon.DEFAULT, "HK"), horizons.stream().map(CalendarHorizon::calendar).toList());
        CalendarHorizon mainland = horizons.get(0);
        assertEquals(LocalDate.of(2026, 12, 31), mainland.officialUntil());
        assertEquals(28, mainland.daysLeft());
        assertTrue(mainland.belowThreshold(), "28 days left is under the default 60");
        clock.advance(Duration.ofDays(40));
        assertEquals(-12, engine.calendarHorizons().get(0).daysLeft());
    }

    @Test
    void theThresholdIsTheHostsToSetAndNeverNegative() {
        ComplaintEngine relaxed = ComplaintEngine.builder().clock(clock).discoverPlugins(false).calendar(CHINA)
                .horizonWarning(20).build();
        assertFalse(relaxed.calendarHorizons().get(0).belowThreshold());
        assertEquals(ErrorCode.OUT_OF_RANGE, assertThrows(InvalidInputException.class,
                () -> ComplaintEngine.builder().horizonWarning(-1)).code());
    }

    @Test
    void anEngineWithoutCalendarsReportsNone() {
        assertEquals(List.of(), ComplaintEngine.builder().clock(clock).discoverPlugins(false).build()
                .calendarHorizons());
    }
}
