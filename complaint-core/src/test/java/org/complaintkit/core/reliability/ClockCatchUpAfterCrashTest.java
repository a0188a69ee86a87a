package org.complaintkit.core.reliability;

import static org.junit.jupiter.api.Assertions.*;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.complaintkit.api.command.CommandType;
import org.complaintkit.api.complaint.ComplaintId;
import org.complaintkit.api.event.ClockChanged;
import org.complaintkit.api.event.ComplaintEscalated;
import org.complaintkit.api.event.ComplaintEvent;
import org.complaintkit.api.sla.BreachAction;
import org.complaintkit.api.sla.ClockChange;
import org.complaintkit.api.sla.ClockDefinition;
import org.complaintkit.api.sla.ClockTarget;
import org.complaintkit.api.sla.Milestone;
import org.complaintkit.core.calendar.BusinessCalendar;
import org.complaintkit.core.calendar.CalendarFile;
import org.complaintkit.core.engine.ComplaintEngine;
import org.complaintkit.core.escalation.EscalationPolicy;
import org.complaintkit.core.notification.NotificationSetup;
import org.complaintkit.core.reporting.FixedHistory;
import org.complaintkit.core.store.InMemoryComplaintStore;
import org.complaintkit.testkit.Commands;
import org.complaintkit.testkit.ComplaintScenario;
import org.complaintkit.testkit.Fixtures;
import org.complaintkit.testkit.MutableClock;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/**
 * Issue 27's lost-warning reproduction: a sweep leases the complaints due and dies before it records anything; its
 * leases make the next sweeps skip those complaints for a minute; a command stops the clock in that minute. What
 * the dead sweep would have recorded (the warning, the overdue clock, the breach action) must still be written,
 * exactly once: by the command that stops the clock, or by the first sweep after the lease.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ClockCatchUpAfterCrashTest {
    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final ClockDefinition REPLY = ClockDefinition.builder("reply").description("reply in 2 working days")
            .startsAt(Milestone.RECEIVED).stopsAt(Milestone.RESPONDED).target(new ClockTarget.WorkingDays(2))
            .warnAt(50).onBreach(BreachAction.NOTIFY, BreachAction.ESCALATE).build();

    final MutableClock clock = new MutableClock(at("2026-03-02T09:00"), SHANGHAI);
    final InMemoryComplaintStore store = new InMemoryComplaintStore();
    final ComplaintEngine engine = ComplaintEngine.builder().clock(clock).discoverPlugins(false).store(store)
            .calendar(BusinessCalendar.of(CalendarFile.mainlandChina())).clocks(REPLY)
            .organisation(FixedHistory.DIRECTORY).escalation(EscalationPolicy.standard())
            .notifications(NotificationSetup.standard()).build();

    static Instant at(String local) {
        return ZonedDateTime.of(LocalDateTime.parse(local), SHANGHAI).toInstant();
    }

    void moveTo(String local) {
        clock.advance(Duration.between(clock.instant(), at(local)));
    }

    ComplaintId lodgeAndAssign() {
        ComplaintId id = engine.execute(Fixtures.registration(clock.instant())).complaintId();
        for (CommandType type : List.of(CommandType.ACCEPT, CommandType.ASSIGN, CommandType.START_INVESTIGATION,
                CommandType.PROPOSE_RESOLUTION, CommandType.APPROVE_RESOLUTION)) {
            engine.execute(Commands.of(type, id, ComplaintScenario.defaultActor(type)));
        }
        return id;
    }

    /** A sweep that leased every complaint due and died before its body ran. */
    void sweepDiesAfterLeasing() {
        assertFalse(store.leaseDue(clock.instant(), clock.instant().plusSeconds(60), 200).isEmpty(),
                "the dead sweep held the complaint");
    }

    List<ClockChanged> changes(ComplaintId id, ClockChange kind) {
        return engine.hostReads().history(id).stream().filter(ClockChanged.class::isInstance)
                .map(ClockChanged.class::cast).filter(c -> c.change() == kind).toList();
    }

    long escalations(ComplaintId id) {
        return engine.hostReads().history(id).stream().filter(ComplaintEscalated.class::isInstance).count();
    }

    void afterTheLeaseEveryoneSweeps() {
        clock.advance(Duration.ofMinutes(2));
        engine.tick();
        clock.advance(Duration.ofDays(1));
        engine.tick();
    }

    @Test
    void a_warning_a_dead_sweep_held_is_recorded_once_when_the_clock_stops_within_its_lease() {
        ComplaintId id = lodgeAndAssign();
        moveTo("2026-03-03T16:00");
        sweepDiesAfterLeasing();
        clock.advance(Duration.ofSeconds(20));
        engine.tick();
        assertTrue(changes(id, ClockChange.WARNED).isEmpty(), "the lease kept the next sweep off");
        clock.advance(Duration.ofSeconds(20));
        engine.execute(Commands.of(CommandType.RESPOND, id, ComplaintScenario.defaultActor(CommandType.RESPOND)));
        afterTheLeaseEveryoneSweeps();
        assertEquals(1, changes(id, ClockChange.WARNED).size(), history(id));
        assertEquals(1, changes(id, ClockChange.MET).size());
        assertEquals(0, escalations(id), "met in time: nothing to escalate");
    }

    @Test
    void an_overdue_clock_a_dead_sweep_held_is_acted_on_once_when_the_clock_stops_within_its_lease() {
        ComplaintId id = lodgeAndAssign();
        moveTo("2026-03-05T09:00");
        sweepDiesAfterLeasing();
        clock.advance(Duration.ofSeconds(20));
        engine.tick();
        assertTrue(changes(id, ClockChange.OVERDUE).isEmpty(), "the lease kept the next sweep off");
        clock.advance(Duration.ofSeconds(20));
        engine.execute(Commands.of(CommandType.RESPOND, id, ComplaintScenario.defaultActor(CommandType.RESPOND)));
        afterTheLeaseEveryoneSweeps();
        assertEquals(1, changes(id, ClockChange.WARNED).size(), history(id));
        List<ClockChanged> breach = changes(id, ClockChange.BREACHED);
        assertEquals(1, breach.size());
        assertTrue(breach.get(0).breachActions().contains(BreachAction.ESCALATE));
        assertEquals(1, escalations(id), "the breach action ran once");
    }

    @Test
    void an_overdue_clock_a_dead_sweep_held_is_acted_on_once_when_the_complaint_is_withdrawn_within_its_lease() {
        ComplaintId id = lodgeAndAssign();
        moveTo("2026-03-05T09:00");
        sweepDiesAfterLeasing();
        clock.advance(Duration.ofSeconds(40));
        engine.execute(Commands.of(CommandType.WITHDRAW, id, ComplaintScenario.defaultActor(CommandType.WITHDRAW)));
        afterTheLeaseEveryoneSweeps();
        assertEquals(1, changes(id, ClockChange.WARNED).size(), history(id));
        long breaches = changes(id, ClockChange.OVERDUE).size() + changes(id, ClockChange.BREACHED).size();
        assertEquals(1, breaches, history(id));
        assertEquals(1, escalations(id), history(id));
    }

    @Test
    void with_no_command_the_first_sweep_after_the_lease_records_the_overdue_clock_and_escalates_once() {
        ComplaintId id = lodgeAndAssign();
        moveTo("2026-03-05T09:00");
        sweepDiesAfterLeasing();
        clock.advance(Duration.ofSeconds(30));
        engine.tick();
        assertTrue(changes(id, ClockChange.OVERDUE).isEmpty(), "the lease kept the next sweep off");
        afterTheLeaseEveryoneSweeps();
        assertEquals(1, changes(id, ClockChange.WARNED).size(), history(id));
        assertEquals(1, changes(id, ClockChange.OVERDUE).size(), history(id));
        assertEquals(1, escalations(id), history(id));
    }

    @Test
    void without_a_crash_a_breach_first_seen_when_the_clock_stops_runs_its_breach_action_once() {
        ComplaintId id = lodgeAndAssign();
        moveTo("2026-03-06T10:00");
        engine.execute(Commands.of(CommandType.RESPOND, id, ComplaintScenario.defaultActor(CommandType.RESPOND)));
        afterTheLeaseEveryoneSweeps();
        List<ClockChanged> breach = changes(id, ClockChange.BREACHED);
        assertEquals(1, breach.size());
        assertTrue(breach.get(0).isUnseenBreach());
        assertEquals(1, escalations(id));
    }

    String history(ComplaintId id) {
        return engine.hostReads().history(id).stream().map(ClockCatchUpAfterCrashTest::describe).toList().toString();
    }

    static String describe(ComplaintEvent e) {
        return e instanceof ClockChanged c ? c.change() + " " + c.clockId() + " by " + c.actor().staffId().value()
                : e.getClass().getSimpleName();
    }
}
