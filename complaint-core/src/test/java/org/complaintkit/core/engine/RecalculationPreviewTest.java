package org.complaintkit.core.engine;

import static org.junit.jupiter.api.Assertions.*;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;
import org.complaintkit.api.calendar.CalendarDefinition;
import org.complaintkit.api.calendar.DayHours;
import org.complaintkit.api.complaint.ComplaintId;
import org.complaintkit.api.sla.ClockDefinition;
import org.complaintkit.api.sla.ClockTarget;
import org.complaintkit.api.sla.Milestone;
import org.complaintkit.core.calendar.CalendarFile;
import org.complaintkit.core.calendar.CalendarVersions;
import org.complaintkit.testkit.Fixtures;
import org.complaintkit.testkit.MutableClock;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class RecalculationPreviewTest {
    static final CalendarDefinition CN = CalendarFile.mainlandChina();
    static final ClockDefinition FEEDBACK = new ClockDefinition("bank.feedback", "feed back within 5 working days",
            Milestone.RECEIVED, Set.of(Milestone.RESPONDED), Set.of(), new ClockTarget.WorkingDays(5), List.of(), false);

    final MutableClock clock = new MutableClock(at("2025-03-03T10:00"), CN.zone());
    final ComplaintEngine engine = ComplaintEngine.builder().clock(clock).discoverPlugins(false)
            .calendars(CalendarVersions.of(CN)).clocks(FEEDBACK).build();

    static Instant at(String local) {
        return ZonedDateTime.of(LocalDateTime.parse(local), CN.zone()).toInstant();
    }

    /** The same calendar with one more day off, applying from a date on. */
    static CalendarVersions withExtraHoliday(LocalDate holiday, LocalDate effectiveFrom) {
        CalendarDefinition.Builder b = CalendarDefinition.builder(CN.id(), CN.zone())
                .mondayToFriday(DayHours.parse("09:00-12:00,13:30-17:30")).horizon(CN.validFrom(), CN.validTo());
        CN.holidays().forEach(b::holidays);
        CN.makeUpDays().forEach(b::makeUpDay);
        b.holidays(holiday);
        return CalendarVersions.of(CN).change(effectiveFrom, b.build());
    }

    @Test
    void a_dry_run_reports_which_open_deadlines_move_and_by_how_much_and_changes_nothing() {
        ComplaintId early = engine.execute(Fixtures.registration(clock.instant())).complaintId();
        clock.advance(Duration.ofDays(7));
        ComplaintId later = engine.execute(Fixtures.registration(clock.instant())).complaintId();
        int eventsBefore = engine.hostReads().history(early).size() + engine.hostReads().history(later).size();

        List<DeadlineMove> moves = engine.previewRecalculation(withExtraHoliday(LocalDate.of(2025, 3, 14),
                LocalDate.of(2025, 3, 10)));

        assertEquals(1, moves.size(), "only the complaint whose five working days include 14 March moves");
        DeadlineMove move = moves.get(0);
        assertEquals(later, move.complaintId());
        assertEquals(at("2025-03-17T17:30"), move.recorded());
        assertEquals(at("2025-03-18T17:30"), move.recalculated());
        assertEquals(Duration.ofDays(1), move.shift());
        assertEquals("CN-mainland v1 (from 2024-01-01)", move.recordedVersion());
        assertEquals(eventsBefore, engine.hostReads().history(early).size() + engine.hostReads().history(later).size(), "nothing applied");
    }

    @Test
    void a_change_after_every_deadline_moves_nothing_and_overdue_clocks_stay_as_they_are() {
        engine.execute(Fixtures.registration(clock.instant()));
        assertEquals(List.of(), engine.previewRecalculation(withExtraHoliday(LocalDate.of(2025, 6, 3),
                LocalDate.of(2025, 6, 1))));
        clock.advance(Duration.ofDays(30));
        engine.tick();
        assertEquals(List.of(), engine.previewRecalculation(withExtraHoliday(LocalDate.of(2025, 3, 5),
                LocalDate.of(2025, 3, 4))), "an overdue clock is not recalculated: breached stays breached");
    }
}
