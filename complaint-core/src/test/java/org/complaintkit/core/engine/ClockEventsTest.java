package org.complaintkit.core.engine;

import static org.junit.jupiter.api.Assertions.*;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.complaintkit.api.command.CommandResult;
import org.complaintkit.api.command.CommandType;
import org.complaintkit.api.command.PauseHandling;
import org.complaintkit.api.complaint.ComplaintId;
import org.complaintkit.api.complaint.PauseReason;
import org.complaintkit.api.event.ClockChanged;
import org.complaintkit.api.event.ComplaintEvent;
import org.complaintkit.api.sla.ClockChange;
import org.complaintkit.api.sla.ClockDefinition;
import org.complaintkit.api.sla.ClockTarget;
import org.complaintkit.api.sla.Milestone;
import org.complaintkit.core.calendar.BusinessCalendar;
import org.complaintkit.core.calendar.CalendarFile;
import org.complaintkit.testkit.Commands;
import org.complaintkit.testkit.ComplaintScenario;
import org.complaintkit.testkit.Fixtures;
import org.complaintkit.testkit.MutableClock;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ClockEventsTest {
    static final BusinessCalendar CN = BusinessCalendar.of(CalendarFile.mainlandChina());
    static final ClockDefinition DECISION = new ClockDefinition("cbirc.decision", "decide within 15 days",
            Milestone.RECEIVED, Set.of(Milestone.RESPONDED), EnumSet.of(PauseReason.EXTERNAL_APPRAISAL),
            new ClockTarget.CalendarDays(15), List.of(50, 80), true);
    static final ClockDefinition REPLY = new ClockDefinition("bank.feedback", "feed back within 5 working days",
            Milestone.RECEIVED, Set.of(Milestone.RESPONDED), Set.of(), new ClockTarget.WorkingDays(5), List.of(), false);

    final MutableClock clock = new MutableClock(at("2025-03-01T16:20"), CN.zone());
    final ComplaintEngine engine = ComplaintEngine.builder().clock(clock).discoverPlugins(false).calendar(CN)
            .clocks(DECISION, REPLY).build();

    static Instant at(String local) {
        return ZonedDateTime.of(LocalDateTime.parse(local), CN.zone()).toInstant();
    }

    CommandResult step(ComplaintId id, String local, CommandType type) {
        clock.advance(Duration.between(clock.instant(), at(local)));
        return engine.execute(Commands.of(type, id, ComplaintScenario.defaultActor(type)));
    }

    @Test
    void every_clock_change_is_recorded_with_its_cause_deadline_and_calendar_version() {
        CommandResult registered = engine.execute(Fixtures.registration(clock.instant()));
        ComplaintId id = registered.complaintId();
        assertEquals(3, registered.events().size(), "the registration and the start of both clocks, in one append");
        assertEquals(3, registered.version());
        step(id, "2025-03-02T09:00", CommandType.ACCEPT);
        step(id, "2025-03-02T10:00", CommandType.ASSIGN);
        step(id, "2025-03-03T09:00", CommandType.START_INVESTIGATION);
        clock.advance(Duration.between(clock.instant(), at("2025-03-05T10:00")));
        engine.execute(new PauseHandling(id, Fixtures.HANDLER, Fixtures.key(), PauseReason.EXTERNAL_APPRAISAL, null));
        step(id, "2025-03-15T10:00", CommandType.RESUME);
        step(id, "2025-03-18T10:00", CommandType.PROPOSE_RESOLUTION);
        step(id, "2025-03-19T10:00", CommandType.APPROVE_RESOLUTION);
        step(id, "2025-03-20T10:00", CommandType.RESPOND);

        List<ClockChanged> decision = engine.hostReads().clockHistory(id, "cbirc.decision");
        assertEquals(List.of(ClockChange.STARTED, ClockChange.PAUSED, ClockChange.RESUMED, ClockChange.WARNED,
                ClockChange.MET), decision.stream().map(ClockChanged::change).toList(),
                "no sweep ran, so the 50 % warning (due 19 March) is recorded as missed when the clock stops");
        assertTrue(decision.get(3).isMissedWarning(), decision.get(3).reason());
        assertEquals(at("2025-03-17T00:00"), decision.get(0).deadline());
        assertEquals(at("2025-03-27T00:00"), decision.get(2).deadline(), "ten days of appraisal added");
        assertEquals("CN-mainland v1 (from 2024-01-01)", decision.get(0).calendarVersion());
        assertEquals("HandlingPaused (event " + (decision.get(1).sequence() - 1) + "): EXTERNAL_APPRAISAL",
                decision.get(1).reason(), "the cause is the lifecycle event just before the change");
        assertEquals(List.of(ClockChange.STARTED, ClockChange.BREACHED), engine.hostReads().clockHistory(id, "bank.feedback")
                .stream().map(ClockChanged::change).toList(), "5 working days from 1 March ended on 7 March");

        List<ComplaintEvent> history = engine.hostReads().history(id);
        for (int i = 0; i < history.size(); i++) {
            assertEquals(i + 1, history.get(i).sequence());
        }
    }

    @Test
    void repeating_a_command_replays_its_clock_changes_too() {
        var registration = Fixtures.registration(clock.instant());
        CommandResult first = engine.execute(registration);
        CommandResult again = engine.execute(registration);
        assertTrue(again.replayed());
        assertEquals(first.events(), again.events());
        assertEquals(3, engine.hostReads().history(first.complaintId()).size());
    }

    @Test
    void a_deadline_beyond_the_horizon_never_blocks_a_registration() {
        clock.advance(Duration.between(clock.instant(), at("2026-12-28T10:00")));
        CommandResult registered = engine.execute(Fixtures.registration(clock.instant()));
        ClockChanged feedback = engine.hostReads().clockHistory(registered.complaintId(), "bank.feedback").get(0);
        assertEquals(ClockChange.STARTED, feedback.change());
        assertNull(feedback.deadline());
        assertTrue(feedback.reason().contains("beyond the calendar's horizon (CMP-5001)"), feedback.reason());
        assertEquals(at("2027-01-13T00:00"), engine.hostReads().clockHistory(registered.complaintId(), "cbirc.decision").get(0)
                .deadline(), "calendar days need no calendar data");
    }
}
