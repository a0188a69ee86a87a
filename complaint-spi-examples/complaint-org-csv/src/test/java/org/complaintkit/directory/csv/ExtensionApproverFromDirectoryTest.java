package org.complaintkit.directory.csv;

import static org.junit.jupiter.api.Assertions.*;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.complaintkit.api.command.AcceptComplaint;
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
import org.complaintkit.api.complaint.PauseReason;
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
import org.complaintkit.core.calendar.BusinessCalendar;
import org.complaintkit.core.calendar.CalendarFile;
import org.complaintkit.core.engine.ComplaintEngine;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/**
 * An extension to a tier that needs approval is judged by the role the organisation directory gives the actor, not
 * the role the caller claims (issue 23 item 1): the engine resolves every actor in the directory before any rule
 * reads its roles ({@code EXTENSION_ALLOWED} reads the resolved actor).
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ExtensionApproverFromDirectoryTest {
    static final UnitId OUTLET = UnitId.of("GD-SZ-FT-001");
    static final UnitId SUB_BRANCH = UnitId.of("GD-SZ-FT");
    static final Actor OWNER = Actor.staff(StaffId.of("S-4001"), OUTLET, Role.RECEIVER, Role.HANDLER);
    /** A handler of the sub-branch who does not hold the approver role in staff.csv. */
    static final StaffId HANDLER = StaffId.of("S-3002");
    /** The sub-branch's approver (approver;handler in staff.csv). */
    static final StaffId APPROVER = StaffId.of("S-3001");

    final EscalationOnSampleBankTest.MutableTestClock clock =
            new EscalationOnSampleBankTest.MutableTestClock(Instant.parse("2025-03-03T02:00:00Z"));
    final ComplaintEngine engine = ComplaintEngine.builder().clock(clock).discoverPlugins(false)
            .organisation(CsvOrganisationDirectory.sampleBank())
            .calendar(BusinessCalendar.of(CalendarFile.mainlandChina()))
            .clocks(ClockDefinition.builder("decision").description("decide").startsAt(Milestone.RECEIVED)
                    .stopsAt(Milestone.RESPONDED).pausesFor(PauseReason.WAITING_FOR_CUSTOMER)
                    .target(new ClockTarget.CalendarDays(15))
                    .extension(new ExtensionTier("special", new ClockTarget.CalendarDays(60), Role.APPROVER, false))
                    .build())
            .build();
    int keys;

    IdempotencyKey key() {
        return IdempotencyKey.of("x" + (++keys));
    }

    ComplaintId accepted() {
        Complainant who = new Complainant(CustomerRef.of("CIF2"), Sensitive.of("李四"), CustomerSegment.ORDINARY,
                Set.of(), ContactPoint.of(ContactMethod.PHONE, "13900000001"));
        ComplaintId id = engine.execute(new RegisterComplaint(OWNER, key(), who, Channel.COUNTER, clock.instant(),
                OUTLET, List.of(ComplaintSubject.product("CASH")), Sensitive.of("取款被多扣"), Sensitive.of("退还"), null))
                .complaintId();
        engine.execute(new AcceptComplaint(id, OWNER, key()));
        return id;
    }

    ExtendDeadline extend(ComplaintId id, StaffId who, Role... claimed) {
        return new ExtendDeadline(id, Actor.staff(who, SUB_BRANCH, claimed), key(), "decision", "special",
                Sensitive.of("需外部鉴定"), null);
    }

    long extensions(ComplaintId id) {
        return engine.hostReads().history(id).stream().filter(DeadlineExtended.class::isInstance).count();
    }

    @Test
    void a_handler_claiming_the_approver_role_the_directory_does_not_give_is_refused_and_nothing_is_extended() {
        ComplaintId id = accepted();
        CommandRefusedException claim = assertThrows(CommandRefusedException.class,
                () -> engine.execute(extend(id, HANDLER, Role.HANDLER, Role.APPROVER)));
        assertEquals(ErrorCode.ACTOR_MISMATCH, claim.code());
        assertTrue(claim.getMessage().contains("does not hold approver in the directory"), claim.getMessage());
        CommandRefusedException plain = assertThrows(CommandRefusedException.class,
                () -> engine.execute(extend(id, HANDLER, Role.HANDLER)));
        assertEquals(ErrorCode.EXTENSION_NOT_APPROVED, plain.code());
        assertEquals(0, extensions(id));
    }

    @Test
    void an_approver_in_the_directory_extends_even_when_the_caller_claims_only_the_handler_role() {
        ComplaintId id = accepted();
        var result = engine.execute(extend(id, APPROVER, Role.HANDLER));
        assertTrue(result.events().get(0).actor().roles().contains(Role.APPROVER),
                "the recorded actor carries the directory's roles");
        assertEquals(1, extensions(id));
    }
}
