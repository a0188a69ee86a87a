package org.complaintkit.core.engine;

import static org.junit.jupiter.api.Assertions.*;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.MonthDay;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;
import org.complaintkit.api.calendar.CalendarDefinition;
import org.complaintkit.api.calendar.DayHours;
import org.complaintkit.api.calendar.ProvisionalRule;
import org.complaintkit.api.command.CommandType;
import org.complaintkit.api.complaint.ComplaintId;
import org.complaintkit.api.event.ClockChanged;
import org.complaintkit.api.sla.BreachAction;
import org.complaintkit.api.sla.ClockChange;
import org.complaintkit.api.sla.ClockDefinition;
import org.complaintkit.api.sla.ClockTarget;
import org.complaintkit.api.sla.Milestone;
import org.complaintkit.core.calendar.BusinessCalendar;
import org.complaintkit.core.calendar.CalendarFile;
import org.complaintkit.core.sla.ClockState;
import org.complaintkit.testkit.Commands;
import org.complaintkit.testkit.ComplaintScenario;
import org.complaintkit.testkit.Fixtures;
import org.complaintkit.testkit.MutableClock;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/**
 * December 2026 to February 2027 on the shipped mainland-China calendar, which ends on 2026-12-31: clocks keep
 * an honest record past the horizon, and adopting the 2027 calendar corrects it on the record.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class CalendarRunsOutTest {
    static final CalendarDefinition CN = CalendarFile.mainlandChina();
    static final DayHours HOURS = DayHours.parse("09:00-12:00,13:30-17:30");
    /** A guess for early 2027: New Year's Day and the Spring Festival (New Year's Eve to the third day). */
    static final ProvisionalRule GUESS = ProvisionalRule.fixed("statutory holidays, projected", MonthDay.of(1, 1))
            .plusDates(List.of(LocalDate.of(2027, 2, 5), LocalDate.of(2027, 2, 6), LocalDate.of(2027, 2, 7),
                    LocalDate.of(2027, 2, 8)));
    /**
     * An official 2027 calendar for the test (not the State Council's): New Year's Day off and Saturday 2 January
     * worked in exchange, which moves every deadline across it one day earlier than the guess.
     */
    static final CalendarDefinition OFFICIAL_2027 = CalendarDefinition.builder(CN.id(), CN.zone())
            .mondayToFriday(HOURS).horizon(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31))
            .holidays(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 2, 5), LocalDate.of(2027, 2, 8),
                    LocalDate.of(2027, 2, 9))
            .makeUpDay(LocalDate.of(2027, 1, 2), HOURS).build();

    static final ClockDefinition FIVE = ClockDefinition.builder("bank.reply-5").description("reply in 5 working days")
            .startsAt(Milestone.RECEIVED).stopsAt(Milestone.RESPONDED).target(new ClockTarget.WorkingDays(5))
            .warnAt(50, 80).onBreach(BreachAction.NOTIFY, BreachAction.ESCALATE).build();
    static final ClockDefinition SEVEN = ClockDefinition.builder("reg.reply-7").description("reply in 7 working days")
            .startsAt(Milestone.RECEIVED).stopsAt(Milestone.RESPONDED).target(new ClockTarget.WorkingDays(7))
            .warnAt(80).onBreach(BreachAction.NOTIFY).build();

    MutableClock clock;
    ComplaintEngine engine;

    static Instant at(String local) {
        return ZonedDateTime.of(LocalDateTime.parse(local), CN.zone()).toInstant();
    }

    void start(CalendarDefinition calendar) {
        clock = new MutableClock(at("2026-12-01T08:00"), CN.zone());
        engine = ComplaintEngine.builder().clock(clock).discoverPlugins(false)
                .calendar(BusinessCalendar.of(calendar)).clocks(FIVE, SEVEN).build();
    }

    /** Moves the clock to a local time, sweeping three times a working day on the way, as a host would. */
    void runTo(String local) {
        Instant target = at(local);
        Instant t = clock.instant();
        for (LocalDate d = LocalDate.ofInstant(t, CN.zone()); ; d = d.plusDays(1)) {
            for (String time : List.of("00:00", "09:00", "12:00", "18:00")) {
                Instant sweep = ZonedDateTime.of(d.atTime(java.time.LocalTime.parse(time)), CN.zone()).toInstant();
                if (sweep.isAfter(clock.instant()) && sweep.isBefore(target)) {
                    clock.advance(Duration.between(clock.instant(), sweep));
                    engine.tick();
                }
            }
            if (!d.atStartOfDay(CN.zone()).toInstant().isBefore(target)) {
                break;
            }
        }
        clock.advance(Duration.between(clock.instant(), target));
    }

    ComplaintId register(String local) {
        runTo(local);
        return engine.execute(Fixtures.registration(clock.instant())).complaintId();
    }

    void answer(ComplaintId id, String local) {
        runTo(local);
        for (CommandType type : List.of(CommandType.ACCEPT, CommandType.ASSIGN, CommandType.START_INVESTIGATION,
                CommandType.PROPOSE_RESOLUTION, CommandType.APPROVE_RESOLUTION, CommandType.RESPOND)) {
            engine.execute(Commands.of(type, id, ComplaintScenario.defaultActor(type)));
        }
    }

    List<ClockChange> changes(ComplaintId id, ClockDefinition clockDefinition) {
        return engine.hostReads().clockHistory(id, clockDefinition.id()).stream().map(ClockChanged::change).toList();
    }

    ClockChanged last(ComplaintId id, ClockDefinition clockDefinition, ClockChange change) {
        List<ClockChanged> all = engine.hostReads().clockHistory(id, clockDefinition.id()).stream()
                .filter(c -> c.change() == change).toList();
        assertFalse(all.isEmpty(), "no " + change + " of " + clockDefinition.id());
        return all.get(all.size() - 1);
    }

    @Test
    void december_to_february_on_provisional_2027_records_everything_and_adopting_2027_corrects_the_record() {
        start(CN.withProvisional(GUESS, LocalDate.of(2027, 12, 31)));
        ComplaintId early = register("2026-12-02T10:00");
        answer(early, "2026-12-07T10:00");
        ComplaintId christmas = register("2026-12-24T10:00");
        ComplaintId late = register("2026-12-28T10:00");

        ClockChanged started = last(late, FIVE, ClockChange.STARTED);
        assertEquals(at("2027-01-05T17:30"), started.deadline(), "29, 30, 31 December; 4, 5 January");
        assertTrue(started.isProvisional(), started.calendarVersion());
        assertEquals("CN-mainland v1 (from 2024-01-01), provisional after 2026-12-31", started.calendarVersion());
        assertTrue(started.reason().contains("provisional deadline"), started.reason());
        assertFalse(last(christmas, FIVE, ClockChange.STARTED).isProvisional(), "due 31 December: official");
        assertEquals(at("2027-01-05T17:30"), last(christmas, SEVEN, ClockChange.STARTED).deadline());

        answer(christmas, "2027-01-04T10:00");
        answer(late, "2027-01-20T10:00");
        runTo("2027-01-25T10:00");

        assertEquals(List.of(ClockChange.STARTED, ClockChange.WARNED, ClockChange.MET), changes(early, FIVE));
        assertTrue(last(early, FIVE, ClockChange.WARNED).isMissedWarning(), "50 % fell due on 7 December 09:30,"
                + " between the 09:00 sweep and the answer at 10:00");
        assertEquals(List.of(ClockChange.STARTED, ClockChange.WARNED, ClockChange.WARNED, ClockChange.OVERDUE,
                ClockChange.BREACHED), changes(christmas, FIVE), "an official deadline, 31 December");
        assertFalse(last(christmas, FIVE, ClockChange.BREACHED).isProvisional());
        assertEquals(List.of(ClockChange.STARTED, ClockChange.WARNED, ClockChange.OVERDUE, ClockChange.BREACHED),
                changes(late, SEVEN));
        for (ClockChange change : List.of(ClockChange.WARNED, ClockChange.OVERDUE, ClockChange.BREACHED)) {
            assertTrue(last(late, FIVE, change).isProvisional(), change + " on the provisional deadline");
        }
        assertEquals(Set.of(BreachAction.NOTIFY, BreachAction.ESCALATE), last(late, FIVE, ClockChange.OVERDUE)
                .breachActions(), "the breach actions run on the provisional deadline");
        assertEquals(Set.of(BreachAction.NOTIFY, BreachAction.ESCALATE), last(late, FIVE, ClockChange.BREACHED)
                .breachActions());
        ClockState lateFive = engine.hostReads().clocks(late).get(0);
        assertEquals(ClockState.Status.BREACHED, lateFive.status());
        assertTrue(lateFive.provisional());
        assertTrue(lateFive.outcomePending());
        assertTrue(engine.hostReads().explain(late, FIVE.id()).lines().get(2).contains("(provisional"),
                engine.hostReads().explain(late, FIVE.id()).toString());
        ClockState christmasSeven = engine.hostReads().clocks(christmas).get(1);
        assertEquals(ClockState.Status.MET, christmasSeven.status(), "answered 4 January, due 5 January (guess)");

        List<DeadlineMove> preview = engine.previewCalendarAdoption(CN.id(), OFFICIAL_2027);
        assertEquals(List.of(), changes(late, FIVE).stream().filter(c -> c == ClockChange.RECALCULATED).toList(),
                "a preview records nothing");
        RecalculationReport report = engine.adoptCalendar(CN.id(), OFFICIAL_2027,
                "2027 holidays published (test calendar)");
        assertEquals(preview, report.applied());
        assertEquals(3, report.applied().size(), report.applied().toString());

        DeadlineMove lateMove = report.applied().stream()
                .filter(m -> m.complaintId().equals(late) && m.clockId().equals(FIVE.id())).findFirst().orElseThrow();
        assertEquals(at("2027-01-05T17:30"), lateMove.recorded());
        assertEquals(at("2027-01-04T17:30"), lateMove.recalculated(), "the make-up Saturday moves it a day earlier");
        assertEquals(ClockChange.BREACHED, lateMove.outcome());
        assertEquals(List.of(ClockChange.STARTED, ClockChange.WARNED, ClockChange.WARNED, ClockChange.OVERDUE,
                ClockChange.BREACHED, ClockChange.RECALCULATED, ClockChange.BREACHED), changes(late, FIVE));
        ClockChanged settled = last(late, FIVE, ClockChange.BREACHED);
        assertFalse(settled.isProvisional());
        assertEquals("CN-mainland v2 (from 2027-01-01)", settled.calendarVersion());
        assertEquals(Set.of(BreachAction.NOTIFY, BreachAction.ESCALATE), settled.breachActions());
        assertEquals(ClockState.Status.BREACHED, engine.hostReads().clocks(late).get(0).status(), "stays BREACHED");
        assertFalse(engine.hostReads().clocks(late).get(0).outcomePending());
        assertEquals(ClockChange.MET, report.applied().stream().filter(m -> m.complaintId().equals(christmas))
                .findFirst().orElseThrow().outcome(), "answered 4 January, due 4 January 17:30 officially: still met");
        assertEquals(at("2027-01-04T17:30"), last(christmas, SEVEN, ClockChange.RECALCULATED).deadline());

        List<String> explained = engine.hostReads().explain(late, FIVE.id()).lines();
        assertTrue(explained.get(2).startsWith("status BREACHED, deadline 2027-01-04 17:30 as of"), explained.get(2));
        assertTrue(explained.stream().anyMatch(l -> l.contains("RECALCULATED -> 2027-01-04 17:30 [CN-mainland v2 "
                + "(from 2027-01-01)] because 2027 holidays published")), String.join("\n", explained));

        assertEquals(List.of(), engine.previewCalendarAdoption(CN.id(), OFFICIAL_2027), "nothing left to settle");
        int before = engine.hostReads().history(late).size();
        runTo("2027-02-28T18:00");
        assertEquals(before, engine.hostReads().history(late).size(), "no sweep fires again after the settlement");
    }

    @Test
    void on_the_bare_shipped_calendar_a_clock_is_due_when_the_calendar_ends_and_its_pending_outcome_is_settled() {
        start(CN);
        ComplaintId late = register("2026-12-28T10:00");
        ComplaintId open = register("2026-12-30T10:00");
        ClockChanged started = last(late, FIVE, ClockChange.STARTED);
        assertNull(started.deadline());
        assertTrue(started.reason().contains("the calendar ends on 2026-12-31"), started.reason());
        assertEquals(at("2027-01-01T00:00"), engine.hostReads().clocks(late).get(0).calendarEnd());

        runTo("2027-01-01T00:00");
        assertEquals(List.of(ClockChange.STARTED), changes(late, FIVE));
        clock.advance(Duration.ZERO);
        SweepReport sweep = engine.tick();
        assertEquals(4, sweep.calendarEnded(), "two clocks of two complaints");
        ClockChanged reached = last(late, FIVE, ClockChange.HORIZON_REACHED);
        assertTrue(reached.reason().startsWith("deadline unknown: the calendar ends on 2026-12-31"), reached.reason());
        assertEquals(Set.of(BreachAction.NOTIFY), reached.breachActions());
        answer(late, "2027-01-20T10:00");
        assertEquals(List.of(ClockChange.STARTED, ClockChange.HORIZON_REACHED, ClockChange.STOPPED),
                changes(late, FIVE), "recorded once, then stopped with the outcome pending");
        assertEquals(ClockState.Status.STOPPED, engine.hostReads().clocks(late).get(0).status());
        assertTrue(engine.hostReads().explain(late, FIVE.id()).lines().get(2).contains("outcome pending"));
        assertEquals(org.complaintkit.core.reporting.ClockResult.PENDING, org.complaintkit.core.reporting.ComplaintFacts
                .of(engine.hostReads().history(late)).clocks().get(FIVE.id()), "reports count it neither met nor breached");

        CalendarDefinition renamed = CalendarDefinition.builder("CN-mainland-2027", CN.zone()).mondayToFriday(HOURS)
                .horizon(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31)).holidays(LocalDate.of(2027, 1, 1))
                .makeUpDay(LocalDate.of(2027, 1, 2), HOURS).build();
        RecalculationReport report = engine.adoptCalendar(CN.id(), renamed, "2027 calendar");
        assertEquals(4, report.applied().size(), report.applied().toString());
        assertEquals(List.of(ClockChange.STARTED, ClockChange.HORIZON_REACHED, ClockChange.STOPPED,
                ClockChange.RECALCULATED, ClockChange.BREACHED), changes(late, FIVE));
        assertEquals(at("2027-01-04T17:30"), last(late, FIVE, ClockChange.RECALCULATED).deadline());
        assertEquals("CN-mainland-2027 v2 (from 2027-01-01)", last(late, FIVE, ClockChange.BREACHED).calendarVersion());
        assertEquals(Set.of(BreachAction.NOTIFY, BreachAction.ESCALATE),
                last(late, FIVE, ClockChange.BREACHED).breachActions());
        assertEquals(org.complaintkit.core.reporting.ClockResult.BREACHED, org.complaintkit.core.reporting.ComplaintFacts
                .of(engine.hostReads().history(late)).clocks().get(FIVE.id()), "reports follow the settled outcome");

        ClockChanged known = last(open, SEVEN, ClockChange.RECALCULATED);
        assertNull(last(open, SEVEN, ClockChange.STARTED).deadline(), "unknown before");
        assertEquals(at("2027-01-08T17:30"), known.deadline(), "31 December, 2 and 4 to 8 January: unknown -> known");
        runTo("2027-01-20T18:30");
        assertEquals(ClockChange.OVERDUE, changes(open, SEVEN).get(changes(open, SEVEN).size() - 1),
                "the next sweep reaches the deadline the new calendar gives, already passed");
    }

    @Test
    void a_calendar_version_that_ends_sooner_records_the_deadline_unknown_rather_than_dropping_it() {
        start(CN.withProvisional(GUESS, LocalDate.of(2027, 12, 31)));
        ComplaintId id = register("2026-12-28T10:00");
        assertEquals(at("2027-01-05T17:30"), last(id, FIVE, ClockChange.STARTED).deadline());
        RecalculationReport report = engine.adoptCalendar(CN.id(), CN, "the guess withdrawn");
        assertEquals(2, report.applied().size(), report.applied().toString());
        ClockChanged unknown = last(id, FIVE, ClockChange.RECALCULATED);
        assertNull(unknown.deadline());
        assertFalse(unknown.isProvisional());
        assertEquals(at("2027-01-01T00:00"), engine.hostReads().clocks(id).get(0).calendarEnd(), "due when the calendar ends");
    }
}
