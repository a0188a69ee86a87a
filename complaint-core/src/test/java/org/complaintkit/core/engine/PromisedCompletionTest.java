package org.complaintkit.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.complaintkit.api.command.CommandType;
import org.complaintkit.api.command.PromiseCompletion;
import org.complaintkit.api.complaint.ComplaintId;
import org.complaintkit.api.complaint.ContactMethod;
import org.complaintkit.api.complaint.Sensitive;
import org.complaintkit.api.error.CommandRefusedException;
import org.complaintkit.api.error.ErrorCode;
import org.complaintkit.api.error.InvalidInputException;
import org.complaintkit.api.event.ClockChanged;
import org.complaintkit.api.event.CompletionPromised;
import org.complaintkit.api.sla.ClockChange;
import org.complaintkit.core.calendar.BusinessCalendar;
import org.complaintkit.core.calendar.CalendarFile;
import org.complaintkit.core.notification.NoticeTypes;
import org.complaintkit.core.sla.ClockState;
import org.complaintkit.core.sla.PromiseClocks;
import org.complaintkit.spi.notification.Notification;
import org.complaintkit.testkit.Fixtures;
import org.complaintkit.testkit.MutableClock;
import org.complaintkit.testkit.ScriptedReceiver;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/**
 * Seed 002 第二篇 四(三)2, 7: "承诺办结时间…在承诺时限内及时处理" — a completion time promised to the customer is
 * timed by its own clock, warned of and breached like any duty; a changed promise carries its reason, is told to the
 * customer, and leaves a promise already broken on the record.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class PromisedCompletionTest {
    static final String ROUND_2 = PromiseClocks.CLOCK_ID + "#2";
    static final String ROUND_3 = PromiseClocks.CLOCK_ID + "#3";
    final NoticeBank bank = new NoticeBank();

    ComplaintId assigned() {
        ComplaintId id = bank.lodge();
        bank.clock.advance(Duration.ofHours(1));
        bank.engine.execute(org.complaintkit.testkit.Commands.of(CommandType.ACCEPT, id, Fixtures.HANDLER));
        bank.clock.advance(Duration.ofHours(1));
        bank.engine.execute(org.complaintkit.testkit.Commands.of(CommandType.ASSIGN, id, NoticeBank.MANAGER,
                Fixtures.key(), new org.complaintkit.testkit.Commands.Payload(null, null, Fixtures.HANDLER_ID, null,
                        "complex", ContactMethod.SMS)));
        return id;
    }

    PromiseCompletion promise(ComplaintId id, String local) {
        return PromiseCompletion.of(id, Fixtures.HANDLER, Fixtures.key(), NoticeBank.at(local),
                Sensitive.of("我行承诺在此时间前完成核查并答复您"));
    }

    Map<String, ClockState.Status> promiseClocks(ComplaintId id) {
        return bank.engine.hostReads().clocks(id).stream()
                .filter(s -> s.definition().id().startsWith(PromiseClocks.CLOCK_ID))
                .collect(Collectors.toMap(s -> s.definition().id(), ClockState::status));
    }

    List<ClockChange> changes(ComplaintId id, String clockId) {
        return bank.engine.hostReads().history(id).stream().filter(ClockChanged.class::isInstance)
                .map(ClockChanged.class::cast).filter(c -> c.clockId().equals(clockId)).map(ClockChanged::change)
                .toList();
    }

    @Test
    void a_promise_runs_a_clock_due_at_the_promised_time_that_the_answer_meets() {
        ComplaintId id = assigned();
        Instant promised = NoticeBank.at("2026-03-05T17:00");
        bank.engine.execute(promise(id, "2026-03-05T17:00"));
        ClockState clock = bank.engine.hostReads().clock(id, PromiseClocks.CLOCK_ID);
        assertEquals(ClockState.Status.RUNNING, clock.status());
        assertEquals(promised, clock.deadline(), "the deadline is the promise's, not a policy's");
        assertTrue(bank.types(id).contains(NoticeTypes.PROMISE + "->customer"), "the promise is confirmed in writing");

        bank.move(id, CommandType.START_INVESTIGATION, CommandType.PROPOSE_RESOLUTION, CommandType.APPROVE_RESOLUTION);
        bank.engine.execute(NoticeBank.respond(id, ContactMethod.PHONE));
        assertEquals(Map.of(PromiseClocks.CLOCK_ID, ClockState.Status.MET), promiseClocks(id));
    }

    @Test
    void a_promise_missed_is_warned_of_breached_and_stays_broken_when_it_is_changed_and_the_customer_is_told() {
        ComplaintId id = assigned();
        bank.engine.execute(promise(id, "2026-03-03T17:00"));

        // 80 % of the time to the promise passes: the handler is warned; then the promise passes unkept.
        bank.clock.set(NoticeBank.at("2026-03-03T15:00"));
        bank.engine.tick();
        assertEquals(List.of(ClockChange.STARTED, ClockChange.WARNED), changes(id, PromiseClocks.CLOCK_ID));
        bank.clock.set(NoticeBank.at("2026-03-03T17:30"));
        bank.engine.tick();
        assertEquals(ClockState.Status.OVERDUE, promiseClocks(id).get(PromiseClocks.CLOCK_ID));
        assertTrue(bank.types(id).contains(NoticeTypes.BREACH + "->staff:" + Fixtures.HANDLER_ID.value()),
                bank.types(id).toString());

        // A change needs its reason, and nothing is stored without one.
        int before = bank.engine.hostReads().history(id).size();
        CommandRefusedException refused = assertThrows(CommandRefusedException.class,
                () -> bank.engine.execute(promise(id, "2026-03-06T17:00")));
        assertTrue(refused.has(ErrorCode.PROMISE_CHANGE_NEEDS_REASON), refused.getMessage());
        assertEquals(before, bank.engine.hostReads().history(id).size());

        bank.clock.advance(Duration.ofHours(1));
        bank.engine.execute(promise(id, "2026-03-06T17:00").withReason(Sensitive.of("需调取监控录像")));
        CompletionPromised change = bank.engine.hostReads().history(id).stream()
                .filter(CompletionPromised.class::isInstance).map(CompletionPromised.class::cast).toList().get(1);
        assertEquals(NoticeBank.at("2026-03-03T17:00"), change.previousPromisedBy(), "the earlier promise is on record");
        assertEquals(Map.of(PromiseClocks.CLOCK_ID, ClockState.Status.BREACHED, ROUND_2, ClockState.Status.RUNNING),
                promiseClocks(id), "the broken promise stands; the new one runs to its own time");
        assertEquals(NoticeBank.at("2026-03-06T17:00"), bank.engine.hostReads().clock(id, ROUND_2).deadline());

        // The customer is told of the change: the earlier time, the reason and the new time.
        ScriptedReceiver receiver = ScriptedReceiver.reliable();
        try (NotificationDispatcher dispatcher = NotificationDispatcher.builder(bank.engine).sender(receiver).build()) {
            dispatcher.dispatchDue();
        }
        Notification told = receiver.arrivals().stream().filter(n -> n.type().equals(NoticeTypes.PROMISE_CHANGED))
                .findFirst().orElseThrow();
        assertTrue(told.body().contains("2026-03-03 17:00") && told.body().contains("需调取监控录像")
                && told.body().contains("2026-03-06 17:00"), told.body());
        assertTrue(bank.engine.hostReads().ledger(id).stream()
                .anyMatch(d -> d.noticeType().equals(NoticeTypes.PROMISE_CHANGED) && d.toCustomer()));

        // Kept this time, and changed again before it is due: the second promise is withdrawn, not broken.
        bank.clock.advance(Duration.ofHours(1));
        bank.engine.execute(promise(id, "2026-03-09T12:00").withReason(Sensitive.of("客户要求当面答复")));
        bank.move(id, CommandType.START_INVESTIGATION, CommandType.PROPOSE_RESOLUTION, CommandType.APPROVE_RESOLUTION);
        bank.engine.execute(NoticeBank.respond(id, ContactMethod.PHONE));
        assertEquals(Map.of(PromiseClocks.CLOCK_ID, ClockState.Status.BREACHED, ROUND_2, ClockState.Status.CANCELLED,
                ROUND_3, ClockState.Status.MET), promiseClocks(id));
    }

    @Test
    void a_promise_must_lie_ahead_and_be_made_before_the_answer() {
        ComplaintId id = assigned();
        InvalidInputException past = assertThrows(InvalidInputException.class,
                () -> bank.engine.execute(promise(id, "2026-03-02T09:00")));
        assertTrue(past.has(ErrorCode.PROMISE_NOT_AHEAD), past.getMessage());
        InvalidInputException beyond = assertThrows(InvalidInputException.class, () -> bank.engine.execute(
                PromiseCompletion.of(id, Fixtures.HANDLER, Fixtures.key(), Instant.MAX, Sensitive.of("总会办结的"))));
        assertTrue(beyond.has(ErrorCode.OUT_OF_RANGE), "no calendar counts that far: " + beyond.getMessage());
        bank.move(id, CommandType.START_INVESTIGATION, CommandType.PROPOSE_RESOLUTION, CommandType.APPROVE_RESOLUTION);
        bank.engine.execute(NoticeBank.respond(id, ContactMethod.PHONE));
        CommandRefusedException answered = assertThrows(CommandRefusedException.class,
                () -> bank.engine.execute(promise(id, "2026-04-01T09:00")));
        assertTrue(answered.has(ErrorCode.ILLEGAL_TRANSITION), answered.getMessage());
        assertEquals(Map.of(), promiseClocks(id));
    }

    @Test
    void an_engine_without_a_calendar_refuses_a_promise_it_could_not_time() {
        MutableClock clock = new MutableClock(NoticeBank.at("2026-03-02T09:00"), NoticeBank.SHANGHAI);
        ComplaintEngine plain = ComplaintEngine.builder().clock(clock).store(new org.complaintkit.testkit.EncodingStore())
                .discoverPlugins(false).build();
        ComplaintId id = plain.execute(Fixtures.registration(clock.instant())).complaintId();
        CommandRefusedException refused = assertThrows(CommandRefusedException.class, () -> plain.execute(
                PromiseCompletion.of(id, Fixtures.HANDLER, Fixtures.key(), NoticeBank.at("2026-03-05T17:00"),
                        Sensitive.of("三日内答复"))));
        assertTrue(refused.has(ErrorCode.PROMISE_NOT_TIMED), refused.getMessage());
        ComplaintEngine timed = ComplaintEngine.builder().clock(clock).store(new org.complaintkit.testkit.EncodingStore())
                .discoverPlugins(false).calendar(BusinessCalendar.of(CalendarFile.mainlandChina())).build();
        ComplaintId other = timed.execute(Fixtures.registration(clock.instant())).complaintId();
        timed.execute(PromiseCompletion.of(other, Fixtures.HANDLER, Fixtures.key(), NoticeBank.at("2026-03-05T17:00"),
                Sensitive.of("三日内答复")));
        assertEquals(NoticeBank.at("2026-03-05T17:00"),
                timed.hostReads().clock(other, PromiseClocks.CLOCK_ID).deadline(),
                "a calendar alone, without any policy, is enough to time promises");
        assertNull(timed.hostReads().clock(other, PromiseClocks.CLOCK_ID).tier());
    }
}
