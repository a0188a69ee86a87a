package org.complaintkit.core.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import org.complaintkit.api.command.CommandType;
import org.complaintkit.api.complaint.ComplaintId;
import org.complaintkit.api.event.ClockChanged;
import org.complaintkit.api.event.ComplaintEvent;
import org.complaintkit.api.sla.ClockChange;
import org.complaintkit.core.calendar.BusinessCalendar;
import org.complaintkit.core.calendar.CalendarFile;
import org.complaintkit.core.engine.ComplaintEngine;
import org.complaintkit.core.engine.NotificationDispatcher;
import org.complaintkit.core.integrity.ChainVerifier;
import org.complaintkit.core.notification.NotificationSetup;
import org.complaintkit.core.sla.preset.ChinaCbirc;
import org.complaintkit.core.store.InMemoryComplaintStore;
import org.complaintkit.testkit.Commands;
import org.complaintkit.testkit.Fixtures;
import org.complaintkit.testkit.MutableClock;
import org.complaintkit.testkit.ScriptedReceiver;
import org.junit.jupiter.api.Test;

/**
 * A node's clock stepped back (a bad NTP step, a restored VM snapshot), and two nodes whose clocks disagree: a
 * history's times never go backwards, deadlines do not move, and no clock fires twice.
 */
class ClockJumpTest {
    private final InMemoryComplaintStore store = new InMemoryComplaintStore();

    private static Instant at(String local) {
        return LocalDateTime.parse(local).atZone(BankRun.SHANGHAI).toInstant();
    }

    private ComplaintEngine node(MutableClock clock) {
        return ComplaintEngine.builder().clock(clock).store(store).discoverPlugins(false)
                .calendar(BusinessCalendar.of(CalendarFile.mainlandChina())).policies(ChinaCbirc.policy())
                .notifications(NotificationSetup.standard()).build();
    }

    private static void assertOrdered(List<ComplaintEvent> history) {
        for (int i = 1; i < history.size(); i++) {
            assertFalse(history.get(i).occurredAt().isBefore(history.get(i - 1).occurredAt()),
                    "event " + history.get(i).sequence() + " is recorded before the one it follows");
        }
    }

    @Test
    void a_clock_stepped_back_records_at_the_last_event_and_moves_no_deadline() {
        MutableClock clock = new MutableClock(at("2026-03-02T09:00"), BankRun.SHANGHAI);
        ComplaintEngine engine = node(clock);
        ComplaintId id = engine.execute(Fixtures.registration(clock.instant())).complaintId();
        clock.advance(Duration.ofHours(2));
        engine.execute(Commands.of(CommandType.ACCEPT, id, Fixtures.HANDLER));
        Instant accepted = clock.instant();
        Instant deadline = engine.hostReads().clocks(id).get(0).deadline();

        clock.advance(Duration.ofHours(-3));                                     // the step back
        var started = engine.execute(Commands.of(CommandType.ASSIGN, id, BankRun.MANAGER));
        assertEquals(accepted, started.events().get(0).occurredAt(), "recorded at the last event's time");
        assertEquals(0, engine.tick().overdue());
        assertEquals(deadline, engine.hostReads().clocks(id).get(0).deadline());

        clock.set(at("2026-03-12T09:00"));                                       // past the 50% warning
        assertEquals(1, engine.tick().warnings());
        clock.advance(Duration.ofDays(-2));                                      // back before it again
        assertEquals(0, engine.tick().warnings(), "a warning recorded is not recorded again");
        clock.set(at("2026-03-12T10:00"));
        assertEquals(0, engine.tick().warnings());
        List<ComplaintEvent> history = engine.hostReads().history(id);
        assertOrdered(history);
        assertEquals(1, history.stream().filter(e -> e instanceof ClockChanged c && c.change() == ClockChange.WARNED)
                .count());
        assertTrue(new ChainVerifier(store, engine.sealer()).verify(id).intact());
    }

    @Test
    void two_nodes_whose_clocks_disagree_by_ten_minutes_keep_every_history_in_order() {
        MutableClock ahead = new MutableClock(at("2026-03-02T09:10"), BankRun.SHANGHAI);
        MutableClock behind = new MutableClock(at("2026-03-02T09:00"), BankRun.SHANGHAI);
        ComplaintEngine a = node(ahead);
        ComplaintEngine b = node(behind);
        ScriptedReceiver receiver = ScriptedReceiver.reliable();
        ComplaintId id = a.execute(Fixtures.registration(ahead.instant())).complaintId();
        List<CommandType> path = List.of(CommandType.ACCEPT, CommandType.ASSIGN, CommandType.START_INVESTIGATION,
                CommandType.PAUSE, CommandType.RESUME, CommandType.RECORD_NEW_FACTS);
        try (NotificationDispatcher onB = NotificationDispatcher.builder(b).sender(receiver).build()) {
            for (int i = 0; i < path.size(); i++) {
                ComplaintEngine node = i % 2 == 0 ? b : a;                       // the lagging node goes first
                node.execute(Commands.of(path.get(i), id,
                        path.get(i) == CommandType.ASSIGN ? BankRun.MANAGER : Fixtures.HANDLER));
                onB.dispatchDue();
                ahead.advance(Duration.ofMinutes(1));
                behind.advance(Duration.ofMinutes(1));
            }
            // notices planned at the leading node's time fall due on the lagging node once its clock gets there
            behind.advance(Duration.ofMinutes(11));
            onB.dispatchDue();
        }
        assertEquals(List.of(), store.outboxByStatus(org.complaintkit.spi.storage.OutboxStatus.PENDING, null, 10));
        List<ComplaintEvent> history = a.hostReads().history(id);
        assertOrdered(history);
        assertTrue(history.size() > path.size() + 1, "with clock changes and deliveries");
        assertTrue(receiver.keys().size() >= 3, "notices went out from the lagging node");
        assertTrue(new ChainVerifier(store, a.sealer()).verify(id).intact());
    }
}
