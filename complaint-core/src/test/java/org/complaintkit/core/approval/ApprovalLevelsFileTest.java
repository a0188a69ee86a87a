package org.complaintkit.core.approval;

import static org.junit.jupiter.api.Assertions.*;

import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.complaintkit.api.complaint.Money;
import org.complaintkit.api.complaint.Outcome;
import org.complaintkit.api.error.ErrorCode;
import org.complaintkit.api.error.InvalidInputException;
import org.complaintkit.api.error.Violation;
import org.complaintkit.api.organisation.Role;
import org.complaintkit.spi.organisation.DepartmentKind;
import org.complaintkit.spi.organisation.UnitLevel;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/** Approval matrices with several levels in a row and line co-approval, in a file and in Java (issue 23 item 1). */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ApprovalLevelsFileTest {
    static final Role SUPERIOR = Role.of("superior-approver");

    static ApprovalMatrix read(String text) {
        return ApprovalMatrixFile.read("m.csv", new StringReader(text));
    }

    static ApprovalFacts facts(Money compensation, UnitLevel level) {
        return new ApprovalFacts(Outcome.UPHELD, compensation, Set.of(), Set.of(), level);
    }

    @Test
    void a_frozen_single_step_file_keeps_loading_with_one_step_and_no_co_approval_per_row() throws Exception {
        ApprovalMatrix matrix;
        try (Reader reader = new InputStreamReader(getClass().getResourceAsStream("approvals-single-step.csv"),
                StandardCharsets.UTF_8)) {
            matrix = ApprovalMatrixFile.read("approvals-single-step.csv", reader);
        }
        assertEquals(4, matrix.rows().size());
        assertEquals(List.of("approvals-single-step.csv:14", "approvals-single-step.csv:16",
                "approvals-single-step.csv:18", "approvals-single-step.csv:20"),
                matrix.rows().stream().map(ApprovalRow::source).toList());
        assertTrue(matrix.rows().stream().allMatch(r -> r.approvals().size() == 1
                && r.approvals().concurrence().isEmpty()));
        ApprovalRow large = matrix.rowFor(facts(Money.of("60000", "CNY"), UnitLevel.OUTLET)).orElseThrow();
        assertEquals(new ApprovalAuthority(SUPERIOR, UnitLevel.HEAD_OFFICE), large.authority());
        assertEquals(UnitLevel.BRANCH, matrix.rowFor(facts(null, UnitLevel.OUTLET)).orElseThrow().authority().level());
    }

    @Test
    void a_row_lists_its_further_steps_in_order_and_the_kinds_of_department_that_must_concur() {
        ApprovalMatrix matrix = read(ApprovalMatrixFile.HEADER + "\n"
                + ",50000,,CNY,,,BRANCH;OUTLET,approver,BRANCH,complaint-manager@PROVINCIAL_BRANCH; superior-approver@head_office,\n"
                + ",,,,,,HEAD_OFFICE,approver,HEAD_OFFICE,,CUSTOMER_SERVICE;BUSINESS_LINE\n"
                + ",,,,,,,approver,BRANCH,,\n");
        ApprovalChain levels = matrix.rowFor(facts(Money.of("50000", "CNY"), UnitLevel.OUTLET)).orElseThrow().approvals();
        assertEquals(List.of(new ApprovalAuthority(Role.APPROVER, UnitLevel.BRANCH),
                new ApprovalAuthority(Role.COMPLAINT_MANAGER, UnitLevel.PROVINCIAL_BRANCH),
                new ApprovalAuthority(SUPERIOR, UnitLevel.HEAD_OFFICE)), levels.steps());
        assertEquals(3, levels.size());
        assertEquals(Set.of(), levels.concurrence());
        ApprovalChain coApproved = matrix.rowFor(facts(null, UnitLevel.HEAD_OFFICE)).orElseThrow().approvals();
        assertEquals(1, coApproved.size());
        assertEquals(Set.of(DepartmentKind.CUSTOMER_SERVICE, DepartmentKind.BUSINESS_LINE), coApproved.concurrence());
        assertEquals("role approver at a HEAD_OFFICE unit on the complaint's line, with the concurrence of a "
                + "CUSTOMER_SERVICE department and a BUSINESS_LINE department", coApproved.toString());
        assertEquals(1, matrix.rowFor(facts(Money.of("49999.99", "CNY"), UnitLevel.OUTLET)).orElseThrow()
                .approvals().size());
    }

    @Test
    void bad_further_steps_and_department_kinds_are_reported_with_every_other_bad_line() {
        String text = ApprovalMatrixFile.HEADER + "\n"
                + ",,,,,,,approver,BRANCH,superior-approver,\n"
                + ",,,,,,,approver,BRANCH,superior-approver@MOON;@BRANCH,\n"
                + ",,,,,,,approver,BRANCH,,LEGAL\n"
                + ",,,,,,,approver,BRANCH\n"
                + ",,,,,,,approver,BRANCH,,\n";
        InvalidInputException refusal = assertThrows(InvalidInputException.class, () -> read(text));
        List<String> where = refusal.violations().stream().map(v -> v.path() + " " + v.message()).toList();
        assertTrue(refusal.violations().stream().map(Violation::code).allMatch(ErrorCode.INVALID_APPROVAL_MATRIX::equals));
        assertEquals(5, where.size(), where.toString());
        assertEquals("m.csv:2 then_approvers step 'superior-approver' is not role@LEVEL, such as "
                + "superior-approver@HEAD_OFFICE", where.get(0));
        assertTrue(where.get(1).startsWith("m.csv:3 then_approvers level MOON is not one of"), where.toString());
        assertEquals("m.csv:3 then_approvers step '@BRANCH' is not role@LEVEL, such as superior-approver@HEAD_OFFICE",
                where.get(2));
        assertTrue(where.get(3).startsWith("m.csv:4 co_approval department kind LEGAL is not one of"), where.toString());
        assertEquals("m.csv:5 has 9 cells, the header 11", where.get(4), "a file keeps to its header's format");
    }

    @Test
    void the_java_builder_takes_several_steps_and_co_approval_and_a_chain_needs_a_step() {
        ApprovalMatrix matrix = ApprovalMatrix.builder()
                .row(r -> r.compensationAtLeast(Money.of("50000", "CNY")).levels(UnitLevel.BRANCH),
                        ApprovalChain.of(Role.APPROVER, UnitLevel.BRANCH).then(SUPERIOR, UnitLevel.HEAD_OFFICE)
                                .withConcurrenceOf(DepartmentKind.BUSINESS_LINE))
                .row(r -> { }, Role.APPROVER, UnitLevel.BRANCH)
                .build();
        ApprovalChain chain = matrix.rows().get(0).approvals();
        assertEquals(new ApprovalAuthority(SUPERIOR, UnitLevel.HEAD_OFFICE), chain.step(2));
        assertEquals(Set.of(DepartmentKind.BUSINESS_LINE), chain.concurrence());
        assertEquals("role approver at a BRANCH unit on the complaint's line, then role superior-approver at a "
                + "HEAD_OFFICE unit on the complaint's line, with the concurrence of a BUSINESS_LINE department",
                chain.toString());
        assertEquals(ApprovalChain.of(Role.APPROVER, UnitLevel.BRANCH), matrix.rows().get(1).approvals());
        assertThrows(IllegalArgumentException.class, () -> new ApprovalChain(List.of(), Set.of()));
    }
}
