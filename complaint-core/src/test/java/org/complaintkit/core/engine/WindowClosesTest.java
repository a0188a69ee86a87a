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
        List<ClockChanged> window = engine.clockHistory(id, ChinaCbirc.REVIEW_WINDOW);
        ClockChanged last = window.get(window.size() - 1);
        assertEquals(ClockChange.CLOSED, last.change(), window.toString());
        assertTrue(last.breachActions().isEmpty());
        assertEquals(0, sweep.overdue(), "the customer's window closing is not the bank's overdue");
        assertTrue(engine.history(id).stream().noneMatch(e -> e instanceof ClockChanged c
                && (c.change() == ClockChange.OVERDUE || c.change() == ClockChange.BREACHED)));
        clock.advance(Duration.ofDays(1));
        engine.tick();
        assertEquals(window.size(), engine.clockHistory(id, ChinaCbirc.REVIEW_WINDOW).size(), "recorded once");
    }
}
