package org.complaintkit.core.sla;

import static org.complaintkit.api.command.CommandType.*;
import static org.junit.jupiter.api.Assertions.*;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.complaintkit.api.command.CommandType;
import org.complaintkit.api.command.PauseHandling;
import org.complaintkit.api.complaint.ComplaintId;
import org.complaintkit.api.complaint.PauseReason;
import org.complaintkit.api.event.ComplaintEvent;
import org.complaintkit.api.error.ConfigurationException;
import org.complaintkit.api.error.ErrorCode;
import org.complaintkit.api.sla.ClockDefinition;
import org.complaintkit.api.sla.ClockTarget;
import org.complaintkit.api.sla.Milestone;
import org.complaintkit.core.calendar.BusinessCalendar;
import org.complaintkit.core.calendar.CalendarFile;
import org.complaintkit.core.engine.ComplaintEngine;
import org.complaintkit.testkit.Commands;
import org.complaintkit.testkit.ComplaintScenario;
import org.complaintkit.testkit.Fixtures;
import org.complaintkit.testkit.MutableClock;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ClockBookTest {
    static final BusinessCalendar CN = BusinessCalendar.of(CalendarFile.mainlandChina());
    static final ClockBook BOOK = new ClockBook(new Deadlines(CN));

    /** A decision clock in the manner of CBIRC Art. 18: 15 calendar days, appraisal and mediation not counted. */
    static final ClockDefinition DECISION = new ClockDefinition("test.decision", "decide and notify",
            Milestone.RECEIVED, Set.of(Milestone.RESPONDED),
            EnumSet.of(PauseReason.EXTERNAL_APPRAISAL, PauseReason.MEDIATION), new ClockTarget.CalendarDays(15),
            List.of(50, 80), true);

    static Instant at(String local) {
        return ZonedDateTime.of(LocalDateTime.parse(local), CN.zone()).toInstant();
    }

    /** Drives a complaint through the engine, each step at a given local time in Shanghai. */
    static final class History {
        final MutableClock clock = new MutableClock(at("2025-03-01T16:20"), CN.zone());
        final ComplaintEngine engine = ComplaintEngine.builder().clock(clock).discoverPlugins(false).build();
        final ComplaintId id = engine.execute(Fixtures.registration(clock.instant())).complaintId();

        History then(String local, CommandType type) {
            moveTo(local);
            engine.execute(Commands.of(type, id, ComplaintScenario.defaultActor(type)));
            return this;
        }

        History pause(String local, PauseReason reason) {
            moveTo(local);
            engine.execute(new PauseHandling(id, Fixtures.HANDLER, Fixtures.key(), reason, null));
            return this;
        }

        private void moveTo(String local) {
            clock.advance(Duration.between(clock.instant(), at(local)));
        }

        List<ComplaintEvent> events() {
            return engine.hostReads().history(id);
        }
    }

    static History investigating() {
        return new History().then("2025-03-02T09:00", ACCEPT).then("2025-03-02T10:00", ASSIGN)
                .then("2025-03-03T09:00", START_INVESTIGATION);
    }

    @Test
    void an_appraisal_pause_moves_the_decision_deadline_and_a_response_in_time_meets_the_clock() {
        List<ComplaintEvent> events = investigating().pause("2025-03-05T10:00", PauseReason.EXTERNAL_APPRAISAL)
                .then("2025-03-15T10:00", RESUME).then("2025-03-18T10:00", PROPOSE_RESOLUTION)
                .then("2025-03-19T10:00", APPROVE_RESOLUTION).then("2025-03-26T23:59", RESPOND).events();
        ClockState state = BOOK.evaluate(DECISION, events, at("2025-04-30T00:00"));
        assertEquals(ClockState.Status.MET, state.status());
        assertEquals(at("2025-03-27T00:00"), state.deadline());
        assertEquals(at("2025-03-01T16:20"), state.startedAt(), "the clock starts at receipt");
        assertEquals(1, state.pauses().size());
    }

    @Test
    void a_response_after_the_deadline_breaches_the_clock() {
        List<ComplaintEvent> events = investigating().then("2025-03-10T10:00", PROPOSE_RESOLUTION)
                .then("2025-03-11T10:00", APPROVE_RESOLUTION).then("2025-03-17T00:00:01", RESPOND).events();
        ClockState state = BOOK.evaluate(DECISION, events, at("2025-04-30T00:00"));
        assertEquals(ClockState.Status.BREACHED, state.status(), "one second after midnight ending 16 March");
        assertEquals(at("2025-03-17T00:00"), state.deadline());
    }

    @Test
    void new_facts_restart_the_clock_from_their_receipt() {
        List<ComplaintEvent> events = investigating().then("2025-03-10T10:00", RECORD_NEW_FACTS).events();
        ClockState state = BOOK.evaluate(DECISION, events, at("2025-03-11T00:00"));
        assertEquals(ClockState.Status.RUNNING, state.status());
        assertEquals(1, state.restarts());
        assertEquals(at("2025-03-26T00:00"), state.deadline(), "15 days counted from 10 March");
        assertEquals(List.of(at("2025-03-18T05:00"), at("2025-03-22T21:12")), state.warningsDueAt(),
                "50 % and 80 % of the 374 hours from 10 March 10:00 to 26 March 00:00");
    }

    @Test
    void a_wait_for_the_customer_is_not_a_pause_this_clock_counts() {
        List<ComplaintEvent> events = investigating().pause("2025-03-05T10:00", PauseReason.WAITING_FOR_CUSTOMER)
                .then("2025-03-08T10:00", RESUME).events();
        ClockState state = BOOK.evaluate(DECISION, events, at("2025-03-09T00:00"));
        assertEquals(List.of(), state.pauses());
        assertEquals(at("2025-03-17T00:00"), state.deadline());
    }

    @Test
    void an_open_pause_holds_the_clock_with_its_deadline_unknown() {
        List<ComplaintEvent> events = investigating().pause("2025-03-05T10:00", PauseReason.MEDIATION).events();
        ClockState state = BOOK.evaluate(DECISION, events, at("2025-04-30T00:00"));
        assertEquals(ClockState.Status.PAUSED, state.status());
        assertNull(state.deadline());
        assertTrue(state.dueAt().isEmpty(), "dueAt() says the same without a null");
    }

    @Test
    void a_resumed_clock_is_due_again_and_dueAt_gives_the_deadline_moved_by_the_pause() {
        List<ComplaintEvent> events = investigating().pause("2025-03-05T10:00", PauseReason.MEDIATION)
                .then("2025-03-08T10:00", RESUME).events();
        ClockState state = BOOK.evaluate(DECISION, events, at("2025-03-09T00:00"));
        assertEquals(ClockState.Status.RUNNING, state.status());
        assertEquals(state.deadline(), state.dueAt().orElseThrow());
        assertTrue(state.deadline().isAfter(at("2025-03-17T00:00")), state.deadline().toString());
    }

    @Test
    void a_running_clock_past_its_deadline_is_overdue_and_a_withdrawal_cancels_it() {
        History history = investigating();
        assertEquals(ClockState.Status.OVERDUE, BOOK.evaluate(DECISION, history.events(), at("2025-03-17T00:00:01")).status());
        assertEquals(ClockState.Status.RUNNING, BOOK.evaluate(DECISION, history.events(), at("2025-03-16T23:59:59")).status());
        List<ComplaintEvent> withdrawn = history.then("2025-03-20T10:00", WITHDRAW).events();
        assertEquals(ClockState.Status.CANCELLED, BOOK.evaluate(DECISION, withdrawn, at("2025-04-30T00:00")).status());
    }

    @Test
    void a_review_clock_has_not_started_before_a_review_is_requested() {
        ClockDefinition review = new ClockDefinition("test.review", "review decision", Milestone.REVIEW_REQUESTED,
                Set.of(Milestone.REVIEW_CONCLUDED, Milestone.REINVESTIGATED), Set.of(), new ClockTarget.CalendarDays(30),
                List.of(), false);
        assertEquals(ClockState.Status.NOT_STARTED, BOOK.evaluate(review, investigating().events(),
                at("2025-04-30T00:00")).status());
    }

    @Test
    void events_after_the_instant_asked_about_are_ignored() {
        List<ComplaintEvent> events = investigating().then("2025-03-10T10:00", PROPOSE_RESOLUTION)
                .then("2025-03-11T10:00", APPROVE_RESOLUTION).then("2025-03-12T10:00", RESPOND).events();
        assertEquals(ClockState.Status.RUNNING, BOOK.evaluate(DECISION, events, at("2025-03-12T09:00")).status());
        assertEquals(ClockState.Status.MET, BOOK.evaluate(DECISION, events, at("2025-03-12T11:00")).status());
    }

    @Test
    void a_clock_definition_reports_every_problem_at_once_with_a_configuration_code() {
        ConfigurationException e = assertThrows(ConfigurationException.class, () -> ClockDefinition.builder("x y")
                .startsAt(Milestone.RECEIVED).stopsAt(Milestone.RECEIVED).warnAt(80, 50).build());
        assertEquals(java.util.Set.of("clock.id", "clock.description", "clock.stopsAt", "clock.target",
                "clock.warningPercents"), e.violations().stream().map(v -> v.path())
                .collect(java.util.stream.Collectors.toSet()));
        assertTrue(e.violations().stream().allMatch(v -> v.code() == ErrorCode.INVALID_CONFIGURATION));
        assertThrows(ConfigurationException.class, () -> new ClockDefinition("x", "x", Milestone.RECEIVED,
                Set.of(Milestone.RESPONDED), Set.of(), new ClockTarget.CalendarDays(1), List.of(80, 50), false));
    }
}
