package org.complaintkit.directory.csv;

import static org.junit.jupiter.api.Assertions.*;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.complaintkit.api.command.AcceptComplaint;
import org.complaintkit.api.command.AssignComplaint;
import org.complaintkit.api.command.IdempotencyKey;
import org.complaintkit.api.command.RegisterComplaint;
import org.complaintkit.api.command.UrgeHandler;
import org.complaintkit.api.complaint.Channel;
import org.complaintkit.api.complaint.Complainant;
import org.complaintkit.api.complaint.ComplaintId;
import org.complaintkit.api.complaint.ComplaintSubject;
import org.complaintkit.api.complaint.ContactMethod;
import org.complaintkit.api.complaint.ContactPoint;
import org.complaintkit.api.complaint.CustomerRef;
import org.complaintkit.api.complaint.CustomerSegment;
import org.complaintkit.api.complaint.HandlingUnit;
import org.complaintkit.api.complaint.Sensitive;
import org.complaintkit.api.error.CommandRefusedException;
import org.complaintkit.api.error.ErrorCode;
import org.complaintkit.api.event.HandlerUrged;
import org.complaintkit.api.organisation.Actor;
import org.complaintkit.api.organisation.Role;
import org.complaintkit.api.organisation.StaffId;
import org.complaintkit.api.organisation.UnitId;
import org.complaintkit.api.sla.ClockDefinition;
import org.complaintkit.api.sla.ClockTarget;
import org.complaintkit.api.sla.Milestone;
import org.complaintkit.api.sla.SlaPolicy;
import org.complaintkit.core.calendar.CalendarFile;
import org.complaintkit.core.calendar.CalendarVersions;
import org.complaintkit.core.engine.ComplaintEngine;
import org.complaintkit.core.escalation.UrgingPolicy;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/** Urging (催办 / 督办) on the sample bank: by hand, and automatically at the clock's warnings. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class UrgingOnSampleBankTest {
    static final UnitId OUTLET = UnitId.of("GD-SZ-FT-001");
    static final Actor OWNER = Actor.staff(StaffId.of("S-4001"), OUTLET, Role.RECEIVER, Role.HANDLER);
    static final Actor MANAGER = Actor.staff(StaffId.of("S-2001"), UnitId.of("GD-SZ"), Role.COMPLAINT_MANAGER);
    static final Actor BYSTANDER = Actor.staff(StaffId.of("S-4002"), OUTLET, Role.RECEIVER);
    static final ClockDefinition REPLY = ClockDefinition.builder("reply").description("reply within 4 working days")
            .startsAt(Milestone.RECEIVED).stopsAt(Milestone.RESPONDED).target(new ClockTarget.WorkingDays(4))
            .warnAt(50, 80).build();

    final EscalationOnSampleBankTest.MutableTestClock clock =
            new EscalationOnSampleBankTest.MutableTestClock(Instant.parse("2025-03-03T02:00:00Z"));
    final ComplaintEngine engine = ComplaintEngine.builder().clock(clock).discoverPlugins(false)
            .organisation(CsvOrganisationDirectory.sampleBank()).urging(UrgingPolicy.standard())
            .calendars(CalendarVersions.of(CalendarFile.mainlandChina()))
            .policies(SlaPolicy.of("reply", "reply", REPLY)).build();
    int keys;

    IdempotencyKey key() {
        return IdempotencyKey.of("u" + (++keys));
    }

    ComplaintId assigned(String handler) {
        Complainant who = new Complainant(CustomerRef.of("CIF1"), Sensitive.of("客户"), CustomerSegment.ORDINARY, Set.of(),
                ContactPoint.of(ContactMethod.PHONE, "13900000000"));
        ComplaintId id = engine.execute(new RegisterComplaint(OWNER, key(), who, Channel.COUNTER, clock.instant(), OUTLET,
                List.of(ComplaintSubject.product("CASH")), Sensitive.of("取款排队太久"), Sensitive.of("请改进"), null))
                .complaintId();
        engine.execute(new AcceptComplaint(id, OWNER, key()));
        engine.execute(new AssignComplaint(id, OWNER, key(), HandlingUnit.of(UnitId.of("GD-SZ-NS")), List.of(),
                StaffId.of(handler)));
        return id;
    }

    static List<HandlerUrged> urges(ComplaintEngine engine, ComplaintId id) {
        return engine.hostReads().history(id).stream().filter(e -> e instanceof HandlerUrged).map(e -> (HandlerUrged) e).toList();
    }

    @Test
    void the_first_contact_owner_and_the_complaint_manager_urge_and_nobody_else_does() {
        ComplaintId id = assigned("S-3003");
        HandlerUrged byOwner = (HandlerUrged) engine.execute(new UrgeHandler(id, OWNER, key(), null)).events().get(0);
        assertEquals(StaffId.of("S-3003"), byOwner.urged());
        assertEquals("urged by the first-contact owner", byOwner.reason());
        engine.execute(new UrgeHandler(id, MANAGER, key(), Sensitive.of("今天内回复")));
        assertEquals(ErrorCode.URGE_NOT_ALLOWED, assertThrows(CommandRefusedException.class,
                () -> engine.execute(new UrgeHandler(id, BYSTANDER, key(), null))).code());
    }

    @Test
    void a_handler_who_goes_absent_is_urged_through_the_deputy() {
        java.util.Set<StaffId> absent = new java.util.HashSet<>();
        CsvOrganisationDirectory bank = CsvOrganisationDirectory.sampleBank();
        org.complaintkit.spi.organisation.OrganisationDirectory live = new org.complaintkit.spi.organisation.OrganisationDirectory() {
            @Override
            public java.util.Optional<org.complaintkit.spi.organisation.OrgUnit> unit(UnitId unitId) {
                return bank.unit(unitId);
            }

            @Override
            public java.util.Optional<org.complaintkit.spi.organisation.StaffMember> staff(StaffId staffId) {
                return bank.staff(staffId).map(m -> absent.contains(m.id()) ? new org.complaintkit.spi.organisation.StaffMember(
                        m.id(), m.unit(), m.department(), m.roles(), false, StaffId.of("S-3003")) : m);
            }
        };
        ComplaintEngine withAbsence = ComplaintEngine.builder().clock(clock).discoverPlugins(false).organisation(live)
                .build();
        Complainant who = new Complainant(CustomerRef.of("CIF2"), Sensitive.of("客户"), CustomerSegment.ORDINARY, Set.of(),
                ContactPoint.of(ContactMethod.PHONE, "13900000000"));
        ComplaintId id = withAbsence.execute(new RegisterComplaint(OWNER, key(), who, Channel.COUNTER, clock.instant(),
                OUTLET, List.of(ComplaintSubject.product("CASH")), Sensitive.of("排队太久"), Sensitive.of("改进"), null))
                .complaintId();
        withAbsence.execute(new AcceptComplaint(id, OWNER, key()));
        withAbsence.execute(new AssignComplaint(id, OWNER, key(), HandlingUnit.of(UnitId.of("GD-SZ-NS")), List.of(),
                StaffId.of("S-3002")));
        absent.add(StaffId.of("S-3002"));
        HandlerUrged urge = (HandlerUrged) withAbsence.execute(new UrgeHandler(id, MANAGER, key(), null)).events().get(0);
        assertEquals(StaffId.of("S-3003"), urge.urged(), "S-3002 went absent; S-3003 deputises");
        assertTrue(urge.reason().contains("through the deputy of S-3002"), urge.reason());
    }

    @Test
    void sweeps_urge_the_handler_at_the_first_warning_and_the_head_at_the_second() {
        ComplaintId id = assigned("S-3003");
        clock.advance(Duration.ofDays(2).plusHours(5));
        engine.tick();
        assertEquals(List.of(HandlerUrged.Level.HANDLER), urges(engine, id).stream().map(HandlerUrged::level).toList(),
                "50 % of four working days from Monday 10:00 is used by Wednesday 14:30");
        clock.advance(Duration.ofDays(1).plusHours(19));
        engine.tick();
        List<HandlerUrged> all = urges(engine, id);
        assertEquals(HandlerUrged.Level.HEAD, all.get(1).level());
        assertEquals(StaffId.of("S-2001"), all.get(1).urged(), "the Shenzhen branch's complaint manager heads Nanshan's handler");
        engine.tick();
        assertEquals(2, urges(engine, id).size(), "each warning urges once");
    }
}
