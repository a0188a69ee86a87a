package org.complaintkit.core.engine;

import static org.junit.jupiter.api.Assertions.*;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.complaintkit.api.command.CommandResult;
import org.complaintkit.api.command.CommandType;
import org.complaintkit.api.complaint.ComplaintId;
import org.complaintkit.api.escalation.EscalationTrigger;
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
import org.complaintkit.core.escalation.EscalationPolicy;
import org.complaintkit.core.notification.NoticeTypes;
import org.complaintkit.core.notification.NotificationSetup;
import org.complaintkit.core.reporting.FixedHistory;
import org.complaintkit.testkit.Commands;
import org.complaintkit.testkit.ComplaintScenario;
import org.complaintkit.testkit.Fixtures;
import org.complaintkit.testkit.MutableClock;
import org.complaintkit.spi.storage.OutboxEntry;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/** A breach is acted on once, whether a sweep saw the deadline pass or the stop found it. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class EveryBreachActedOnTest {
    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final ClockDefinition REPLY = ClockDefinition.builder("reply").description("reply in 2 working days")
            .startsAt(Milestone.RECEIVED).stopsAt(Milestone.RESPONDED).target(new ClockTarget.WorkingDays(2))
            .warnAt(50).onBreach(BreachAction.NOTIFY, BreachAction.ESCALATE).build();

    final MutableClock clock = new MutableClock(at("2026-03-02T09:00"), SHANGHAI);
    final ComplaintEngine engine = ComplaintEngine.builder().clock(clock).discoverPlugins(false)
            .calendar(BusinessCalendar.of(CalendarFile.mainlandChina())).clocks(REPLY)
            .organisation(FixedHistory.DIRECTORY).escalation(EscalationPolicy.standard())
            .notifications(NotificationSetup.standard()).build();

    static Instant at(String local) {
        return ZonedDateTime.of(LocalDateTime.parse(local), SHANGHAI).toInstant();
    }

    ComplaintId lodgeAndAssign() {
        ComplaintId id = engine.execute(Fixtures.registration(clock.instant())).complaintId();
        for (CommandType type : List.of(CommandType.ACCEPT, CommandType.ASSIGN, CommandType.START_INVESTIGATION,
                CommandType.PROPOSE_RESOLUTION, CommandType.APPROVE_RESOLUTION)) {
            engine.execute(Commands.of(type, id, ComplaintScenario.defaultActor(type)));
        }
        return id;
    }

    CommandResult respondAt(ComplaintId id, String local) {
        clock.advance(Duration.between(clock.instant(), at(local)));
        return engine.execute(Commands.of(CommandType.RESPOND, id, ComplaintScenario.defaultActor(CommandType.RESPOND)));
    }

    long count(ComplaintId id, String type) {
        return engine.hostReads().outbox(id).stream().map(OutboxEntry::notification).filter(n -> n.type().equals(type)).count();
    }

    @Test
    void a_breach_no_sweep_saw_runs_its_actions_in_the_append_of_the_stop_and_missed_warnings_are_recorded() {
        ComplaintId id = lodgeAndAssign();
        CommandResult late = respondAt(id, "2026-03-06T10:00");
        List<ComplaintEvent> appended = late.events();
        List<ClockChanged> clocks = appended.stream().filter(ClockChanged.class::isInstance)
                .map(ClockChanged.class::cast).toList();
        assertEquals(List.of(ClockChange.WARNED, ClockChange.BREACHED), clocks.stream().map(ClockChanged::change)
                .toList(), "due 4 March 17:30, answered 6 March, no sweep ran");
        assertTrue(clocks.get(0).isMissedWarning(), clocks.get(0).reason());
        assertTrue(clocks.get(1).isUnseenBreach(), clocks.get(1).reason());
        assertTrue(clocks.get(1).breachActions().contains(BreachAction.ESCALATE));
        ComplaintEscalated climbed = appended.stream().filter(ComplaintEscalated.class::isInstance)
                .map(ComplaintEscalated.class::cast).findFirst().orElseThrow(() -> new AssertionError(appended));
        assertEquals(EscalationTrigger.SLA_BREACH, climbed.trigger());
        // The handling unit's desk and the first-contact owner (the teller) hear of it; no handler is named.
        assertEquals(2, count(id, NoticeTypes.BREACHED_AT_STOP), engine.hostReads().outbox(id).toString());
        assertEquals(0, count(id, NoticeTypes.WARNING), "a missed warning tells no one after the stop");
    }

    @Test
    void a_breach_a_sweep_saw_first_is_acted_on_once_by_the_sweep() {
        ComplaintId id = lodgeAndAssign();
        clock.advance(Duration.between(clock.instant(), at("2026-03-05T09:00")));
        engine.tick();
        long escalations = engine.hostReads().history(id).stream().filter(ComplaintEscalated.class::isInstance).count();
        assertEquals(1, escalations, "the sweep recorded the overdue clock and escalated");
        CommandResult late = respondAt(id, "2026-03-06T10:00");
        ClockChanged breached = late.events().stream().filter(ClockChanged.class::isInstance)
                .map(ClockChanged.class::cast).findFirst().orElseThrow();
        assertEquals(ClockChange.BREACHED, breached.change());
        assertFalse(breached.isUnseenBreach());
        assertTrue(late.events().stream().noneMatch(ComplaintEscalated.class::isInstance), "not a second time");
        assertEquals(0, count(id, NoticeTypes.BREACHED_AT_STOP));
        assertEquals(2, count(id, NoticeTypes.BREACH), "the handling unit's desk and the first-contact owner");
    }
}
