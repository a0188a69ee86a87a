package org.complaintkit.directory.csv;

import static org.junit.jupiter.api.Assertions.*;

import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.complaintkit.api.command.AcceptComplaint;
import org.complaintkit.api.command.ApproveResolution;
import org.complaintkit.api.command.AssignComplaint;
import org.complaintkit.api.command.CommandResult;
import org.complaintkit.api.command.SendBackResolution;
import org.complaintkit.api.command.ConcurResolution;
import org.complaintkit.api.command.IdempotencyKey;
import org.complaintkit.api.command.ProposeResolution;
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
import org.complaintkit.api.error.ConfigurationException;
import org.complaintkit.api.error.ErrorCode;
import org.complaintkit.api.event.ResolutionApproved;
import org.complaintkit.api.event.ResolutionEndorsed;
import org.complaintkit.api.organisation.Actor;
import org.complaintkit.api.organisation.Role;
import org.complaintkit.api.organisation.StaffId;
import org.complaintkit.api.organisation.UnitId;
import org.complaintkit.core.approval.ApprovalAuthority;
import org.complaintkit.core.approval.ApprovalMatrix;
import org.complaintkit.core.approval.ApprovalMatrixFile;
import org.complaintkit.core.engine.ComplaintEngine;
import org.complaintkit.spi.organisation.DepartmentKind;
import org.complaintkit.spi.organisation.UnitLevel;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/**
 * The sample bank's approval matrix ({@code sample-bank/approvals.csv}): who approves a resolution is read from the
 * directory, by the level of the unit handling the complaint and the amount of redress, in two levels above an amount
 * and with line co-approval at head office (issue 23 item 1).
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ApprovalMatrixOnSampleBankTest {
    static final UnitId OUTLET = UnitId.of("GD-SZ-FT-001");
    static final Actor RECEIVER = Actor.staff(StaffId.of("S-4002"), OUTLET, Role.RECEIVER);
    static final Actor OWNER = Actor.staff(StaffId.of("S-4001"), OUTLET, Role.RECEIVER, Role.HANDLER);
    static final Actor HANDLER = Actor.staff(StaffId.of("S-3002"), UnitId.of("GD-SZ-FT"), Role.HANDLER);
    static final Actor SUB_BRANCH_APPROVER = Actor.staff(StaffId.of("S-3001"), UnitId.of("GD-SZ-FT"), Role.APPROVER);
    static final Actor OTHER_BRANCH_HEAD = Actor.staff(StaffId.of("S-2201"), UnitId.of("ZJ-HZ"), Role.APPROVER);
    static final Actor BRANCH_HEAD = Actor.staff(StaffId.of("S-2001"), UnitId.of("GD-SZ"), Role.APPROVER);
    static final Actor LINE_DEPARTMENT = Actor.staff(StaffId.of("S-2003"), UnitId.of("GD-SZ"), Role.APPROVER);
    static final Actor HEAD_OFFICE_LEADER = Actor.staff(StaffId.of("S-0001"), UnitId.of("HO"),
            Role.of("superior-approver"));
    static final Actor HEAD_OFFICE_APPROVER = Actor.staff(StaffId.of("S-0002"), UnitId.of("HO"), Role.APPROVER);
    static final Actor HEAD_OFFICE_HANDLER = Actor.staff(StaffId.of("S-0005"), UnitId.of("HO"), Role.HANDLER);
    static final Actor CUSTOMER_SERVICE_CENTRE = Actor.staff(StaffId.of("S-0004"), UnitId.of("HO"), Role.HANDLER);
    static final String CUSTOMER_NAME = "王小明";
    static final String PHONE = "13900000000";

    final EscalationOnSampleBankTest.MutableTestClock clock =
            new EscalationOnSampleBankTest.MutableTestClock(Instant.parse("2025-03-03T02:00:00Z"));
    int keys;

    static ApprovalMatrix sampleMatrix() {
        return ApprovalMatrixFile.read("approvals.csv", CsvOrganisationDirectory.sampleBankApprovals());
    }

    /** The resource file read by hand, as a host had to before {@link CsvOrganisationDirectory#sampleBankApprovals}. */
    static ApprovalMatrix matrixReadFromTheResource() throws Exception {
        try (Reader reader = new InputStreamReader(ApprovalMatrixOnSampleBankTest.class.getResourceAsStream(
                "/org/complaintkit/directory/csv/sample-bank/approvals.csv"), StandardCharsets.UTF_8)) {
            return ApprovalMatrixFile.read("approvals.csv", reader);
        }
    }

    @Test
    void theSampleBanksApprovalMatrixLoadsFromItsFactoryRowForRowAsTheShippedFile() throws Exception {
        ApprovalMatrix fromFactory = sampleMatrix();
        ApprovalMatrix fromFile = matrixReadFromTheResource();
        assertEquals(fromFile.rows(), fromFactory.rows());
        assertEquals(5, fromFactory.rows().size());
        assertEquals("approvals.csv:18", fromFactory.rows().get(0).source());
    }

    ComplaintEngine engine(ApprovalMatrix matrix) {
        ComplaintEngine.Builder builder = ComplaintEngine.builder().clock(clock).discoverPlugins(false)
                .organisation(CsvOrganisationDirectory.sampleBank());
        return (matrix == null ? builder : builder.approvalMatrix(matrix)).build();
    }

    IdempotencyKey key() {
        return IdempotencyKey.of("a" + (++keys));
    }

    /** A complaint registered at the outlet. */
    ComplaintId registered(ComplaintEngine engine) {
        Complainant who = new Complainant(CustomerRef.of("CIF1"), Sensitive.of(CUSTOMER_NAME), CustomerSegment.ORDINARY,
                Set.of(), ContactPoint.of(ContactMethod.PHONE, PHONE));
        return engine.execute(new RegisterComplaint(OWNER, key(), who, Channel.COUNTER, clock.instant(),
                OUTLET, List.of(ComplaintSubject.product("CASH")), Sensitive.of("取款被多扣"), Sensitive.of("退还"), null))
                .complaintId();
    }

    /** A complaint at the outlet, handled by the Futian sub-branch, awaiting approval of a proposed resolution. */
    ComplaintId awaitingApproval(ComplaintEngine engine, Money compensation) {
        ComplaintId id = registered(engine);
        engine.execute(new AcceptComplaint(id, OWNER, key()));
        engine.execute(new AssignComplaint(id, OWNER, key(), HandlingUnit.of(UnitId.of("GD-SZ-FT")), List.of(),
                StaffId.of("S-3002")));
        engine.execute(new StartInvestigation(id, HANDLER, key()));
        engine.execute(new ProposeResolution(id, HANDLER, key(), Sensitive.of("退还多扣款项"), Outcome.UPHELD,
                compensation));
        return id;
    }

    CommandRefusedException refused(ComplaintEngine engine, ComplaintId id, Actor approver) {
        CommandRefusedException refusal = assertThrows(CommandRefusedException.class,
                () -> engine.execute(new ApproveResolution(id, approver, key(), null)));
        assertFalse(refusal.getMessage().contains(CUSTOMER_NAME) || refusal.getMessage().contains(PHONE),
                refusal.getMessage());
        return refusal;
    }

    @Test
    void the_sample_matrix_has_its_five_rows_each_traced_to_its_line() throws Exception {
        ApprovalMatrix matrix = sampleMatrix();
        assertEquals(5, matrix.rows().size());
        assertEquals("approvals.csv:18", matrix.rows().get(0).source());
        assertEquals(List.of(new ApprovalAuthority(Role.APPROVER, UnitLevel.BRANCH),
                new ApprovalAuthority(Role.of("superior-approver"), UnitLevel.HEAD_OFFICE)),
                matrix.rows().get(0).approvals().steps());
        assertEquals(Set.of(DepartmentKind.CUSTOMER_SERVICE), matrix.rows().get(2).approvals().concurrence());
        assertEquals(UnitLevel.BRANCH, matrix.rows().get(4).authority().level());
    }

    @Test
    void a_receivers_approval_is_refused_naming_the_missing_authority_and_a_branch_heads_is_accepted() throws Exception {
        ComplaintEngine engine = engine(sampleMatrix());
        ComplaintId id = awaitingApproval(engine, null);
        CommandRefusedException receiver = refused(engine, id, RECEIVER);
        assertEquals(ErrorCode.APPROVAL_AUTHORITY_MISSING, receiver.code());
        assertEquals("CMP-2160", receiver.code().code());
        assertTrue(receiver.getMessage().contains(
                "approval needs role approver at a BRANCH unit on the complaint's line (approval matrix approvals.csv:28);"
                        + " the approver does not hold role approver, is not in a BRANCH unit"), receiver.getMessage());
        assertEquals(ComplaintStatus.AWAITING_APPROVAL, engine.hostReads().find(id).orElseThrow().status());

        ComplaintStatus after = engine.execute(new ApproveResolution(id, BRANCH_HEAD, key(), null)).state().status();
        assertEquals(ComplaintStatus.RESOLVED, after);
    }

    @Test
    void an_approver_below_the_branch_or_in_another_branch_lacks_the_authority() throws Exception {
        ComplaintEngine engine = engine(sampleMatrix());
        ComplaintId id = awaitingApproval(engine, null);
        CommandRefusedException subBranch = refused(engine, id, SUB_BRANCH_APPROVER);
        assertEquals(ErrorCode.APPROVAL_AUTHORITY_MISSING, subBranch.code());
        assertTrue(subBranch.getMessage().endsWith("the approver is not in a BRANCH unit"), subBranch.getMessage());
        CommandRefusedException elsewhere = refused(engine, id, OTHER_BRANCH_HEAD);
        assertEquals(ErrorCode.APPROVAL_AUTHORITY_MISSING, elsewhere.code());
        assertTrue(elsewhere.getMessage().endsWith(
                "the approver is in a unit that is not the handling unit GD-SZ-FT or above it"), elsewhere.getMessage());
    }

    @Test
    void redress_of_50000_or_more_is_approved_in_two_levels_the_branch_head_then_the_head_office_leadership()
            throws Exception {
        ComplaintEngine engine = engine(sampleMatrix());
        ComplaintId id = awaitingApproval(engine, Money.of("60000", "CNY"));
        // Four eyes across the steps: the proposer approves no step.
        assertEquals(ErrorCode.FOUR_EYES, refused(engine, id, HANDLER).code());
        // The head office's leadership is step 2: it does not approve first.
        CommandRefusedException early = refused(engine, id, HEAD_OFFICE_LEADER);
        assertEquals(ErrorCode.APPROVAL_STEP_AUTHORITY_MISSING, early.code());
        assertTrue(early.getMessage().contains("approval needs role approver at a BRANCH unit on the complaint's line, "
                + "step 1 of 2 (approval matrix approvals.csv:18); the approver is not in a BRANCH unit"),
                early.getMessage());

        // Step 1: the branch head. Recorded, and the complaint stays awaiting approval; nothing is final yet, so the
        // branch head's own compensation limit (5,000) does not stop it.
        CommandResult first = engine.execute(new ApproveResolution(id, BRANCH_HEAD, key(), null));
        assertEquals(ComplaintStatus.AWAITING_APPROVAL, first.state().status());
        ResolutionEndorsed endorsed = assertInstanceOf(ResolutionEndorsed.class, first.events().get(0));
        assertEquals(List.of(1, 2), List.of(endorsed.step(), endorsed.steps()));
        assertEquals(Role.APPROVER, endorsed.role());
        assertEquals(UnitLevel.BRANCH, endorsed.level());
        assertEquals(List.of(BRANCH_HEAD.staffId()), first.state().endorsedBy());
        assertNull(first.state().approvedBy());

        // The same person does not give step 2.
        CommandRefusedException twice = refused(engine, id, BRANCH_HEAD);
        assertEquals(ErrorCode.APPROVER_ALREADY_APPROVED, twice.code());
        assertEquals("CMP-2180", twice.code().code());
        // Another approver of the branch lacks step 2's authority, and the refusal names the step.
        CommandRefusedException wrong = refused(engine, id, LINE_DEPARTMENT);
        assertEquals(ErrorCode.APPROVAL_STEP_AUTHORITY_MISSING, wrong.code());
        assertEquals("CMP-2181", wrong.code().code());
        assertTrue(wrong.getMessage().contains("approval needs role superior-approver at a HEAD_OFFICE unit on the "
                + "complaint's line, step 2 of 2 (approval matrix approvals.csv:18); the approver does not hold role "
                + "superior-approver, is not in a HEAD_OFFICE unit"), wrong.getMessage());
        assertEquals(ComplaintStatus.AWAITING_APPROVAL, engine.hostReads().find(id).orElseThrow().status());

        // Step 2, the last: the head office's leadership, within its authority once the business line concurred.
        engine.execute(new ConcurResolution(id, LINE_DEPARTMENT, key(), null));
        CommandResult last = engine.execute(new ApproveResolution(id, HEAD_OFFICE_LEADER, key(), null));
        assertEquals(ComplaintStatus.RESOLVED, last.state().status());
        assertInstanceOf(ResolutionApproved.class, last.events().get(0));
        assertEquals(HEAD_OFFICE_LEADER.staffId(), last.state().approvedBy());
    }

    @Test
    void a_send_back_starts_the_levels_again() throws Exception {
        ComplaintEngine engine = engine(sampleMatrix());
        ComplaintId id = awaitingApproval(engine, Money.of("60000", "CNY"));
        engine.execute(new ApproveResolution(id, BRANCH_HEAD, key(), null));
        engine.execute(new SendBackResolution(id, HEAD_OFFICE_LEADER, key(), Sensitive.of("补充调查")));
        assertEquals(List.of(), engine.hostReads().find(id).orElseThrow().endorsedBy());
        engine.execute(new ProposeResolution(id, HANDLER, key(), Sensitive.of("退还多扣款项"), Outcome.UPHELD,
                Money.of("60000", "CNY")));
        CommandRefusedException stepOne = refused(engine, id, HEAD_OFFICE_LEADER);
        assertEquals(ErrorCode.APPROVAL_STEP_AUTHORITY_MISSING, stepOne.code());
        assertTrue(stepOne.getMessage().contains("step 1 of 2"), stepOne.getMessage());
        assertEquals(ComplaintStatus.AWAITING_APPROVAL,
                engine.execute(new ApproveResolution(id, BRANCH_HEAD, key(), null)).state().status());
    }

    @Test
    void a_complaint_handled_at_head_office_needs_the_customer_service_centres_concurrence_before_approval()
            throws Exception {
        ComplaintEngine engine = engine(sampleMatrix());
        ComplaintId id = registered(engine);
        engine.execute(new AcceptComplaint(id, OWNER, key()));
        engine.execute(new AssignComplaint(id, OWNER, key(), HandlingUnit.of(UnitId.of("HO")), List.of(),
                HEAD_OFFICE_HANDLER.staffId()));
        engine.execute(new StartInvestigation(id, HEAD_OFFICE_HANDLER, key()));
        engine.execute(new ProposeResolution(id, HEAD_OFFICE_HANDLER, key(), Sensitive.of("解释说明"),
                Outcome.REJECTED, null));

        CommandRefusedException missing = refused(engine, id, HEAD_OFFICE_APPROVER);
        assertEquals(ErrorCode.LINE_CONCURRENCE_MISSING, missing.code());
        assertEquals("CMP-2182", missing.code().code());
        assertTrue(missing.getMessage().contains("the final approval needs the concurrence of a CUSTOMER_SERVICE "
                + "department (ConcurResolution) first (approval matrix approvals.csv:24)"), missing.getMessage());
        // A business line's concurrence is not the customer service centre's.
        engine.execute(new ConcurResolution(id, LINE_DEPARTMENT, key(), null));
        assertEquals(ErrorCode.LINE_CONCURRENCE_MISSING, refused(engine, id, HEAD_OFFICE_APPROVER).code());

        engine.execute(new ConcurResolution(id, CUSTOMER_SERVICE_CENTRE, key(), Sensitive.of("同意处理意见")));
        assertEquals(ComplaintStatus.RESOLVED,
                engine.execute(new ApproveResolution(id, HEAD_OFFICE_APPROVER, key(), null)).state().status());
    }

    @Test
    void a_resolution_no_row_covers_cannot_be_approved() {
        ApprovalMatrix onlyRejections = ApprovalMatrix.builder()
                .row(r -> r.outcomes(Outcome.REJECTED), Role.APPROVER, UnitLevel.BRANCH).build();
        ComplaintEngine engine = engine(onlyRejections);
        ComplaintId id = awaitingApproval(engine, null);
        CommandRefusedException none = refused(engine, id, BRANCH_HEAD);
        assertEquals(ErrorCode.NO_APPROVAL_ROW, none.code());
        assertEquals("CMP-2161", none.code().code());
        assertTrue(none.getMessage().contains("no row of the approval matrix covers a resolution UPHELD of a complaint "
                + "handled at a SUB_BRANCH unit"), none.getMessage());
    }

    @Test
    void without_a_matrix_approvals_are_not_restricted_as_before() {
        ComplaintEngine engine = engine(null);
        ComplaintId id = awaitingApproval(engine, null);
        assertEquals(ComplaintStatus.RESOLVED,
                engine.execute(new ApproveResolution(id, RECEIVER, key(), null)).state().status());
    }

    @Test
    void a_matrix_without_an_organisation_directory_is_refused_at_build() throws Exception {
        ApprovalMatrix matrix = sampleMatrix();
        ConfigurationException refusal = assertThrows(ConfigurationException.class,
                () -> ComplaintEngine.builder().clock(clock).discoverPlugins(false).approvalMatrix(matrix).build());
        assertEquals(ErrorCode.APPROVAL_MATRIX_NEEDS_DIRECTORY, refusal.code());
    }
}
