package org.complaintkit.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.complaintkit.api.command.CommandType;
import org.complaintkit.api.complaint.ComplaintId;
import org.complaintkit.api.event.ClockChanged;
import org.complaintkit.api.organisation.Actor;
import org.complaintkit.api.organisation.Role;
import org.complaintkit.api.organisation.StaffId;
import org.complaintkit.api.sla.ClockChange;
import org.complaintkit.core.calendar.BusinessCalendar;
import org.complaintkit.core.calendar.CalendarFile;
import org.complaintkit.core.sla.preset.ChinaCbirc;
import org.complaintkit.testkit.Commands;
import org.complaintkit.testkit.Fixtures;
import org.complaintkit.testkit.MutableClock;
import org.junit.jupiter.api.Test;
import java.time.Instant;
import java.time.ZoneId;
import org.complaintkit.api.complaint.ComplaintStatus;
import org.complaintkit.api.complaint.Satisfaction;
import org.complaintkit.api.error.CommandRefusedException;
import org.complaintkit.api.error.ErrorCode;

/** The customer's window to ask for a review ends as a right ends, never as the bank's breach. */
class WindowClosesTest {
    private static final Actor MANAGER = Actor.staff(StaffId.of("S-5001"), Fixtures.BRANCH, Role.COMPLAINT_MANAGER);
    private final MutableClock clock = MutableClock.at("2026-03-02T01:30:00Z");
    private final ComplaintEngine engine = ComplaintEngine.builder().clock(clock).discoverPlugins(false)
            .calendar(BusinessCalendar.of(CalendarFile.mainlandChina())).policies(ChinaCbirc.policy()).build();

    private ComplaintId answered() {
        ComplaintId id = engine.execute(Fixtures.registration(clock.instant())).complaintId();
        for (CommandType type : List.of(CommandType.ACCEPT, CommandType.ASSIGN, CommandType.START_INVESTIGATION,
                CommandType.PROPOSE_RESOLUTION, CommandType.APPROVE_RESOLUTION, CommandType.RESPOND)) {
            clock.advance(Duration.ofHours(1));
            Actor actor = switch (type) {
                case ASSIGN -> MANAGER;
                case APPROVE_RESOLUTION -> Fixtures.APPROVER;
                default -> Fixtures.HANDLER;
            };
            engine.execute(Commands.of(type, id, actor, Fixtures.key(), new Commands.Payload(null, null,
                    type == CommandType.ASSIGN ? Fixtures.HANDLER_ID : null, null, "complex", null)));
        }
        return id;
    }

    @Test
    void aReviewWindowThatRunsOutUnusedIsRecordedClosedWithNoBreachActionAndIsNoOnesOverdue() {
        ComplaintId id = answered();
        clock.advance(Duration.ofDays(31));
        SweepReport sweep = engine.tick();
        List<ClockChanged> window = engine.hostReads().clockHistory(id, ChinaCbirc.REVIEW_WINDOW);
        ClockChanged last = window.get(window.size() - 1);
        assertEquals(ClockChange.CLOSED, last.change(), window.toString());
        assertTrue(last.breachActions().isEmpty());
        assertEquals(0, sweep.overdue(), "the customer's window closing is not the bank's overdue");
        assertTrue(engine.hostReads().history(id).stream().noneMatch(e -> e instanceof ClockChanged c
                && (c.change() == ClockChange.OVERDUE || c.change() == ClockChange.BREACHED)));
        clock.advance(Duration.ofDays(1));
        engine.tick();
        assertEquals(window.size(), engine.hostReads().clockHistory(id, ChinaCbirc.REVIEW_WINDOW).size(), "recorded once");
    }

    @Test
    void afterARe_investigationTheWindowRunsFromTheLatestDecisionAsTheLifecycleReadsIt() {
        ComplaintId id = answered();
        Instant firstAnswer = clock.instant();
        clock.advance(Duration.ofDays(2));
        engine.execute(Commands.of(CommandType.RECORD_SATISFACTION, id, Fixtures.HANDLER, Fixtures.key(),
                new Commands.Payload(null, Satisfaction.DISSATISFIED, null, null,
                        "complex", null)));
        for (CommandType type : List.of(CommandType.REINVESTIGATE, CommandType.PROPOSE_RESOLUTION,
                CommandType.APPROVE_RESOLUTION)) {
            clock.advance(Duration.ofDays(2));
            engine.execute(Commands.of(type, id, type == CommandType.APPROVE_RESOLUTION ? Fixtures.APPROVER
                    : Fixtures.HANDLER));
        }
        for (int day = 0; day < 30; day++) {       // the re-investigation takes a month, swept daily
            clock.advance(Duration.ofDays(1));
            engine.tick();
        }
        engine.execute(Commands.of(CommandType.RESPOND, id, Fixtures.HANDLER));
        Instant secondAnswer = clock.instant();
        for (int day = 0; day < 25; day++) {
            clock.advance(Duration.ofDays(1));
            engine.tick();
        }
        assertTrue(Duration.between(firstAnswer, clock.instant()).toDays() > 30, "the first decision's 30 days are over");
        var window = engine.hostReads().clock(id, ChinaCbirc.REVIEW_WINDOW);
        assertEquals(secondAnswer, window.startedAt(), "the window runs from the latest decision");
        assertTrue(window.isLive(), window.toString());
        var requested = engine.execute(Commands.of(CommandType.REQUEST_REVIEW, id, Fixtures.HANDLER));
        assertEquals(ComplaintStatus.UNDER_REVIEW, requested.state().status());
        List<ClockChange> changes = engine.hostReads().clockHistory(id, ChinaCbirc.REVIEW_WINDOW).stream()
                .map(ClockChanged::change).toList();
        assertEquals(List.of(ClockChange.STARTED, ClockChange.CLOSED, ClockChange.RESTARTED, ClockChange.MET), changes,
                "the first decision's window closed during the re-investigation; the second's was used in time");
    }

    @Test
    void onAnEngineClockInUtcTheReviewRequestIsJudgedInTheCalendarsZoneAsTheWindowClockCountsIt() {
        ComplaintId id = answered();            // answered 2 March, 17:30 in Beijing
        // 1 April 16:30 UTC is still 1 April in UTC but already 2 April 00:30 in Beijing: the 30 days are over.
        clock.advance(Duration.between(clock.instant(), Instant.parse("2026-04-01T16:30:00Z")));
        assertEquals(ZoneId.of("UTC"), clock.getZone(), "the engine's clock runs in UTC, as servers do");
        var window = engine.hostReads().clock(id, ChinaCbirc.REVIEW_WINDOW);
        assertEquals(Instant.parse("2026-04-01T16:00:00Z"), window.deadline());
        var refused = org.junit.jupiter.api.Assertions.assertThrows(
                CommandRefusedException.class,
                () -> engine.execute(Commands.of(CommandType.REQUEST_REVIEW, id, Fixtures.HANDLER)));
        assertEquals(ErrorCode.REVIEW_WINDOW_CLOSED, refused.violations().get(0).code());
    }
}
