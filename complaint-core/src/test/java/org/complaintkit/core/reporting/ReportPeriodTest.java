package org.complaintkit.core.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What a report period covers, and how reports name it (trial 26, finding 4). */
class ReportPeriodTest {

    @Test
    void aCalendarMonthIsTheSameAsItsDaysWithBothEndsIncluded() {
        ReportPeriod march = ReportPeriod.month(YearMonth.of(2026, 3), FixedHistory.SHANGHAI);
        assertEquals(march, ReportPeriod.days(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31),
                FixedHistory.SHANGHAI));
        assertEquals(LocalDate.of(2026, 4, 1), march.to(), "to is the first day after the period");
        assertEquals(LocalDate.of(2026, 3, 31), march.lastDay());
        assertEquals(Instant.parse("2026-03-31T16:00:00Z"), march.end(), "31 March ends at midnight in Shanghai");
    }

    @Test
    void aMonthsTitleNamesItsLastDayAsIncludedAndItsZone() {
        UnitReport report = UnitReport.compute(new FixedHistory().store, FixedHistory.DIRECTORY,
                new FixedHistory().sla, ReportPeriod.month(YearMonth.of(2026, 3), FixedHistory.SHANGHAI), Map.of());
        assertEquals("Complaints by unit, received 2026-03-01 to 2026-03-31 inclusive (Asia/Shanghai)",
                report.table().title());
    }

    @Test
    void aPeriodGivenTheLastDayAsToLeavesThatDayOutAndItsTitleSaysSoUnambiguously() {
        ReportPeriod short1 = new ReportPeriod(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31),
                FixedHistory.SHANGHAI);
        assertEquals(LocalDate.of(2026, 3, 30), short1.lastDay());
        assertEquals("2026-03-01 to 2026-03-30 inclusive (Asia/Shanghai)", short1.toString());
    }

    @Test
    void aSingleDayIsAPeriodAndALastDayBeforeTheFirstIsRefused() {
        ReportPeriod day = ReportPeriod.days(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 2), FixedHistory.SHANGHAI);
        assertEquals(LocalDate.of(2026, 3, 3), day.to());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> ReportPeriod.days(LocalDate.of(2026, 3, 2),
                LocalDate.of(2026, 3, 1), FixedHistory.SHANGHAI)).getMessage().contains("last day"));
    }
}
