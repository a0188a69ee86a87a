package org.complaintkit.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.complaintkit.api.calendar.CalendarDefinition;
import org.complaintkit.api.command.CommandType;
import org.complaintkit.api.command.ExtendDeadline;
import org.complaintkit.api.complaint.ComplaintId;
import org.complaintkit.api.complaint.ComplaintStatus;
import org.complaintkit.api.complaint.Satisfaction;
import org.complaintkit.api.complaint.Sensitive;
import org.complaintkit.api.event.ClockChanged;
import org.complaintkit.api.organisation.Actor;
import org.complaintkit.api.sla.BreachAction;
import org.complaintkit.api.sla.ClockChange;
import org.complaintkit.core.calendar.BusinessCalendar;
import org.complaintkit.core.calendar.CalendarFile;
import org.complaintkit.core.reporting.ClockResult;
import org.complaintkit.core.reporting.ComplaintFacts;
import org.complaintkit.core.sla.ClockState;
import org.complaintkit.core.sla.preset.ChinaCbirc;
import org.complaintkit.testkit.Commands;
import org.complaintkit.testkit.ComplaintScenario;
import org.complaintkit.testkit.Fixtures;
import org.complaintkit.testkit.MutableClock;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/**
 * After a re-investigation the decision is owed again: the clocks that time the answer run a second round, under
 * their own id, so each round keeps its record.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ClocksThroughReinvestigationTest {
    private static final String SECOND = ChinaCbirc.DECISION + "#2";
    private final MutableClock clock = MutableClock.at("2026-03-02T01:30:00Z");
    private final ComplaintEngine engine = ComplaintEngine.builder().clock(clock).discoverPlugins(false)
            .calendar(BusinessCalendar.of(CalendarFile.mainlandChina())).policies(ChinaCbirc.policy()).build();

    private void run(CommandType type, ComplaintId id) {
        Actor actor = ComplaintScenario.defaultActor(type);
        engine.execute(type == CommandType.RECORD_SATISFACTION
                ? Commands.of(type, id, actor, Fixtures.key(), new Commands.Payload(null, Satisfaction.DISSATISFIED,
                        null, null, null, null))
                : Commands.of(type, id, actor));
    }

    private void answer(ComplaintId id) {
        for (CommandType type : List.of(CommandType.ACCEPT, CommandType.ASSIGN, CommandType.START_INVESTIGATION,
                CommandType.PROPOSE_RESOLUTION, CommandType.APPROVE_RESOLUTION, CommandType.RESPOND)) {
            run(type, id);
        }
    }

    private void reinvestigate(ComplaintId id) {
        run(CommandType.RECORD_SATISFACTION, id);
        run(CommandType.REINVESTIGATE, id);
    }

    private void answerAgain(ComplaintId id) {
        for (CommandType type : List.of(CommandType.PROPOSE_RESOLUTION, CommandType.APPROVE_RESOLUTION,
                CommandType.RESPOND)) {
            run(type, id);
        }
    }

    private void sweepDaily(int days) {
        for (int day = 0; day < days; day++) {
            clock.advance(Duration.ofDays(1));
            engine.tick();
        }
    }

    private List<ClockChange> changes(ComplaintId id, String clockId) {
        return engine.hostReads().clockHistory(id, clockId).stream().map(ClockChanged::change).toList();
    }

    @Test
    void a_re_investigation_starts_a_second_round_of_the_decision_that_runs_its_breach_actions_when_late() {
        ComplaintId id = engine.execute(Fixtures.registration(clock.instant())).complaintId();
        answer(id);
        clock.advance(Duration.ofDays(2));
        reinvestigate(id);
        Instant reopened = clock.instant();

        ClockState second = engine.hostReads().clock(id, SECOND);
        assertEquals(reopened, second.startedAt(), "the second round runs from the re-investigation");
        assertEquals(Instant.parse("2026-03-19T16:00:00Z"), second.deadline(),
                "15 days from 4 March, to the midnight that ends 19 March in Beijing");
        assertEquals(ClockState.Status.MET, engine.hostReads().clock(id, ChinaCbirc.DECISION).status(), "the first answer was in time");

        sweepDaily(20);
        answerAgain(id);
        assertEquals(List.of(ClockChange.STARTED, ClockChange.WARNED, ClockChange.WARNED, ClockChange.OVERDUE,
                ClockChange.BREACHED), changes(id, SECOND));
        ClockChanged overdue = engine.hostReads().clockHistory(id, SECOND).get(3);
        assertEquals(Set.of(BreachAction.NOTIFY, BreachAction.ESCALATE, BreachAction.MARK), overdue.breachActions(),
                "the round's breach runs the clock's own breach actions");
        assertEquals(List.of(ClockChange.STARTED, ClockChange.MET), changes(id, ChinaCbirc.DECISION),
                "the first round keeps its record");
        assertEquals(ClockResult.BREACHED, ComplaintFacts.of(engine.hostReads().history(id)).clocks().get(ChinaCbirc.DECISION),
                "reports count the clock once, with its worst round");
        assertTrue(engine.hostReads().explain(id, SECOND).lines().get(2).startsWith("status BREACHED"),
                engine.hostReads().explain(id, SECOND).toString());
        assertEquals(engine.hostReads().clock(id, SECOND).stoppedAt(), engine.hostReads().clock(id, ChinaCbirc.REVIEW_WINDOW).startedAt(),
                "the decision's second round and the review window read the same latest answer");
    }

    @Test
    void a_breach_of_the_first_round_stands_when_the_second_is_answered_in_time() {
        ComplaintId id = engine.execute(Fixtures.registration(clock.instant())).complaintId();
        sweepDaily(20);
        answer(id);
        reinvestigate(id);
        clock.advance(Duration.ofDays(3));
        answerAgain(id);
        clock.advance(Duration.ofDays(1));
        reinvestigate(id);
        clock.advance(Duration.ofDays(1));
        answerAgain(id);

        assertEquals(ClockChange.BREACHED, last(changes(id, ChinaCbirc.DECISION)));
        assertEquals(List.of(ClockChange.STARTED, ClockChange.MET), changes(id, SECOND));
        assertEquals(List.of(ClockChange.STARTED, ClockChange.MET), changes(id, ChinaCbirc.DECISION + "#3"),
                "each re-investigation owes a decision again");
        assertEquals(ClockResult.BREACHED, ComplaintFacts.of(engine.hostReads().history(id)).clocks().get(ChinaCbirc.DECISION));
        assertEquals(List.of(ChinaCbirc.DECISION, SECOND, ChinaCbirc.DECISION + "#3", ChinaCbirc.REVIEW,
                ChinaCbirc.REVIEW + "#2", ChinaCbirc.REVIEW + "#3", ChinaCbirc.REVIEW_WINDOW), engine.hostReads().clocks(id).stream().map(c -> c.definition().id()).sorted().toList());
    }

    @Test
    void a_second_round_is_extended_by_its_own_id_and_the_first_round_is_not_touched() {
        ComplaintId id = engine.execute(Fixtures.registration(clock.instant())).complaintId();
        answer(id);
        reinvestigate(id);
        clock.advance(Duration.ofDays(5));
        engine.execute(ExtendDeadline.builder(id, Fixtures.HANDLER, Fixtures.key())
                .clock(SECOND).tier("complex").reason(Sensitive.of("需调取监控")).build());
        assertEquals("complex", engine.hostReads().clock(id, SECOND).tier());
        assertEquals(List.of(ClockChange.STARTED, ClockChange.EXTENDED), changes(id, SECOND));
        assertEquals(List.of(ClockChange.STARTED, ClockChange.MET), changes(id, ChinaCbirc.DECISION));
    }

    @Test
    void a_review_asked_for_after_the_second_answer_is_timed_by_a_second_round_of_the_review_clock() {
        ComplaintId id = engine.execute(Fixtures.registration(clock.instant())).complaintId();
        answer(id);
        clock.advance(Duration.ofDays(3));
        run(CommandType.REQUEST_REVIEW, id);
        clock.advance(Duration.ofDays(5));
        run(CommandType.REINVESTIGATE, id);
        clock.advance(Duration.ofDays(3));
        answerAgain(id);
        clock.advance(Duration.ofDays(10));
        run(CommandType.REQUEST_REVIEW, id);
        Instant asked = clock.instant();
        assertEquals(List.of(ClockChange.STARTED, ClockChange.MET), changes(id, ChinaCbirc.REVIEW),
                "the first review ended with the re-investigation it decided");
        assertEquals(asked, engine.hostReads().clock(id, ChinaCbirc.REVIEW + "#2").startedAt());
        sweepDaily(32);
        assertEquals(List.of(ClockChange.STARTED, ClockChange.WARNED, ClockChange.WARNED, ClockChange.OVERDUE),
                changes(id, ChinaCbirc.REVIEW + "#2"), "Art. 20's 30 days hold for the second review too");
    }

    @Test
    void a_withdrawal_during_the_re_investigation_cancels_the_second_round_and_the_first_stands() {
        ComplaintId id = engine.execute(Fixtures.registration(clock.instant())).complaintId();
        answer(id);
        reinvestigate(id);
        clock.advance(Duration.ofDays(2));
        run(CommandType.WITHDRAW, id);
        assertEquals(List.of(ClockChange.STARTED, ClockChange.CANCELLED), changes(id, SECOND));
        assertEquals(ClockResult.MET, ComplaintFacts.of(engine.hostReads().history(id)).clocks().get(ChinaCbirc.DECISION));
        assertEquals(ComplaintStatus.WITHDRAWN, engine.hostReads().find(id)
                .orElseThrow().status());
    }

    @Test
    void an_outcome_left_pending_on_the_first_round_is_settled_on_its_own_when_the_calendar_arrives() {
        CalendarRunsOutTest provisional = new CalendarRunsOutTest();
        provisional.start(CalendarRunsOutTest.CN.withProvisional(CalendarRunsOutTest.GUESS, LocalDate.of(2027, 12, 31)));
        String five = CalendarRunsOutTest.FIVE.id();
        ComplaintId late = provisional.register("2026-12-28T10:00");
        provisional.answer(late, "2027-01-05T10:00");
        ClockState first = provisional.engine.hostReads().clock(late, five);
        assertEquals(ClockState.Status.MET, first.status(), "met on the guess, 5 January 17:30");
        assertTrue(first.outcomePending());

        provisional.runTo("2027-01-06T10:00");
        for (CommandType type : List.of(CommandType.RECORD_SATISFACTION, CommandType.REINVESTIGATE)) {
            provisional.engine.execute(type == CommandType.RECORD_SATISFACTION
                    ? Commands.of(type, late, ComplaintScenario.defaultActor(type), Fixtures.key(),
                    new Commands.Payload(null, Satisfaction.DISSATISFIED, null, null, null, null))
                    : Commands.of(type, late, ComplaintScenario.defaultActor(type)));
        }
        provisional.runTo("2027-01-08T10:00");
        for (CommandType type : List.of(CommandType.PROPOSE_RESOLUTION, CommandType.APPROVE_RESOLUTION,
                CommandType.RESPOND)) {
            provisional.engine.execute(Commands.of(type, late, ComplaintScenario.defaultActor(type)));
        }
        assertTrue(provisional.engine.hostReads().clock(late, five + "#2").outcomePending(), "both rounds judged on the guess");
        assertTrue(provisional.engine.hostReads().clockHistory(late, five + "#2").get(0).isProvisional());

        RecalculationReport report = provisional.engine.adoptCalendar(CalendarRunsOutTest.CN.id(),
                CalendarRunsOutTest.OFFICIAL_2027, "2027 holidays published (test calendar)");
        DeadlineMove firstMove = report.applied().stream()
                .filter(m -> m.complaintId().equals(late) && m.clockId().equals(five)).findFirst().orElseThrow();
        assertEquals(CalendarRunsOutTest.at("2027-01-04T17:30"), firstMove.recalculated(),
                "the make-up Saturday moves the first round's deadline a day earlier");
        assertEquals(ClockChange.BREACHED, firstMove.outcome(), "answered 5 January: late after all");
        List<ClockChange> firstRound = provisional.engine.hostReads().clockHistory(late, five).stream()
                .map(ClockChanged::change).toList();
        assertEquals(List.of(ClockChange.RECALCULATED, ClockChange.BREACHED),
                firstRound.subList(firstRound.size() - 2, firstRound.size()), firstRound.toString());
        ClockState second = provisional.engine.hostReads().clock(late, five + "#2");
        assertEquals(ClockState.Status.MET, second.status());
        assertFalse(second.outcomePending(), "the second round is official now too");
        assertEquals(ClockResult.BREACHED, ComplaintFacts.of(provisional.engine.hostReads().history(late)).clocks().get(five));
        assertEquals(List.of(), provisional.engine.previewCalendarAdoption(CalendarRunsOutTest.CN.id(),
                CalendarRunsOutTest.OFFICIAL_2027), "nothing left to settle");
    }

    private static ClockChange last(List<ClockChange> changes) {
        return changes.get(changes.size() - 1);
    }
}
