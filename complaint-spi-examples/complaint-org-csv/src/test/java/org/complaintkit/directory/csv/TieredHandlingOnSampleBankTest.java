package org.complaintkit.directory.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.complaintkit.api.command.AcceptComplaint;
import org.complaintkit.api.command.ApproveResolution;
import org.complaintkit.api.command.AssignComplaint;
import org.complaintkit.api.command.ConcurResolution;
import org.complaintkit.api.command.HandUpTier;
import org.complaintkit.api.command.HandlingCommand;
import org.complaintkit.api.command.IdempotencyKey;
import org.complaintkit.api.command.ProposeResolution;
import org.complaintkit.api.command.RecordEmergencyPayment;
import org.complaintkit.api.command.RegisterComplaint;
import org.complaintkit.api.command.StartInvestigation;
import org.complaintkit.api.complaint.Channel;
import org.complaintkit.api.complaint.Complainant;
import org.complaintkit.api.complaint.ComplaintId;
import org.complaintkit.api.complaint.ComplaintStatus;
import org.complaintkit.api.complaint.ComplaintSubject;
import org.complaintkit.api.complaint.ContactMethod;
import org.complaintkit.api.complaint.ContactPoint;
import org.complaintkit.api.complaint.CustomerRef;
import org.complaintkit.api.complaint.CustomerSegment;
import org.complaintkit.api.complaint.HandlingUnit;
import org.complaintkit.api.complaint.Money;
import org.complaintkit.api.complaint.Outcome;
import org.complaintkit.api.complaint.Sensitive;
import org.complaintkit.api.error.CommandRefusedException;
import org.complaintkit.api.error.ErrorCode;
import org.complaintkit.api.error.Violation;
import org.complaintkit.api.event.TierRaised;
import org.complaintkit.api.organisation.Actor;
import org.complaintkit.api.organisation.DepartmentId;
import org.complaintkit.api.organisation.Role;
import org.complaintkit.api.organisation.StaffId;
import org.complaintkit.api.organisation.TierId;
import org.complaintkit.api.organisation.UnitId;
import org.complaintkit.core.engine.ComplaintEngine;
import org.complaintkit.core.tier.TierLadder;
import org.junit.jupiter.api.Test;

/**
 * The card centre's tiers on the sample bank (seed 003 "实行分级（座席员、客户关心组、客服经理及高经）、分权限的投诉处理方法"):
 * the card-centre staff in {@code staff.csv} hold the preset's roles, and the tier each stands at is read from the
 * directory, whatever roles the caller claims. The preset applies within the card centre ({@code HO-CARD}, of kind
 * {@code CARD_CENTRE}) only: the rest of the bank, under the sample approval matrix, works as without a ladder.
 */
class TieredHandlingOnSampleBankTest {
    static final UnitId HEAD_OFFICE = UnitId.of("HO");
    static final HandlingUnit CARD_CENTRE = HandlingUnit.of(HEAD_OFFICE, DepartmentId.of("HO-CARD"));
    static final HandlingUnit HEAD_OFFICE_CUSTOMER_SERVICE = HandlingUnit.of(HEAD_OFFICE, DepartmentId.of("HO-CS"));
    /** Card-centre staff as the caller names them: with the handler role only. */
    static final Actor AGENT = Actor.staff(StaffId.of("S-0010"), HEAD_OFFICE, Role.HANDLER);
    static final Actor CARE_GROUP = Actor.staff(StaffId.of("S-0012"), HEAD_OFFICE, Role.HANDLER);
    static final Actor SERVICE_MANAGER = Actor.staff(StaffId.of("S-0014"), HEAD_OFFICE, Role.APPROVER);
    static final Actor CUSTOMER_SERVICE = Actor.staff(StaffId.of("S-0004"), HEAD_OFFICE, Role.HANDLER);
    static final Actor HEAD_OFFICE_APPROVER = Actor.staff(StaffId.of("S-0002"), HEAD_OFFICE, Role.APPROVER);
    /** The Futian outlet's receiver, the sub-branch's handler and the Shenzhen branch's approver: no tier role. */
    static final UnitId OUTLET = UnitId.of("GD-SZ-FT-001");
    static final Actor OUTLET_RECEIVER = Actor.staff(StaffId.of("S-4001"), OUTLET, Role.RECEIVER, Role.HANDLER);
    static final Actor SUB_BRANCH_HANDLER = Actor.staff(StaffId.of("S-3002"), UnitId.of("GD-SZ-FT"), Role.HANDLER);
    static final Actor BRANCH_APPROVER = Actor.staff(StaffId.of("S-2001"), UnitId.of("GD-SZ"), Role.APPROVER);
    /** The business lines whose concurrence 800 CNY of compensation needs ({@code authority.csv}). */
    static final Actor HEAD_OFFICE_LINE = Actor.staff(StaffId.of("S-0003"), HEAD_OFFICE, Role.APPROVER);
    static final Actor BRANCH_LINE = Actor.staff(StaffId.of("S-2003"), UnitId.of("GD-SZ"), Role.APPROVER);
    /**
     * The customer service centre, whose concurrence the sample approval matrix asks for before a resolution of a
     * complaint handled at head office is approved ({@code approvals.csv}, seed 003).
     */
    static final Actor HEAD_OFFICE_SERVICE_CENTRE = Actor.staff(StaffId.of("S-0005"), HEAD_OFFICE, Role.HANDLER);
    static final String CUSTOMER_NAME = "韩梅梅";

