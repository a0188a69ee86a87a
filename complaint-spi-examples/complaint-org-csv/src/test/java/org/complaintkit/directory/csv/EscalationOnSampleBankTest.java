package org.complaintkit.directory.csv;

import static org.junit.jupiter.api.Assertions.*;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.complaintkit.api.command.AcceptComplaint;
import org.complaintkit.api.command.ApproveResolution;
import org.complaintkit.api.command.AssignComplaint;
import org.complaintkit.api.command.CommandResult;
import org.complaintkit.api.command.EscalateComplaint;
import org.complaintkit.api.command.IdempotencyKey;
import org.complaintkit.api.command.ProposeResolution;
import org.complaintkit.api.command.RegisterComplaint;
import org.complaintkit.api.command.StartInvestigation;
import org.complaintkit.api.complaint.Channel;
import org.complaintkit.api.complaint.Complainant;
import org.complaintkit.api.complaint.ComplaintId;
import org.complaintkit.api.complaint.ComplaintSubject;
import org.complaintkit.api.complaint.ContactMethod;
import org.complaintkit.api.complaint.ContactPoint;
import org.complaintkit.api.complaint.CustomerRef;
import org.complaintkit.api.complaint.CustomerSegment;
import org.complaintkit.api.complaint.Forwarding;
import org.complaintkit.api.complaint.ForwardingSource;
import org.complaintkit.api.complaint.HandlingUnit;
import org.complaintkit.api.complaint.Money;
import org.complaintkit.api.complaint.Outcome;
import org.complaintkit.api.complaint.Sensitive;
import org.complaintkit.api.error.CommandRefusedException;
import org.complaintkit.api.error.ErrorCode;
import org.complaintkit.api.escalation.EscalationTrigger;
import org.complaintkit.api.event.ComplaintEscalated;
import org.complaintkit.api.event.ComplaintEvent;
import org.complaintkit.api.organisation.Actor;
import org.complaintkit.api.organisation.Role;
import org.complaintkit.api.organisation.StaffId;
import org.complaintkit.api.organisation.UnitId;
import org.complaintkit.api.sla.BreachAction;
import org.complaintkit.api.sla.CalendarChoice;
import org.complaintkit.api.sla.ClockDefinition;
import org.complaintkit.api.sla.ClockTarget;
import org.complaintkit.api.sla.Milestone;
import org.complaintkit.api.sla.SlaPolicy;
import org.complaintkit.core.calendar.CalendarFile;
import org.complaintkit.core.calendar.CalendarVersions;
import org.complaintkit.core.classification.GroupDetector;
import org.complaintkit.core.classification.RepeatPolicy;
import org.complaintkit.core.classification.RuleClassifier;
import org.complaintkit.core.engine.ComplaintEngine;
import org.complaintkit.core.escalation.EscalationPolicy;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/** Every escalation trigger on the sample bank, each with its from and to units, and authority limits. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class EscalationOnSampleBankTest {
    static final UnitId OUTLET = UnitId.of("GD-SZ-FT-001");
    static final Actor TELLER = Actor.staff(StaffId.of("S-4001"), OUTLET, Role.RECEIVER, Role.HANDLER);
    static final Actor HANDLER = Actor.staff(StaffId.of("S-3002"), UnitId.of("GD-SZ-FT"), Role.HANDLER);
    static final ClockDefinition FIRST = ClockDefinition.builder("reply.1").description("reply in 1 working day")
            .startsAt(Milestone.RECEIVED).stopsAt(Milestone.RESPONDED).target(new ClockTarget.WorkingDays(1))
            .calendar(CalendarChoice.HANDLING_UNIT).onBreach(BreachAction.ESCALATE).build();
    static final ClockDefinition SECOND = FIRST.toBuilder().id("reply.3").description("reply in 3 working days")
            .target(new ClockTarget.WorkingDays(3)).build();

    final MutableTestClock clock = new MutableTestClock(Instant.parse("2025-03-03T02:00:00Z"));
    final ComplaintEngine engine = ComplaintEngine.builder().clock(clock).discoverPlugins(false)
            .organisation(CsvOrganisationDirectory.sampleBank()).classifier(RuleClassifier.standard())
            .repeats(RepeatPolicy.standard()).groups(GroupDetector.standard(), "seed.matter")
            .escalation(EscalationPolicy.standard())
            .calendars(CalendarVersions.of(CalendarFile.mainlandChina()))
            .calendar("CN-mainland", CalendarVersions.of(CalendarFile.mainlandChina()))
            .policies(SlaPolicy.of("replies", "escalating replies", FIRST, SECOND)).build();
    int keys;

    IdempotencyKey key() {
        return IdempotencyKey.of("k" + (++keys));
    }

    CommandResult register(String customer, Channel channel, String text, Forwarding forwarded) {
        Complainant who = new Complainant(CustomerRef.of(customer), Sensitive.of("客户"), CustomerSegment.ORDINARY, Set.of(),
                ContactPoint.of(ContactMethod.PHONE, "13900000000"));
        return engine.execute(new RegisterComplaint(TELLER, key(), who, channel, clock.instant(), OUTLET,
                List.of(ComplaintSubject.product("PAYROLL")), Sensitive.of(text), Sensitive.of("请处理"), forwarded));
    }

    static ComplaintEscalated escalation(List<ComplaintEvent> events) {
        return events.stream().filter(e -> e instanceof ComplaintEscalated).map(e -> (ComplaintEscalated) e)
                .reduce((a, b) -> b).orElse(null);
    }

    static void assertClimb(ComplaintEscalated e, EscalationTrigger trigger, String from, String to) {
        assertNotNull(e, "expected an escalation by " + trigger);
        assertEquals(trigger, e.trigger());
        assertEquals(UnitId.of(from), e.fromUnit());
        assertEquals(UnitId.of(to), e.toUnit());
        assertEquals("sample-2025", e.organisationVersion());
    }

    @Test
    void triggers_at_registration_escalate_the_outlets_complaint_to_its_sub_branch() {
        assertClimb(escalation(register("C1", Channel.LETTER, "账户管理费的问题",
                new Forwarding(ForwardingSource.REGULATOR, "NFRA-1")).events()),
                EscalationTrigger.EXTERNAL_CHANNEL, "GD-SZ-FT-001", "GD-SZ-FT");
        assertClimb(escalation(register("C2", Channel.PHONE, "柜员态度恶劣，我要找媒体曝光", null).events()),
                EscalationTrigger.MEDIA_THREAT, "GD-SZ-FT-001", "GD-SZ-FT");
        assertClimb(escalation(register("C3", Channel.PHONE, "网点不处理，我直接找你们总行", null).events()),
                EscalationTrigger.BYPASSED_LEVEL, "GD-SZ-FT-001", "GD-SZ-FT");
        assertNull(escalation(register("C4", Channel.PHONE, "信用卡年费乱收费", null).events()), "nothing to escalate");
        assertClimb(escalation(register("C4", Channel.PHONE, "又扣了年费", null).events()),
                EscalationTrigger.REPEAT, "GD-SZ-FT-001", "GD-SZ-FT");
    }

    @Test
    void a_group_and_then_a_major_complaint_escalate_at_once() {
        register("G1", Channel.VISIT, "工资没到账", null);
        register("G2", Channel.VISIT, "工资没到账", null);
        assertClimb(escalation(register("G3", Channel.VISIT, "工资没到账", null).events()), EscalationTrigger.GROUP,
                "GD-SZ-FT-001", "GD-SZ-FT");
        CommandResult last = null;
        for (int i = 4; i <= 20; i++) {
            last = register("G" + i, Channel.VISIT, "工资没到账", null);
        }
        assertClimb(escalation(last.events()), EscalationTrigger.MAJOR, "GD-SZ-FT-001", "GD-SZ-FT");
    }

    @Test
    void manual_escalations_climb_one_level_each_up_to_the_head_office_and_no_further() {
        ComplaintId id = register("M1", Channel.PHONE, "请尽快处理", null).complaintId();
        String[] ladder = {"GD-SZ-FT-001", "GD-SZ-FT", "GD-SZ", "GD", "HO"};
        for (int i = 0; i + 1 < ladder.length; i++) {
            EscalationTrigger trigger = i % 2 == 0 ? EscalationTrigger.HANDLER_REQUEST : EscalationTrigger.CUSTOMER_LEFT_ANGRY;
            CommandResult r = engine.execute(new EscalateComplaint(id, HANDLER, key(), trigger, null));
            assertClimb(escalation(r.events()), trigger, ladder[i], ladder[i + 1]);
        }
        CommandRefusedException top = assertThrows(CommandRefusedException.class,
                () -> engine.execute(new EscalateComplaint(id, HANDLER, key(), EscalationTrigger.HANDLER_REQUEST, null)));
        assertEquals(ErrorCode.ESCALATION_AT_TOP, top.code());
    }

    @Test
    void repeated_breaches_at_the_outlet_climb_level_by_level() {
        ComplaintId id = register("B1", Channel.PHONE, "请尽快处理", null).complaintId();
        clock.advance(Duration.ofDays(1).plusHours(12));
        engine.tick();
        assertClimb(escalation(engine.hostReads().history(id)), EscalationTrigger.SLA_BREACH, "GD-SZ-FT-001", "GD-SZ-FT");
        clock.advance(Duration.ofDays(3));
        engine.tick();
        assertClimb(escalation(engine.hostReads().history(id)), EscalationTrigger.SLA_BREACH, "GD-SZ-FT", "GD-SZ");
        engine.tick();
        assertEquals(2, engine.hostReads().history(id).stream().filter(e -> e instanceof ComplaintEscalated).count(),
                "a breach escalates once");
    }

    @Test
    void compensation_above_the_approvers_authority_is_refused_and_a_managers_approval_needs_the_line_department() {
        ComplaintId id = register("A1", Channel.PHONE, "转账错误造成损失", null).complaintId();
        Actor manager = Actor.staff(StaffId.of("S-2001"), UnitId.of("GD-SZ"), Role.COMPLAINT_MANAGER, Role.APPROVER);
        Actor approver = Actor.staff(StaffId.of("S-3001"), UnitId.of("GD-SZ-FT"), Role.APPROVER, Role.HANDLER);
        engine.execute(new AcceptComplaint(id, HANDLER, key()));
        engine.execute(new AssignComplaint(id, HANDLER, key(), HandlingUnit.of(UnitId.of("GD-SZ-FT")), List.of(),
                StaffId.of("S-3002")));
        engine.execute(new StartInvestigation(id, HANDLER, key()));
        engine.execute(new ProposeResolution(id, HANDLER, key(), Sensitive.of("赔偿利息损失"), Outcome.UPHELD,
                Money.of("8000", "CNY")));
        CommandRefusedException over = assertThrows(CommandRefusedException.class,
                () -> engine.execute(new ApproveResolution(id, approver, key(), null)));
        assertEquals(ErrorCode.AUTHORITY_EXCEEDED, over.code());
        assertTrue(over.getMessage().contains("up to 5000 CNY (role approver)"), over.getMessage());
        CommandRefusedException alone = assertThrows(CommandRefusedException.class,
                () -> engine.execute(new ApproveResolution(id, manager, key(), null)));
        assertTrue(alone.getMessage().contains("needs the concurrence of a BUSINESS_LINE department"), alone.getMessage());
        Actor lineDepartment = Actor.staff(StaffId.of("S-2003"), UnitId.of("GD-SZ"), Role.APPROVER);
        engine.execute(new org.complaintkit.api.command.ConcurResolution(id, lineDepartment, key(), null));
        engine.execute(new ApproveResolution(id, manager, key(), null));
    }

    @Test
    void emergency_payments_are_limited_to_5000_for_an_ordinary_customer() {
        ComplaintId id = register("E1", Channel.COUNTER, "系统升级期间急需用钱看病", null).complaintId();
        engine.execute(new org.complaintkit.api.command.RecordEmergencyPayment(id, TELLER, key(), Money.of("5000", "CNY"),
                Sensitive.of("医药费")));
        assertEquals(ErrorCode.AUTHORITY_EXCEEDED, assertThrows(CommandRefusedException.class,
                () -> engine.execute(new org.complaintkit.api.command.RecordEmergencyPayment(id, TELLER, key(),
                        Money.of("6000", "CNY"), Sensitive.of("医药费")))).code());
    }

    /** A clock the test moves by hand. */
    static final class MutableTestClock extends java.time.Clock {
        private Instant now;

        MutableTestClock(Instant start) {
            this.now = start;
        }

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneId.of("Asia/Shanghai");
        }

        @Override
        public java.time.Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
