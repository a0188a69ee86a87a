package org.complaintkit.core.engine;

import static org.junit.jupiter.api.Assertions.*;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.complaintkit.api.command.CommandType;
import org.complaintkit.api.complaint.ComplaintId;
import org.complaintkit.api.complaint.ComplaintStatus;
import org.complaintkit.api.complaint.ContactMethod;
import org.complaintkit.api.error.CommandRefusedException;
import org.complaintkit.api.error.ErrorCode;
import org.complaintkit.api.error.InvalidInputException;
import org.complaintkit.api.event.ComplaintEvent;
import org.complaintkit.api.event.NoticeDelivered;
import org.complaintkit.api.event.NoticeFailed;
import org.complaintkit.api.event.NoticeRequeued;
import org.complaintkit.core.notification.NoticeTypes;
import org.complaintkit.core.notification.NotificationSetup;
import org.complaintkit.core.notification.RetryPolicy;
import org.complaintkit.core.sla.ClockState;
import org.complaintkit.core.sla.preset.ChinaCbirc;
import org.complaintkit.testkit.Fixtures;
import org.complaintkit.testkit.ScriptedReceiver;
import org.complaintkit.spi.notification.SendOutcome;
import org.complaintkit.spi.storage.OutboxEntry;
import org.complaintkit.spi.storage.OutboxStatus;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class NotificationDispatchTest {
    static final RetryPolicy QUICK = new RetryPolicy(4, Duration.ofMinutes(1), 2.0, Duration.ofMinutes(10));
    final NoticeBank bank = new NoticeBank();

    NotificationDispatcher dispatcher(ScriptedReceiver receiver) {
        return NotificationDispatcher.builder(bank.engine).sender(receiver).retry(QUICK).timeout(Duration.ofMillis(300))
                .build();
    }

    ComplaintId accepted() {
        ComplaintId id = bank.lodge();
        bank.move(id, CommandType.ACCEPT);
        return id;
    }

    <E extends ComplaintEvent> List<E> events(ComplaintId id, Class<E> type) {
        return bank.engine.hostReads().history(id).stream().filter(type::isInstance).map(type::cast).toList();
    }

    @Test
    void a_sender_that_fails_twice_then_succeeds_leaves_one_ledger_entry_with_the_proof_of_notice() {
        ScriptedReceiver receiver = ScriptedReceiver.failingFirst(2);
        ComplaintId id = accepted();
        try (NotificationDispatcher dispatcher = dispatcher(receiver)) {
            assertEquals(1, dispatcher.dispatchDue().failed());
            assertEquals(0, dispatcher.dispatchDue().leased(), "not due again until the backoff has passed");
            bank.clock.advance(Duration.ofMinutes(1));
            assertEquals(1, dispatcher.dispatchDue().failed());
            bank.clock.advance(Duration.ofSeconds(119));
            assertEquals(0, dispatcher.dispatchDue().leased(), "the second retry waits twice as long");
            bank.clock.advance(Duration.ofSeconds(1));
            assertEquals(1, dispatcher.dispatchDue().delivered());
        }
        List<NoticeFailed> failures = events(id, NoticeFailed.class);
        assertEquals(List.of(1, 2), failures.stream().map(NoticeFailed::attempt).toList());
        assertTrue(failures.stream().noneMatch(NoticeFailed::deadLettered));
        List<NoticeDelivered> ledger = bank.engine.hostReads().ledger(id);
        assertEquals(1, ledger.size());
        NoticeDelivered proof = ledger.get(0);
        assertEquals(NoticeTypes.ACKNOWLEDGEMENT, proof.noticeType());
        assertEquals("scripted", proof.channel());
        assertEquals(bank.clock.instant(), proof.sentAt());
        assertEquals("ref-" + proof.dedupeKey() + "#3", proof.providerReference());
        assertEquals(3, proof.attempts());
        assertEquals(NotificationDispatcher.digest(receiver.accepted().get(proof.dedupeKey())), proof.contentDigest());
        assertEquals(ContactMethod.PHONE, proof.recipient().contact().method());
        assertEquals(OutboxStatus.DELIVERED, bank.engine.hostReads().outbox(id).get(0).status());
        assertEquals(1, receiver.accepted().size());
        assertEquals(ComplaintStatus.ACCEPTED, bank.engine.hostReads().find(id).orElseThrow().status(), "the transition stands");
    }

    @Test
    void a_sender_that_always_fails_dead_letters_the_notice_visibly_and_a_retry_by_staff_delivers_it() {
        ScriptedReceiver receiver = ScriptedReceiver.down();
        ComplaintId id = accepted();
        try (NotificationDispatcher dispatcher = dispatcher(receiver)) {
            for (int i = 0; i < 4; i++) {
                dispatcher.dispatchDue();
                bank.clock.advance(Duration.ofMinutes(10));
            }
            assertEquals(4, receiver.attempts(bank.engine.hostReads().outbox(id).get(0).dedupeKey()));
            List<OutboxEntry> dead = dispatcher.deadLetters(null, 10);
            assertEquals(1, dead.size());
            assertTrue(events(id, NoticeFailed.class).get(3).deadLettered());
            assertEquals(0, dispatcher.dispatchDue().leased(), "a dead letter is not tried on its own");
            assertEquals(ComplaintStatus.ACCEPTED, bank.engine.hostReads().find(id).orElseThrow().status());

            receiver.repair();
            dispatcher.retry(dead.get(0).dedupeKey(), NoticeBank.MANAGER, "SMS gateway back after maintenance");
            NoticeRequeued requeued = events(id, NoticeRequeued.class).get(0);
            assertEquals(NoticeBank.MANAGER, requeued.actor());
            assertEquals(1, dispatcher.dispatchDue().delivered());
            assertEquals(List.of(), dispatcher.deadLetters(null, 10));
        }
        assertEquals(1, bank.engine.hostReads().ledger(id).size());
        assertEquals(1, bank.engine.hostReads().ledger(id).get(0).attempts(), "attempts count afresh after a retry");
    }

    @Test
    void a_retry_names_an_existing_dead_notice_and_passes_the_access_policy() {
        ComplaintId id = accepted();
        try (NotificationDispatcher dispatcher = dispatcher(ScriptedReceiver.reliable())) {
            String key = bank.engine.hostReads().outbox(id).get(0).dedupeKey();
            assertTrue(assertThrows(InvalidInputException.class,
                    () -> dispatcher.retry("no-such-key", NoticeBank.MANAGER, "why")).has(ErrorCode.UNKNOWN_NOTICE));
            assertTrue(assertThrows(CommandRefusedException.class,
                    () -> dispatcher.retry(key, NoticeBank.MANAGER, "why")).has(ErrorCode.NOTICE_NOT_DEAD));
        }
    }

    @Test
    void a_sender_that_hangs_past_the_timeout_counts_as_a_failed_attempt_and_the_notice_is_retried() {
        ScriptedReceiver receiver = ScriptedReceiver.reliable().hanging(Duration.ofSeconds(5));
        ComplaintId id = accepted();
        try (NotificationDispatcher dispatcher = dispatcher(receiver)) {
            DispatchReport first = dispatcher.dispatchDue();
            assertEquals(1, first.failed());
            assertEquals("no answer within PT0.3S", events(id, NoticeFailed.class).get(0).reason());
            receiver.repair();
            bank.clock.advance(Duration.ofMinutes(1));
            assertEquals(1, dispatcher.dispatchDue().delivered());
        }
        assertEquals(1, bank.engine.hostReads().ledger(id).size());
        assertEquals(1, receiver.accepted().size());
        assertEquals(0, receiver.duplicates());
    }

    @Test
    void a_sender_that_throws_is_a_failed_attempt_and_the_complaint_is_untouched() {
        ComplaintId id = accepted();
        try (NotificationDispatcher dispatcher = NotificationDispatcher.builder(bank.engine).sender(n -> {
            throw new IllegalStateException("gateway bug with " + n.body());
        }).retry(QUICK).build()) {
            assertEquals(1, dispatcher.dispatchDue().failed());
        }
        NoticeFailed failed = events(id, NoticeFailed.class).get(0);
        assertEquals("the sender threw java.lang.IllegalStateException", failed.reason(), "no text of the notice");
        assertEquals(ComplaintStatus.ACCEPTED, bank.engine.hostReads().find(id).orElseThrow().status());
    }

    @Test
    void a_failure_reason_with_line_breaks_cannot_forge_log_lines_and_is_cut_like_a_violation_message() {
        ComplaintId id = accepted();
        String forged = "relay said no\r\n2026-03-02 INFO notice delivered\u202e" + "x".repeat(100_000);
        try (NotificationDispatcher dispatcher = NotificationDispatcher.builder(bank.engine)
                .sender(n -> SendOutcome.failed(forged)).retry(QUICK).build()) {
            assertEquals(1, dispatcher.dispatchDue().failed());
        }
        String recorded = events(id, NoticeFailed.class).get(0).reason();
        assertTrue(recorded.startsWith("relay said no\\u000d\\u000a2026-03-02 INFO notice delivered\\u202e"),
                recorded.substring(0, 80));
        assertTrue(recorded.length() <= SendOutcome.MAX_FAILURE_REASON + 10, "length " + recorded.length());
        assertTrue(recorded.endsWith("(cut)"), "marked as cut");
        assertEquals(recorded, bank.engine.hostReads().outbox(id).get(0).lastFailure());
    }

    @Test
    void a_customer_notice_by_a_method_without_a_sender_is_retried_then_dead_lettered_never_dropped() {
        ComplaintId id = accepted();
        try (NotificationDispatcher dispatcher = NotificationDispatcher.builder(bank.engine)
                .staffSender(ScriptedReceiver.reliable()).customerSender(ContactMethod.EMAIL, ScriptedReceiver.reliable())
                .retry(new RetryPolicy(2, Duration.ofMinutes(1), 1.0, Duration.ofMinutes(1))).build()) {
            dispatcher.dispatchDue();
            bank.clock.advance(Duration.ofMinutes(1));
            assertEquals(1, dispatcher.dispatchDue().deadLettered());
        }
        List<NoticeFailed> failures = events(id, NoticeFailed.class);
        assertEquals("no sender for customer notices by PHONE", failures.get(0).reason());
        assertEquals("none", failures.get(0).channel());
        assertEquals(OutboxStatus.DEAD, bank.engine.hostReads().outbox(id).get(0).status());
    }

    @Test
    void a_crash_after_the_append_and_before_the_send_loses_nothing() {
        ComplaintId id = accepted();
        // The node that appended dies before any dispatcher ran; a new engine on the same store takes over.
        ComplaintEngine restarted = bank.restarted(NotificationSetup.standard());
        ScriptedReceiver receiver = ScriptedReceiver.reliable();
        try (NotificationDispatcher dispatcher = NotificationDispatcher.builder(restarted).sender(receiver).build()) {
            assertEquals(1, dispatcher.dispatchDue().delivered());
        }
        assertEquals(1, restarted.hostReads().ledger(id).size());
    }

    @Test
    void a_dispatcher_that_dies_holding_a_lease_delays_the_notice_until_the_lease_runs_out_and_loses_nothing() {
        ComplaintId id = accepted();
        // A dispatcher leased the notice for five minutes, then its node died before sending.
        assertEquals(1, bank.store.leaseOutbox(bank.clock.instant(), bank.clock.instant().plus(Duration.ofMinutes(5)), 10)
                .size());
        ScriptedReceiver receiver = ScriptedReceiver.reliable();
        try (NotificationDispatcher dispatcher = dispatcher(receiver)) {
            assertEquals(0, dispatcher.dispatchDue().leased(), "the lease still holds");
            bank.clock.advance(Duration.ofMinutes(5));
            assertEquals(1, dispatcher.dispatchDue().delivered());
        }
        assertEquals(1, bank.engine.hostReads().ledger(id).size());
    }

    @Test
    void dispatchers_racing_on_two_nodes_deliver_each_notice_once_to_a_receiver_that_honours_the_dedupe_key()
            throws Exception {
        List<ComplaintId> ids = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            ComplaintId id = bank.lodge();
            bank.readyToRespond(id);
            bank.engine.execute(NoticeBank.respond(id, ContactMethod.SMS));
            ids.add(id);
        }
        ScriptedReceiver receiver = ScriptedReceiver.failing(n -> Math.floorMod(n.dedupeKey().hashCode(), 3));
        ComplaintEngine other = bank.restarted(NotificationSetup.standard());
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try (NotificationDispatcher a = NotificationDispatcher.builder(bank.engine).sender(receiver).retry(QUICK)
                .batch(7).build();
             NotificationDispatcher b = NotificationDispatcher.builder(other).sender(receiver).retry(QUICK).batch(7).build()) {
            for (int round = 0; round < 6; round++) {
                CountDownLatch start = new CountDownLatch(1);
                List<Future<?>> runs = new ArrayList<>();
                for (NotificationDispatcher d : List.of(a, b)) {
                    runs.add(pool.submit(() -> {
                        start.await();
                        for (int i = 0; i < 30; i++) {
                            d.dispatchDue();
                        }
                        return null;
                    }));
                }
                start.countDown();
                for (Future<?> run : runs) {
                    run.get();
                }
                bank.clock.advance(Duration.ofMinutes(10));
            }
        } finally {
            pool.shutdownNow();
        }
        int expected = 0;
        for (ComplaintId id : ids) {
            List<OutboxEntry> outbox = bank.engine.hostReads().outbox(id);
            expected += outbox.size();
            assertTrue(outbox.stream().allMatch(e -> e.status() == OutboxStatus.DELIVERED), outbox.toString());
            List<String> delivered = events(id, NoticeDelivered.class).stream().map(NoticeDelivered::dedupeKey).toList();
            assertEquals(outbox.size(), delivered.size(), "one ledger entry per notice");
            assertEquals(outbox.size(), delivered.stream().distinct().count());
        }
        assertEquals(expected, receiver.accepted().size(), "each notice accepted once by the receiver");
    }

    @Test
    void the_decision_clock_stops_when_the_written_decision_is_sent_not_when_the_response_is_recorded() {
        ComplaintId id = bank.lodge();
        bank.readyToRespond(id);
        bank.clock.advance(Duration.between(bank.clock.instant(), NoticeBank.at("2026-03-17T20:00")));
        bank.engine.execute(NoticeBank.respond(id, ContactMethod.SMS));
        ClockState waiting = decisionClock(id);
        assertEquals(ClockState.Status.RUNNING, waiting.status(), "recorded, not yet sent");
        assertEquals(NoticeBank.at("2026-03-18T00:00"), waiting.deadline());
        ScriptedReceiver receiver = ScriptedReceiver.down();
        try (NotificationDispatcher dispatcher = dispatcher(receiver)) {
            dispatcher.dispatchDue();
            bank.clock.advance(Duration.between(bank.clock.instant(), NoticeBank.at("2026-03-18T09:00")));
            receiver.repair();
            dispatcher.dispatchDue();
        }
        ClockState stopped = decisionClock(id);
        assertEquals(ClockState.Status.BREACHED, stopped.status(), "the letter went out after the deadline");
        assertEquals(NoticeBank.at("2026-03-18T09:00"), stopped.stoppedAt());
        assertEquals(stopped.stoppedAt(), bank.engine.hostReads().ledger(id).stream()
                .filter(d -> d.noticeType().equals(NoticeTypes.DECISION)).findFirst().orElseThrow().sentAt());
    }

    @Test
    void a_decision_sent_before_the_deadline_meets_the_clock_at_its_send_time() {
        ComplaintId id = bank.lodge();
        bank.readyToRespond(id);
        bank.engine.execute(NoticeBank.respond(id, ContactMethod.EMAIL));
        bank.clock.advance(Duration.ofMinutes(5));
        try (NotificationDispatcher dispatcher = dispatcher(ScriptedReceiver.reliable())) {
            dispatcher.dispatchDue();
        }
        ClockState met = decisionClock(id);
        assertEquals(ClockState.Status.MET, met.status());
        assertEquals(bank.clock.instant(), met.stoppedAt());
        assertTrue(bank.engine.hostReads().clockHistory(id, ChinaCbirc.DECISION).stream()
                .anyMatch(c -> c.change() == org.complaintkit.api.sla.ClockChange.MET && c.reason().contains("NoticeDelivered")));
    }

    @Test
    void a_decision_given_by_phone_stops_the_clock_when_it_is_recorded() {
        ComplaintId id = bank.lodge();
        bank.readyToRespond(id);
        bank.engine.execute(NoticeBank.respond(id, ContactMethod.PHONE));
        ClockState met = decisionClock(id);
        assertEquals(ClockState.Status.MET, met.status());
        assertEquals(bank.clock.instant(), met.stoppedAt());
    }

    @Test
    void a_sender_outcome_without_a_reference_is_refused_by_the_spi() {
        assertThrows(NullPointerException.class, () -> SendOutcome.delivered(null));
        assertThrows(IllegalArgumentException.class, () -> new SendOutcome(false, null, null));
    }

    @Test
    void a_dispatcher_needs_an_engine_with_notifications() {
        ComplaintEngine plain = ComplaintEngine.builder().discoverPlugins(false).build();
        assertTrue(assertThrows(org.complaintkit.api.error.ConfigurationException.class,
                () -> NotificationDispatcher.builder(plain).build()).has(ErrorCode.INVALID_CONFIGURATION));
    }

    private ClockState decisionClock(ComplaintId id) {
        return bank.engine.hostReads().clocks(id).stream().filter(c -> c.definition().id().equals(ChinaCbirc.DECISION)).findFirst()
                .orElseThrow();
    }
}