    final EscalationOnSampleBankTest.MutableTestClock clock =
            new EscalationOnSampleBankTest.MutableTestClock(Instant.parse("2025-03-03T02:00:00Z"));
    final ComplaintEngine engine;
    int keys;

    TieredHandlingOnSampleBankTest() throws Exception {
        engine = ComplaintEngine.builder().clock(clock).discoverPlugins(false)
                .organisation(CsvOrganisationDirectory.sampleBank())
                .approvalMatrix(ApprovalMatrixOnSampleBankTest.sampleMatrix())
                .tierLadder(TierLadder.cardCentre()).build();
    }

    IdempotencyKey key() {
        return IdempotencyKey.of("t" + (++keys));
    }

    ComplaintId registered(Actor receiver, UnitId unit) {
        Complainant who = new Complainant(CustomerRef.of("CIF2"), Sensitive.of(CUSTOMER_NAME), CustomerSegment.VIP,
                Set.of(), ContactPoint.of(ContactMethod.PHONE, "13900001111"));
        return engine.execute(new RegisterComplaint(receiver, key(), who, Channel.PHONE, clock.instant(),
                unit, List.of(ComplaintSubject.product("CREDIT-CARD")), Sensitive.of("年费未减免"),
                Sensitive.of("退还年费"), null)).complaintId();
    }

    /** A complaint the card centre investigates. */
    ComplaintId investigating() {
        return investigating(CARD_CENTRE, AGENT);
    }

    /** A complaint received by a card-centre agent, handled by a department of head office. */
    ComplaintId investigating(HandlingUnit handling, Actor handler) {
        ComplaintId id = registered(AGENT, HEAD_OFFICE);
        engine.execute(new AcceptComplaint(id, AGENT, key()));
        engine.execute(AssignComplaint.of(id, AGENT, key(), handling));
        engine.execute(new StartInvestigation(id, handler, key()));
        return id;
    }

    /** A complaint received at the Futian outlet and investigated by the Futian sub-branch. */
    ComplaintId investigatedAtTheBranch() {
        ComplaintId id = registered(OUTLET_RECEIVER, OUTLET);
        engine.execute(new AcceptComplaint(id, OUTLET_RECEIVER, key()));
        engine.execute(new AssignComplaint(id, OUTLET_RECEIVER, key(), HandlingUnit.of(UnitId.of("GD-SZ-FT")),
                List.of(), SUB_BRANCH_HANDLER.staffId()));
        engine.execute(new StartInvestigation(id, SUB_BRANCH_HANDLER, key()));
        return id;
    }

    ProposeResolution refund(ComplaintId id, Actor actor) {
        return ProposeResolution.of(id, actor, key(), Sensitive.of("退还年费"), Outcome.UPHELD)
                .withCompensation(Money.of("800", "CNY"));
    }

    List<ErrorCode> refused(HandlingCommand command) {
        CommandRefusedException e = assertThrows(CommandRefusedException.class, () -> engine.execute(command));
        assertFalse(e.getMessage().contains(CUSTOMER_NAME), e.getMessage());
        return e.violations().stream().map(Violation::code).toList();
    }

    @Test
    void anAgentsRefundOf800IsRefusedAndTheCareGroupsIsAcceptedAfterTheHandUpWithTiersFromTheDirectory() {
        ComplaintId id = investigating();
        assertEquals(List.of(ErrorCode.TIER_AUTHORITY_EXCEEDED), refused(refund(id, AGENT)));

        TierRaised raised = assertInstanceOf(TierRaised.class, engine.execute(HandUpTier.of(id, AGENT, key(),
                Sensitive.of("退款超出座席员权限"))).events().get(0));
        assertEquals(TierId.of("care-group"), raised.to());
        assertTrue(raised.actor().roles().contains(Role.of("card-agent")), "the event names the directory's roles");

        assertEquals(List.of(ErrorCode.NOT_AT_TIER), refused(refund(id, AGENT)));
        assertEquals(ComplaintStatus.AWAITING_APPROVAL, engine.execute(refund(id, CARE_GROUP)).state().status());
        engine.execute(new ConcurResolution(id, HEAD_OFFICE_LINE, key(), null));
        engine.execute(new ConcurResolution(id, HEAD_OFFICE_SERVICE_CENTRE, key(), null));
        assertEquals(List.of(ErrorCode.NOT_AT_TIER), refused(new ApproveResolution(id, HEAD_OFFICE_APPROVER, key(),
                null)), "a head-office approver the matrix accepts holds no card-centre tier");
        assertEquals(ComplaintStatus.RESOLVED, engine.execute(new ApproveResolution(id, SERVICE_MANAGER, key(), null))
                .state().status());
    }

