package org.complaintkit.core.engine;

import static org.junit.jupiter.api.Assertions.*;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.List;
import org.complaintkit.api.calendar.CalendarDefinition;
import org.complaintkit.api.calendar.DayHours;
import org.complaintkit.api.command.CommandType;
import org.complaintkit.api.complaint.ComplaintId;
import org.complaintkit.api.event.ClockChanged;
import org.complaintkit.api.sla.ClockChange;
import org.complaintkit.api.sla.ClockDefinition;
import org.complaintkit.api.sla.ClockTarget;
import org.complaintkit.api.sla.Milestone;
import org.complaintkit.api.sla.SlaPolicy;
import org.complaintkit.core.calendar.CalendarFile;
import org.complaintkit.core.calendar.CalendarVersions;
import org.complaintkit.core.sla.ClockState;
import org.complaintkit.testkit.Commands;
import org.complaintkit.testkit.Fixtures;
import org.complaintkit.testkit.MutableClock;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class RecalculationApplyTest {
    static final CalendarDefinition CN = CalendarFile.mainlandChina();
    static final ClockDefinition FEEDBACK = ClockDefinition.builder("bank.feedback")
            .description("feed back within 5 working days").startsAt(Milestone.RECEIVED).stopsAt(Milestone.ACCEPTED)
            .target(new ClockTarget.WorkingDays(5)).build();
    static final ClockDefinition ACK = ClockDefinition.builder("bank.ack").description("acknowledge within 1 working day")
            .startsAt(Milestone.RECEIVED).stopsAt(Milestone.ACCEPTED).target(new ClockTarget.WorkingDays(1)).build();

    final MutableClock clock = new MutableClock(at("2025-03-03T10:00"), CN.zone());
    final ComplaintEngine engine = ComplaintEngine.builder().clock(clock).discoverPlugins(false)
            .calendars(CalendarVersions.of(CN)).policies(SlaPolicy.of("bank", "bank", FEEDBACK)).build();

    static Instant at(String local) {
        return ZonedDateTime.of(LocalDateTime.parse(local), CN.zone()).toInstant();
    }

    static CalendarDefinition withHoliday(LocalDate day) {
        CalendarDefinition.Builder b = CalendarDefinition.builder(CN.id(), CN.zone())
                .mondayToFriday(DayHours.parse("09:00-12:00,13:30-17:30")).horizon(CN.validFrom(), CN.validTo());
        CN.holidays().forEach(b::holidays);
        CN.makeUpDays().forEach(b::makeUpDay);
        return b.holidays(day).build();
    }

    @Test
    void applying_a_prospective_calendar_change_records_each_moved_deadline_with_the_new_version_and_the_reason() {
        ComplaintId id = engine.execute(Fixtures.registration(clock.instant())).complaintId();
        CalendarVersions next = CalendarVersions.of(CN).change(LocalDate.of(2025, 3, 5),
                withHoliday(LocalDate.of(2025, 3, 6)));
        List<DeadlineMove> preview = engine.previewRecalculation(next);

        RecalculationReport report = engine.applyRecalculation(engine.sla().withDefaultCalendar(next),
                "a local holiday declared on 4 March");

        assertEquals(preview, report.applied(), "applying records exactly what the dry run showed");
        ClockChanged recorded = engine.hostReads().clockHistory(id, "bank.feedback").get(1);
        assertEquals(ClockChange.RECALCULATED, recorded.change());
        assertEquals(at("2025-03-11T17:30"), recorded.deadline(), "one working day later than 10 March");
        assertEquals("CN-mainland v2 (from 2025-03-05)", recorded.calendarVersion());
        assertEquals("a local holiday declared on 4 March", recorded.reason());
        assertEquals("system:sla-recalculation", recorded.actor().staffId().value());
        assertEquals(at("2025-03-11T17:30"), engine.hostReads().clocks(id).get(0).deadline(), "the engine now computes on v2");
        assertEquals(List.of(), engine.applyRecalculation(engine.sla(), "again").applied(), "idempotent");
    }

    @Test
    void a_retroactive_correction_leaves_met_and_overdue_clocks_as_recorded() {
        ComplaintId met = engine.execute(Fixtures.registration(clock.instant())).complaintId();
        clock.advance(Duration.ofDays(6));
        engine.execute(Commands.of(CommandType.ACCEPT, met, Fixtures.HANDLER));
        ComplaintId overdue = engine.execute(Fixtures.registration(at("2025-03-03T10:00"))).complaintId();
        clock.advance(Duration.ofDays(3));
        engine.tick();
        assertEquals(ClockState.Status.OVERDUE, engine.hostReads().clocks(overdue).get(0).status());

        // Declaring 4 March a holiday after the fact would make the met clock's stop on 9 March early and
        // the overdue clock not yet due; recorded outcomes stand.
        CalendarVersions corrected = CalendarVersions.of(CN).retroactive(withHoliday(LocalDate.of(2025, 3, 4)));
        assertEquals(2, corrected.latest().number());
        assertEquals(List.of(), engine.previewRecalculation(corrected));
        engine.applyRecalculation(engine.sla().withDefaultCalendar(corrected), "correction");
        assertEquals(ClockState.Status.MET, engine.hostReads().clocks(met).get(0).status());
        assertEquals(ClockState.Status.OVERDUE, engine.hostReads().clocks(overdue).get(0).status());
    }

    @Test
    void a_policy_change_starts_the_clocks_it_adds_and_cancels_those_it_drops_on_open_complaints() {
        ComplaintId id = engine.execute(Fixtures.registration(clock.instant())).complaintId();
        var candidate = engine.sla().withPolicies(List.of(SlaPolicy.of("bank-2", "bank, revised", ACK)));
        List<DeadlineMove> moves = engine.previewRecalculation(candidate);
        assertEquals(List.of(ClockChange.CANCELLED, ClockChange.STARTED), moves.stream().map(DeadlineMove::change).toList());
        assertEquals(at("2025-03-04T17:30"), moves.get(1).recalculated());

        engine.applyRecalculation(candidate, "procedure revised");
        assertEquals(List.of("bank.ack"), engine.hostReads().clocks(id).stream().map(s -> s.definition().id()).toList());
        assertEquals(ClockChange.CANCELLED, engine.hostReads().clockHistory(id, "bank.feedback").get(1).change());
        assertEquals(ClockChange.STARTED, engine.hostReads().clockHistory(id, "bank.ack").get(0).change());
    }
}
