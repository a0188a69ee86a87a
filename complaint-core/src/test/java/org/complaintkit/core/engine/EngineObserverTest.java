package org.complaintkit.core.engine;

import static org.junit.jupiter.api.Assertions.*;

import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.complaintkit.api.command.CommandResult;
import org.complaintkit.api.command.CommandType;
import org.complaintkit.api.command.ComplaintCommand;
import org.complaintkit.api.command.RegisterComplaint;
import org.complaintkit.api.complaint.ComplaintId;
import org.complaintkit.api.error.CommandRefusedException;
import org.complaintkit.api.error.ComplaintKitException;
import org.complaintkit.api.error.ErrorCode;
import org.complaintkit.api.sla.ClockChange;
import org.complaintkit.core.notification.NotificationSetup;
import org.complaintkit.spi.observation.CommandOutcome;
import org.complaintkit.spi.observation.EngineObserver;
import org.complaintkit.testkit.Commands;
import org.complaintkit.testkit.Fixtures;
import org.complaintkit.testkit.MutableClock;
import org.complaintkit.testkit.ScriptedReceiver;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class EngineObserverTest {

    /** Every report as a line of text, in order; latencies are kept apart so the lines compare exactly. */
    static final class Recording implements EngineObserver {
        final List<String> reports = new CopyOnWriteArrayList<>();
        final List<Long> latencies = new CopyOnWriteArrayList<>();

        @Override
        public void commandHandled(CommandType type, CommandOutcome outcome, long latencyNanos) {
            reports.add("command " + type + " " + outcome);
            latencies.add(latencyNanos);
        }

        @Override
        public void commandRefused(CommandType type, ErrorCode code) {
            reports.add("refused " + type + " " + code.code());
        }

        @Override
        public void clockSignalled(String clockId, ClockChange change) {
            reports.add("clock " + clockId + " " + change);
        }

        @Override
        public void sweepRan(long durationNanos, int complaintsLeased) {
            reports.add("sweep " + complaintsLeased);
            latencies.add(durationNanos);
        }

        @Override
        public void outboxState(long pending, long deadLetters) {
            reports.add("outbox " + pending + " pending " + deadLetters + " dead");
        }

        @Override
        public void noticeDelivered(String channel, long latencyNanos) {
            reports.add("delivered " + channel + " " + Duration.ofNanos(latencyNanos));
        }

        @Override
        public void calendarHorizon(String calendar, long daysLeft) {
            reports.add("calendar " + calendar + " " + daysLeft);
        }

        List<String> starting(String prefix) {
            return reports.stream().filter(r -> r.startsWith(prefix)).toList();
        }
    }

    /** An observer whose every method throws, as a broken metrics binding would. */
    static final class Throwing implements EngineObserver {
        int calls;

        private RuntimeException boom() {
            calls++;
            return new IllegalStateException("metrics registry closed");
        }

        @Override
        public void commandHandled(CommandType type, CommandOutcome outcome, long latencyNanos) {
            throw boom();
        }

        @Override
        public void commandRefused(CommandType type, ErrorCode code) {
            throw boom();
        }

        @Override
        public void clockSignalled(String clockId, ClockChange change) {
            throw boom();
        }

        @Override
        public void sweepRan(long durationNanos, int complaintsLeased) {
            throw boom();
        }

        @Override
        public void outboxState(long pending, long deadLetters) {
            throw boom();
        }

        @Override
        public void noticeDelivered(String channel, long latencyNanos) {
            throw boom();
        }

        @Override
        public void calendarHorizon(String calendar, long daysLeft) {
            throw boom();
        }
    }

    final MutableClock clock = new MutableClock(SweepTest.at("2025-03-03T09:00"), SweepTest.CN.zone());
    final Recording recording = new Recording();

    ComplaintEngine engine(EngineObserver observer) {
        return ComplaintEngine.builder().clock(clock).discoverPlugins(false).calendar(SweepTest.CN)
                .clocks(SweepTest.ACCEPT).observer(observer).build();
    }

    void moveTo(String local) {
        clock.advance(Duration.between(clock.instant(), SweepTest.at(local)));
    }

    @Test
    void an_accepted_command_is_reported_with_its_type_outcome_and_latency() {
        ComplaintEngine engine = engine(recording);
        engine.execute(Fixtures.registration(clock.instant()));
        assertEquals(List.of("command REGISTER ACCEPTED"), recording.reports);
        assertTrue(recording.latencies.get(0) > 0, "the latency is measured, not left at zero");
    }

    @Test
    void a_refused_command_reports_each_code_it_carries_then_the_refusal() {
        ComplaintEngine engine = engine(recording);
        ComplaintId id = engine.execute(Fixtures.registration(clock.instant())).complaintId();
        engine.execute(Commands.of(CommandType.ACCEPT, id, Fixtures.HANDLER));
        ComplaintKitException refused = assertThrows(CommandRefusedException.class,
                () -> engine.execute(Commands.of(CommandType.ACCEPT, id, Fixtures.HANDLER)));
        String code = refused.violations().get(0).code().code();
        assertEquals(List.of("command REGISTER ACCEPTED", "command ACCEPT ACCEPTED", "refused ACCEPT " + code,
                "command ACCEPT REFUSED"), recording.reports);
    }

    @Test
    void a_repeated_idempotency_key_is_reported_as_replayed() {
        ComplaintEngine engine = engine(recording);
        RegisterComplaint registration = Fixtures.registration(clock.instant());
        engine.execute(registration);
        CommandResult again = engine.execute(registration);
        assertTrue(again.replayed());
        assertEquals(List.of("command REGISTER ACCEPTED", "command REGISTER REPLAYED"), recording.reports);
    }

    @Test
    void a_command_on_an_unknown_complaint_is_reported_as_failed_with_its_code() {
        ComplaintEngine engine = engine(recording);
        ComplaintCommand accept = Commands.of(CommandType.ACCEPT, ComplaintId.of("no-such-complaint"),
                Fixtures.HANDLER);
        ComplaintKitException failed = assertThrows(ComplaintKitException.class, () -> engine.execute(accept));
        assertTrue(failed.has(ErrorCode.COMPLAINT_NOT_FOUND));
        assertEquals(List.of("refused ACCEPT " + ErrorCode.COMPLAINT_NOT_FOUND.code(), "command ACCEPT FAILED"),
                recording.reports);
    }

    @Test
    void clocks_warned_overdue_and_breached_are_reported_by_clock_id_once_stored() {
        ComplaintEngine engine = engine(recording);
        ComplaintId id = engine.execute(Fixtures.registration(clock.instant())).complaintId();
        moveTo("2025-03-03T11:00");
        engine.tick();
        moveTo("2025-03-03T14:31");
        engine.tick();
        engine.tick();
        engine.execute(Commands.of(CommandType.ACCEPT, id, Fixtures.HANDLER));
        assertEquals(List.of("clock bank.accept WARNED", "clock bank.accept WARNED", "clock bank.accept OVERDUE",
                "clock bank.accept BREACHED"), recording.starting("clock"));
    }

    @Test
    void each_sweep_reports_the_complaints_it_leased_and_how_far_each_calendar_reaches() {
        ComplaintEngine engine = engine(recording);
        engine.execute(Fixtures.registration(clock.instant()));
        engine.execute(Fixtures.registration(clock.instant()));
        moveTo("2025-03-03T11:00");
        engine.tick();
        engine.tick();
        long daysLeft = ChronoUnit.DAYS.between(LocalDate.of(2025, 3, 3), LocalDate.of(2026, 12, 31));
        assertEquals(List.of("sweep 2", "sweep 0"), recording.starting("sweep"));
        assertEquals(List.of("calendar default " + daysLeft, "calendar default " + daysLeft),
                recording.starting("calendar"));
        assertTrue(recording.latencies.stream().allMatch(nanos -> nanos > 0));
    }

    @Test
    void the_dispatcher_reports_each_delivery_by_channel_with_its_latency_and_the_outbox_after_each_run() {
        NoticeBank bank = new NoticeBank(NotificationSetup.standard(), b -> b.observer(recording));
        ComplaintId delivered = bank.lodge();
        bank.move(delivered, CommandType.ACCEPT);
        bank.clock.advance(Duration.ofMinutes(20));
        try (NotificationDispatcher dispatcher = NotificationDispatcher.builder(bank.engine)
                .sender(ScriptedReceiver.reliable()).build()) {
            dispatcher.dispatchDue();
        }
        assertEquals(List.of("delivered scripted PT20M"), recording.starting("delivered"),
                "derived at the acceptance, delivered 20 minutes later by the engine's clock");
        assertEquals(List.of("outbox 0 pending 0 dead"), recording.starting("outbox"));

        ComplaintId dead = bank.lodge();
        bank.move(dead, CommandType.ACCEPT);
        try (NotificationDispatcher dispatcher = NotificationDispatcher.builder(bank.engine)
                .sender(ScriptedReceiver.down()).retry(NotificationDispatchTest.QUICK).build()) {
            dispatcher.dispatchDue();
            for (int i = 0; i < 3; i++) {
                bank.clock.advance(Duration.ofMinutes(10));
                dispatcher.dispatchDue();
            }
        }
        assertEquals(List.of("outbox 0 pending 0 dead", "outbox 1 pending 0 dead", "outbox 1 pending 0 dead",
                "outbox 1 pending 0 dead", "outbox 0 pending 1 dead"), recording.starting("outbox"));
    }

    @Test
    void an_observer_that_throws_changes_nothing_the_engine_did() {
        Throwing throwing = new Throwing();
        ComplaintEngine engine = engine(throwing);
        ComplaintId id = engine.execute(Fixtures.registration(clock.instant())).complaintId();
        moveTo("2025-03-03T11:00");
        assertEquals(1, engine.tick().warnings());
        assertThrows(CommandRefusedException.class,
                () -> engine.execute(Commands.of(CommandType.APPROVE_RESOLUTION, id, Fixtures.APPROVER)));
        engine.execute(Commands.of(CommandType.ACCEPT, id, Fixtures.HANDLER));
        assertEquals(org.complaintkit.api.complaint.ComplaintStatus.ACCEPTED,
                engine.hostReads().find(id).orElseThrow().status());
        assertTrue(throwing.calls >= 6, "every report reached the observer and threw: " + throwing.calls);
    }

    @Test
    void an_engine_without_an_observer_holds_the_one_that_does_nothing() {
        ComplaintEngine engine = ComplaintEngine.builder().clock(clock).discoverPlugins(false).build();
        assertSame(EngineObserver.none(), engine.parts().observer());
        assertNotSame(EngineObserver.none(), engine(recording).parts().observer(), "the host's, behind its guard");
    }

    @Test
    void no_report_carries_the_complainant_or_the_complaint() {
        ComplaintEngine engine = engine(recording);
        ComplaintId id = engine.execute(Fixtures.registration(clock.instant())).complaintId();
        moveTo("2025-03-03T14:31");
        engine.tick();
        assertThrows(CommandRefusedException.class,
                () -> engine.execute(Commands.of(CommandType.APPROVE_RESOLUTION, id, Fixtures.APPROVER)));
        assertFalse(recording.reports.isEmpty());
        for (String report : recording.reports) {
            for (String personal : List.of(id.value(), Fixtures.NAME, Fixtures.PHONE, Fixtures.CUSTOMER_NUMBER,
                    Fixtures.TELLER_ID.value(), Fixtures.HANDLER_ID.value(), Fixtures.OUTLET.value())) {
                assertFalse(report.contains(personal), report + " carries " + personal);
            }
        }
    }
}
