package org.complaintkit.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.complaintkit.api.calendar.CalendarDefinition;
import org.complaintkit.api.calendar.DayHours;
import org.complaintkit.api.complaint.ComplaintId;
import org.complaintkit.api.complaint.Forwarding;
import org.complaintkit.api.complaint.ForwardingSource;
import org.complaintkit.api.command.RegisterComplaint;
import org.complaintkit.api.sla.ClockChange;
import org.complaintkit.core.calendar.BusinessCalendar;
import org.complaintkit.core.calendar.StateCouncilNotice;
import org.complaintkit.core.calendar.StatutoryHolidays;
import org.complaintkit.core.sla.ClockState;
import org.complaintkit.core.sla.preset.ChinaCbirc;
import org.complaintkit.testkit.Fixtures;
import org.complaintkit.testkit.MutableClock;
import org.junit.jupiter.api.Test;

/**
 * The year's turn as a bank lives it, a year earlier than today's so that the notice for the new year is at hand:
 * official data to 31 December 2025, the statutory table guessed beyond it, a regulator-forwarded complaint on
 * 23 December whose 7 working days reach into 2026, and the State Council's notice for 2026, read from its
 * published text and adopted on the engine.
 */
class NoticeAdoptionTest {
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final DayHours HOURS = DayHours.parse("09:00-12:00,13:30-17:30");

    private static StateCouncilNotice notice(int year) throws IOException, URISyntaxException {
        return StateCouncilNotice.read(Path.of(NoticeAdoptionTest.class
                .getResource("/calendars/state-council-notices/" + year + ".txt").toURI()));
    }

    private static Instant at(String local) {
        return LocalDateTime.parse(local).atZone(SHANGHAI).toInstant();
    }

    @Test
    void aDeadlineGuessedFromTheStatutoryTableBecomesOfficialWhenTheNextNoticeIsAdoptedFromItsText()
            throws IOException, URISyntaxException {
        StatutoryHolidays table = StatutoryHolidays.mainlandChina();
        CalendarDefinition official = notice(2025).applyTo(notice(2024).toCalendar("CN-mainland", SHANGHAI, HOURS),
                HOURS);
        CalendarDefinition guessing = official.withProvisional(table.provisionalRule(), table.lastDay());
        assertTrue(guessing.isProvisional(LocalDate.of(2026, 1, 1)));
        assertFalse(BusinessCalendar.of(guessing).isWorkingDay(LocalDate.of(2026, 1, 4)),
                "a Sunday the 2026 notice makes a working day is guessed closed: no make-up day is ever guessed");

        MutableClock clock = new MutableClock(at("2025-12-23T10:00"), SHANGHAI);
        ComplaintEngine engine = ComplaintEngine.builder().clock(clock).discoverPlugins(false)
                .calendar(BusinessCalendar.of(guessing)).policies(ChinaCbirc.regulatorForwardedPolicy()).build();
        RegisterComplaint home = Fixtures.registration(clock.instant());
        ComplaintId id = engine.execute(new RegisterComplaint(home.actor(), home.idempotencyKey(),
                home.complainant(), home.channel(), home.receivedAt(), home.receivingUnit(), home.subjects(),
                home.content(), home.request(), new Forwarding(ForwardingSource.REGULATOR, "NFRA-2025-1223"), null,
                false)).complaintId();
        ClockState guessed = engine.hostReads().clock(id, ChinaCbirc.REGULATOR_FORWARDED);
        // 24, 25, 26, 29, 30, 31 December, then 1 January is New Year's Day (guessed) and Friday 2 January the 7th.
        assertEquals(at("2026-01-02T17:30"), guessed.deadline());
        assertTrue(guessed.provisional());

        CalendarDefinition year2026 = notice(2026).applyTo(guessing, HOURS);
        assertTrue(year2026.isOfficial(LocalDate.of(2026, 12, 31)) && year2026.isProvisional(LocalDate.of(2027, 1, 1)),
                "the notice makes 2026 official and leaves the guess for the years after");
        List<DeadlineMove> preview = engine.previewCalendarAdoption("CN-mainland", year2026);
        RecalculationReport adopted = engine.adoptCalendar("CN-mainland", year2026,
                "国务院办公厅关于2026年部分节假日安排的通知");
        assertEquals(preview, adopted.applied());
        ClockState settled = engine.hostReads().clock(id, ChinaCbirc.REGULATOR_FORWARDED);
        // The notice: 1 to 3 January off, Sunday 4 January worked in exchange: that Sunday is the 7th working day.
        assertEquals(at("2026-01-04T17:30"), settled.deadline());
        assertFalse(settled.provisional(), "official now");
        assertEquals(ClockChange.RECALCULATED, engine.hostReads().clockHistory(id, ChinaCbirc.REGULATOR_FORWARDED).get(1).change());
        assertTrue(engine.hostReads().explain(id, ChinaCbirc.REGULATOR_FORWARDED).lines().stream()
                .anyMatch(l -> l.contains("RECALCULATED") && l.contains("国务院办公厅关于2026年部分节假日安排的通知")),
                "the correction is on the record with its reason");

        int versions = engine.sla().defaultCalendar().orElseThrow().all().size();
        int records = engine.hostReads().history(id).size();
        RecalculationReport again = engine.adoptCalendar("CN-mainland", year2026, "the same notice, a job run twice");
        assertEquals(List.of(), again.applied());
        assertEquals(versions, engine.sla().defaultCalendar().orElseThrow().all().size(), "no empty version added");
        assertEquals(records, engine.hostReads().history(id).size(), "nothing recorded");
    }
}
