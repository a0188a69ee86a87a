package org.complaintkit.directory.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.complaintkit.api.command.AcceptComplaint;
import org.complaintkit.api.command.ApproveResolution;
import org.complaintkit.api.command.AssignComplaint;
import org.complaintkit.api.command.ComplaintCommand;
import org.complaintkit.api.command.ConcurResolution;
import org.complaintkit.api.command.DecideAccountability;
import org.complaintkit.api.command.RecordResponsibility;
import org.complaintkit.api.command.RegisterComplaint;
import org.complaintkit.api.complaint.AccountabilityOutcome;
import org.complaintkit.api.complaint.Channel;
import org.complaintkit.api.complaint.Complainant;
import org.complaintkit.api.complaint.ComplaintId;
import org.complaintkit.api.complaint.ComplaintStatus;
import org.complaintkit.api.complaint.ComplaintSubject;
import org.complaintkit.api.complaint.ContactMethod;
import org.complaintkit.api.complaint.ContactPoint;
import org.complaintkit.api.complaint.CustomerRef;
import org.complaintkit.api.complaint.CustomerSegment;
import org.complaintkit.api.complaint.Forwarding;
import org.complaintkit.api.complaint.ForwardingSource;
import org.complaintkit.api.complaint.HandlingUnit;
import org.complaintkit.api.complaint.LiableParty;
import org.complaintkit.api.complaint.Money;
import org.complaintkit.api.complaint.ResponsibilityVerdict;
import org.complaintkit.api.complaint.Sanction;
import org.complaintkit.api.complaint.Sensitive;
import org.complaintkit.api.error.CommandRefusedException;
import org.complaintkit.api.error.ErrorCode;
import org.complaintkit.api.event.AccessDenialsRepeated;
import org.complaintkit.api.event.AccessDenied;
import org.complaintkit.api.event.AccountabilityDecided;
import org.complaintkit.api.event.ComplaintEvent;
import org.complaintkit.api.event.ResponsibilityRecorded;
import org.complaintkit.api.organisation.Actor;
import org.complaintkit.api.organisation.Role;
import org.complaintkit.api.organisation.StaffId;
import org.complaintkit.api.organisation.UnitId;
import org.complaintkit.core.accountability.AccountabilityPolicy;
import org.complaintkit.core.engine.ComplaintEngine;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/**
 * The authority gaps a bank developer's trial found on the sample bank ({@code sample-bank/staff.csv}): who may
 * record a responsibility finding and decide accountability, and concurrence as a second pair of eyes. Roles are the
 * directory's (an {@link Actor} claiming others is refused before any of these rules).
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class AuthorityOnSampleBankTest {
    static final UnitId OUTLET = ApprovalMatrixOnSampleBankTest.OUTLET;
    static final Actor TELLER = ApprovalMatrixOnSampleBankTest.OWNER;
    /** The liable teller's colleague at the same outlet: receiver only. */
    static final Actor COLLEAGUE = Actor.staff(StaffId.of("S-4002"), OUTLET, Role.RECEIVER);
    /** A teller at another outlet (Chegongmiao): receiver only. */
    static final Actor OTHER_OUTLET_TELLER = Actor.staff(StaffId.of("S-4012"), UnitId.of("GD-SZ-FT-002"),
            Role.RECEIVER);
    static final Actor SUB_BRANCH_HANDLER = ApprovalMatrixOnSampleBankTest.HANDLER;
    static final Actor SUB_BRANCH_APPROVER = ApprovalMatrixOnSampleBankTest.SUB_BRANCH_APPROVER;
    /** The Shenzhen branch's personal banking approver: a business line department. */
    static final Actor BRANCH_LINE_APPROVER = ApprovalMatrixOnSampleBankTest.LINE_DEPARTMENT;
    static final Actor BRANCH_HEAD = ApprovalMatrixOnSampleBankTest.BRANCH_HEAD;

    final ApprovalMatrixOnSampleBankTest bank = new ApprovalMatrixOnSampleBankTest();

    /** Runs a command that must be refused; checks that only the refusal's trace was stored. */
    static CommandRefusedException refused(ComplaintEngine engine, ComplaintId id, ComplaintCommand command) {
        List<ComplaintEvent> before = engine.hostReads().history(id);
        CommandRefusedException e = assertThrows(CommandRefusedException.class, () -> engine.execute(command));
        List<ComplaintEvent> after = engine.hostReads().history(id);
        assertEquals(before, after.subList(0, before.size()));
        assertTrue(after.subList(before.size(), after.size()).stream()
                .allMatch(x -> x instanceof AccessDenied || x instanceof AccessDenialsRepeated), "nothing stored");
        return e;
    }

    /** A complaint the regulator forwarded (which opens an accountability case), at the Futian sub-branch. */
    ComplaintId forwardedAndAssigned(ComplaintEngine engine) {
        Complainant who = new Complainant(CustomerRef.of("CIF1"), Sensitive.of("王小明"), CustomerSegment.ORDINARY,
                Set.of(), ContactPoint.of(ContactMethod.PHONE, "13900000000"));
        ComplaintId id = engine.execute(new RegisterComplaint(TELLER, bank.key(), who, Channel.COUNTER,
                bank.clock.instant(), OUTLET, List.of(ComplaintSubject.product("CASH")), Sensitive.of("取款被多扣"),
                Sensitive.of("退还"), Forwarding.from(ForwardingSource.REGULATOR, "JG-2025-1"))).complaintId();
        engine.execute(new AcceptComplaint(id, TELLER, bank.key()));
        engine.execute(new AssignComplaint(id, TELLER, bank.key(), HandlingUnit.of(UnitId.of("GD-SZ-FT")), List.of(),
                SUB_BRANCH_HANDLER.staffId()));
        return id;
    }

    RecordResponsibility tellerLiable(ComplaintId id, Actor by) {
        return RecordResponsibility.of(id, by, bank.key(), ResponsibilityVerdict.LIABLE,
                List.of(LiableParty.staff(TELLER.staffId())), Sensitive.of("柜员未按规定办理取款。"));
    }

    DecideAccountability fullDeduction(ComplaintId id, Actor by) {
        return DecideAccountability.of(id, by, bank.key(), AccountabilityOutcome.SANCTIONED,
                List.of(Sanction.performanceDeduction(LiableParty.staff(TELLER.staffId()), new BigDecimal("100"))),
                Sensitive.of("扣罚全部绩效。"));
    }

    @Test
    void a_teller_at_another_outlet_does_not_record_a_responsibility_finding() {
        ComplaintEngine engine = ComplaintEngine.builder().clock(bank.clock).discoverPlugins(false)
                .organisation(CsvOrganisationDirectory.sampleBank()).accountability(AccountabilityPolicy.seed002())
                .build();
        ComplaintId id = forwardedAndAssigned(engine);

        CommandRefusedException e = refused(engine, id, tellerLiable(id, OTHER_OUTLET_TELLER));

        assertEquals(ErrorCode.RESPONSIBILITY_RECORDER_ROLE_MISSING, e.code());
        assertEquals("CMP-2184", e.code().code());
        assertTrue(e.getMessage().contains("needs one of the roles approver, complaint-manager, handler"),
                e.getMessage());
        assertInstanceOf(ResponsibilityRecorded.class,
                engine.execute(tellerLiable(id, SUB_BRANCH_HANDLER)).events().get(0), "the sub-branch's handler does");
    }

    @Test
    void the_liable_tellers_colleague_does_not_decide_a_full_performance_deduction() {
        ComplaintEngine engine = ComplaintEngine.builder().clock(bank.clock).discoverPlugins(false)
                .organisation(CsvOrganisationDirectory.sampleBank()).accountability(AccountabilityPolicy.seed002())
                .build();
        ComplaintId id = forwardedAndAssigned(engine);
        engine.execute(tellerLiable(id, SUB_BRANCH_HANDLER));

        CommandRefusedException colleague = refused(engine, id, fullDeduction(id, COLLEAGUE));
        CommandRefusedException handler = refused(engine, id, fullDeduction(id, SUB_BRANCH_HANDLER));

        assertEquals(ErrorCode.ACCOUNTABILITY_DECIDER_ROLE_MISSING, colleague.code());
        assertEquals("CMP-2185", colleague.code().code());
        assertTrue(colleague.getMessage().contains("approver, complaint-manager, superior-approver"),
                colleague.getMessage());
        assertEquals(ErrorCode.ACCOUNTABILITY_DECIDER_ROLE_MISSING, handler.code(), "a handler records, not decides");
        assertInstanceOf(AccountabilityDecided.class, engine.execute(fullDeduction(id, BRANCH_HEAD)).events().get(0),
                "the branch's complaint manager decides");
    }

    @Test
    void the_proposer_does_not_concur_with_their_own_resolution() throws Exception {
        ComplaintEngine engine = bank.engine(ApprovalMatrixOnSampleBankTest.sampleMatrix());
        ComplaintId id = bank.awaitingApproval(engine, Money.of("800", "CNY"));

        CommandRefusedException e = refused(engine, id, new ConcurResolution(id, SUB_BRANCH_HANDLER, bank.key(),
                null));

        assertEquals(ErrorCode.CONCURRER_IS_PROPOSER, e.code());
        assertEquals("CMP-2186", e.code().code());
    }

    @Test
    void a_teller_of_no_department_does_not_concur() throws Exception {
        ComplaintEngine engine = bank.engine(ApprovalMatrixOnSampleBankTest.sampleMatrix());
        ComplaintId id = bank.awaitingApproval(engine, Money.of("800", "CNY"));

        CommandRefusedException e = refused(engine, id, new ConcurResolution(id, COLLEAGUE, bank.key(), null));

        assertEquals(ErrorCode.CONCURRER_WITHOUT_DEPARTMENT, e.code());
        assertEquals("CMP-2189", e.code().code());
    }

    @Test
    void the_business_line_approver_who_concurred_does_not_then_give_the_final_approval() throws Exception {
        ComplaintEngine engine = bank.engine(ApprovalMatrixOnSampleBankTest.sampleMatrix());
        ComplaintId id = bank.awaitingApproval(engine, Money.of("800", "CNY"));
        engine.execute(new ConcurResolution(id, BRANCH_LINE_APPROVER, bank.key(), null));

        CommandRefusedException e = refused(engine, id, new ApproveResolution(id, BRANCH_LINE_APPROVER, bank.key(),
                null));

        assertEquals(ErrorCode.APPROVER_CONCURRED, e.code());
        assertEquals("CMP-2187", e.code().code());
        assertEquals(ComplaintStatus.RESOLVED, engine.execute(new ApproveResolution(id, BRANCH_HEAD, bank.key(),
                null)).state().status(), "the line's concurrence counts for the branch head's approval");
    }

    @Test
    void the_branch_head_who_gave_step_one_does_not_then_concur() throws Exception {
        ComplaintEngine engine = bank.engine(ApprovalMatrixOnSampleBankTest.sampleMatrix());
        ComplaintId id = bank.awaitingApproval(engine, Money.of("60000", "CNY"));
        engine.execute(new ApproveResolution(id, BRANCH_LINE_APPROVER, bank.key(), null));

        CommandRefusedException e = refused(engine, id, new ConcurResolution(id, BRANCH_LINE_APPROVER, bank.key(),
                null));

        assertEquals(ErrorCode.CONCURRER_APPROVED, e.code());
        assertEquals("CMP-2188", e.code().code());
    }
}