    @Test
    void aBranchApproverOutsideTheCardCentreApprovesNormallyWhileACardCentreComplaintIsTiered() {
        ComplaintId card = investigating();
        assertEquals(List.of(ErrorCode.TIER_AUTHORITY_EXCEEDED), refused(refund(card, AGENT)));

        ComplaintId branch = investigatedAtTheBranch();
        engine.execute(RecordEmergencyPayment.of(branch, SUB_BRANCH_HANDLER, key(), Money.of("500", "CNY"),
                Sensitive.of("应急")));
        assertEquals(ComplaintStatus.AWAITING_APPROVAL, engine.execute(refund(branch, SUB_BRANCH_HANDLER)).state()
                .status(), "the branch's handler holds no tier role and proposes beyond the agent tier");
        engine.execute(new ConcurResolution(branch, BRANCH_LINE, key(), null));
        assertEquals(ComplaintStatus.RESOLVED, engine.execute(new ApproveResolution(branch, BRANCH_APPROVER, key(),
                null)).state().status());
        assertEquals(List.of(ErrorCode.COMPLAINT_NOT_TIERED), refused(HandUpTier.of(branch, SUB_BRANCH_HANDLER, key(),
                Sensitive.of("转交"))));

        assertEquals(List.of(ErrorCode.TIER_AUTHORITY_EXCEEDED), refused(refund(card, AGENT)),
                "the card centre's complaint is still tiered");
    }

    @Test
    void aHeadOfficeComplaintHandledByCustomerServiceRatherThanTheCardCentreIsNotTiered() {
        ComplaintId id = investigating(HEAD_OFFICE_CUSTOMER_SERVICE, CUSTOMER_SERVICE);
        assertEquals(List.of(ErrorCode.COMPLAINT_NOT_TIERED), refused(HandUpTier.of(id, AGENT, key(),
                Sensitive.of("转交"))));
        assertEquals(ComplaintStatus.AWAITING_APPROVAL, engine.execute(refund(id, CUSTOMER_SERVICE)).state().status());
        engine.execute(new ConcurResolution(id, HEAD_OFFICE_LINE, key(), null));
        engine.execute(new ConcurResolution(id, HEAD_OFFICE_SERVICE_CENTRE, key(), null));
        assertEquals(ComplaintStatus.RESOLVED, engine.execute(new ApproveResolution(id, HEAD_OFFICE_APPROVER, key(),
                null)).state().status());
    }

    @Test
    void aComplaintACardAgentReceivedIsTieredBeforeItIsAssignedAndOneCustomerServiceReceivedIsNot() {
        ComplaintId card = registered(AGENT, HEAD_OFFICE);
        TierRaised raised = assertInstanceOf(TierRaised.class, engine.execute(HandUpTier.of(card, AGENT, key(),
                Sensitive.of("客户情绪激动"))).events().get(0));
        assertEquals(TierId.of("care-group"), raised.to());

        ComplaintId other = registered(CUSTOMER_SERVICE, HEAD_OFFICE);
        assertEquals(List.of(ErrorCode.COMPLAINT_NOT_TIERED), refused(HandUpTier.of(other, AGENT, key(),
                Sensitive.of("转交"))));
    }

    @Test
    void aComplaintHandedUpAtTheCardCentreAndThenAssignedElsewhereIsNoLongerTiered() {
        ComplaintId id = registered(AGENT, HEAD_OFFICE);
        engine.execute(HandUpTier.of(id, AGENT, key(), Sensitive.of("客户情绪激动")));
        engine.execute(new AcceptComplaint(id, AGENT, key()));
        engine.execute(AssignComplaint.of(id, AGENT, key(), HEAD_OFFICE_CUSTOMER_SERVICE));
        engine.execute(new StartInvestigation(id, CUSTOMER_SERVICE, key()));
        assertEquals(ComplaintStatus.AWAITING_APPROVAL, engine.execute(refund(id, CUSTOMER_SERVICE)).state().status(),
                "customer service holds no tier, and the care-group tier recorded at the card centre no longer binds");
    }

    @Test
    void staffOutsideTheCardCentresLadderStandAtNoTier() {
        ComplaintId id = investigating();
        assertEquals(List.of(ErrorCode.NOT_AT_TIER), refused(HandUpTier.of(id, CUSTOMER_SERVICE, key(),
                Sensitive.of("转交"))));
    }
}
