package org.complaintkit.directory.csv;

import static org.junit.jupiter.api.Assertions.*;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.complaintkit.api.command.AcceptComplaint;
import org.complaintkit.api.command.AssignComplaint;
import org.complaintkit.api.command.ExtendDeadline;
import org.complaintkit.api.command.IdempotencyKey;
import org.complaintkit.api.command.RegisterComplaint;
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
import org.complaintkit.api.event.DeadlineExtended;
import org.complaintkit.api.organisation.Actor;
import org.complaintkit.api.organisation.Role;
import org.complaintkit.api.organisation.StaffId;
import org.complaintkit.api.organisation.UnitId;
import org.complaintkit.api.sla.ClockDefinition;
import org.complaintkit.api.sla.ClockTarget;
import org.complaintkit.api.sla.ExtensionTier;
import org.complaintkit.api.sla.Milestone;
import org.complaintkit.api.sla.SlaPolicy;
import org.complaintkit.core.calendar.CalendarFile;
import org.complaintkit.core.calendar.CalendarVersions;
import org.complaintkit.core.engine.ComplaintEngine;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/**
 * An extension tier that needs approval is approved by the role the directory gives, not the one the caller claims
 * (issue 23 item 1): a claim the directory does not back is refused, and a holder who does not claim it still
 * approves.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ExtensionApprovalOnSampleBankTest {
    static final UnitId OUTLET = UnitId.of("GD-SZ-FT-001");
    static final Actor OWNER = Actor.staff(StaffId.of("S-4001"), OUTLET, Role.RECEIVER, Role.HANDLER);
    static final ClockDefinition REPLY = ClockDefinition.builder("reply").description("reply within 15 days")
            .startsAt(Milestone.RECEIVED).stopsAt(Milestone.RESPONDED).target(new ClockTarget.CalendarDays(15))
            .extension(new ExtensionTier("complex", new ClockTarget.CalendarDays(30), Role.APPROVER, false)).build();

    final EscalationOnSampleBankTest.MutableTestClock clock =
            new EscalationOnSampleBankTest.MutableTestClock(Instant.parse("2025-03-03T02:00:00Z"));
    final ComplaintEngine engine = ComplaintEngine.builder().clock(clock).discoverPlugins(false)
            .organisation(CsvOrganisationDirectory.sampleBank())
            .calendars(CalendarVersions.of(CalendarFile.mainlandChina())).policies(SlaPolicy.of("reply", "reply", REPLY))
            .build();
    int keys;

    IdempotencyKey key() {
        return IdempotencyKey.of("x" + (++keys));
    }

    ComplaintId handled() {
        Complainant who = new Complainant(CustomerRef.of("CIF9"), Sensitive.of("客户"), CustomerSegment.ORDINARY, Set.of(),
                ContactPoint.of(ContactMethod.PHONE, "13900000000"));
        ComplaintId id = engine.execute(new RegisterComplaint(OWNER, key(), who, Channel.COUNTER, clock.instant(), OUTLET,
                List.of(ComplaintSubject.product("CASH")), Sensitive.of("取款被多扣"), Sensitive.of("退还"), null))
                .complaintId();
        engine.execute(new AcceptComplaint(id, OWNER, key()));
        engine.execute(new AssignComplaint(id, OWNER, key(), HandlingUnit.of(UnitId.of("GD-SZ-FT")), List.of(),
                StaffId.of("S-3002")));
        return id;
    }

    ExtendDeadline extend(ComplaintId id, Actor actor) {
        return new ExtendDeadline(id, actor, key(), "reply", "complex", Sensitive.of("needs the card network's answer"),
                ContactMethod.PHONE);
    }

    @Test
    void a_claimed_approving_role_the_directory_does_not_give_is_refused() {
        ComplaintId id = handled();
        Actor claims = Actor.staff(StaffId.of("S-3002"), UnitId.of("GD-SZ-FT"), Role.HANDLER, Role.APPROVER);
        assertEquals(ErrorCode.ACTOR_MISMATCH,
                assertThrows(CommandRefusedException.class, () -> engine.execute(extend(id, claims))).code());
        Actor handler = Actor.staff(StaffId.of("S-3002"), UnitId.of("GD-SZ-FT"), Role.HANDLER);
        assertEquals(ErrorCode.EXTENSION_NOT_APPROVED,
                assertThrows(CommandRefusedException.class, () -> engine.execute(extend(id, handler))).code());
    }

    @Test
    void the_directorys_approver_approves_the_tier_without_claiming_the_role() {
        ComplaintId id = handled();
        Actor claimsLess = Actor.staff(StaffId.of("S-3001"), UnitId.of("GD-SZ-FT"), Role.HANDLER);
        assertInstanceOf(DeadlineExtended.class, engine.execute(extend(id, claimsLess)).events().get(0));
    }
}
