package org.complaintkit.core.approval;

import static org.junit.jupiter.api.Assertions.*;

import java.io.StringReader;
import java.util.List;
import org.complaintkit.api.classification.ComplaintFlag;
import org.complaintkit.api.complaint.Money;
import org.complaintkit.api.complaint.Outcome;
import org.complaintkit.api.error.ErrorCode;
import org.complaintkit.api.error.InvalidInputException;
import org.complaintkit.api.error.Violation;
import org.complaintkit.api.organisation.Role;
import org.complaintkit.spi.organisation.UnitLevel;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ApprovalMatrixFileTest {
    /** These rows are in the single-step format, which files written before approval levels keep. */
    static final String HEADER = ApprovalMatrixFile.SINGLE_STEP_HEADER + "\n";

    static ApprovalMatrix read(String text) {
        return ApprovalMatrixFile.read("m.csv", new StringReader(text));
    }

    static ApprovalFacts facts(Outcome outcome, Money compensation, UnitLevel level, ComplaintFlag... flags) {
        return new ApprovalFacts(outcome, compensation, java.util.Set.of("CARD"), java.util.Set.of(flags), level);
    }

    @Test
    void every_bad_line_is_reported_at_once_with_file_line_and_reason() {
        String text = "# comment\n" + HEADER
                + "MAYBE,,,,,,,approver,BRANCH\n"
                + ",100,,,,,,approver,BRANCH\n"
                + ",,,,,,,,BRANCH\n"
                + ",,,,,,OUTLET,approver,\n"
                + ",500,100,CNY,,,,approver,BRANCH\n"
                + "too,few\n"
                + ",,,,,,,approver,BRANCH\n";
        InvalidInputException refusal = assertThrows(InvalidInputException.class, () -> read(text));
        List<String> where = refusal.violations().stream().map(v -> v.path() + " " + v.message()).toList();
        assertTrue(refusal.violations().stream().map(Violation::code).allMatch(ErrorCode.INVALID_APPROVAL_MATRIX::equals));
        assertEquals(6, where.size(), where.toString());
        assertTrue(where.get(0).startsWith("m.csv:3 outcome MAYBE is not one of"), where.toString());
        assertEquals("m.csv:4 compensation_at_least is given without a currency", where.get(1));
        assertEquals("m.csv:5 approver_role is empty: every row names the role that approves", where.get(2));
        assertEquals("m.csv:6 approver_level must name exactly one unit level", where.get(3));
        assertEquals("m.csv:7 the lower amount bound is not below the upper one", where.get(4));
        assertEquals("m.csv:8 has 2 cells, the header 9", where.get(5));
        assertEquals("CMP-4010", refusal.code().code());
    }

    @Test
    void a_file_without_header_or_rows_is_refused() {
        assertEquals("m.csv:1 the header must be exactly " + ApprovalMatrixFile.HEADER + " (or, for one approval step "
                + "per row, " + ApprovalMatrixFile.SINGLE_STEP_HEADER + ")", first(() -> read("outcome,role\n,approver\n")));
        assertEquals("m.csv the file has no rows; without rows nobody could approve anything", first(() -> read(HEADER)));
        assertEquals("m.csv the file has no header line " + ApprovalMatrixFile.HEADER, first(() -> read("# nothing\n")));
    }

    private static String first(org.junit.jupiter.api.function.Executable read) {
        Violation v = assertThrows(InvalidInputException.class, read).violations().get(0);
        return v.path() + " " + v.message();
    }

    @Test
    void the_first_row_covering_a_resolution_applies() {
        ApprovalMatrix matrix = read(HEADER
                + ",50000,,CNY,,,,superior-approver,HEAD_OFFICE\n"
                + "REJECTED,,,,,MEDIA_THREAT,,complaint-manager,HEAD_OFFICE\n"
                + "UPHELD;PARTLY_UPHELD,,,,CARD,,BRANCH;OUTLET,approver,BRANCH\n"
                + ",,,,,,,approver,PROVINCIAL_BRANCH\n");
        assertEquals("m.csv:2", matrix.rowFor(facts(Outcome.UPHELD, Money.of("50000", "CNY"), UnitLevel.OUTLET))
                .orElseThrow().source());
        assertEquals("m.csv:4", matrix.rowFor(facts(Outcome.UPHELD, Money.of("49999.99", "CNY"), UnitLevel.OUTLET))
                .orElseThrow().source());
        assertEquals("m.csv:3", matrix.rowFor(facts(Outcome.REJECTED, null, UnitLevel.OUTLET,
                ComplaintFlag.MEDIA_THREAT)).orElseThrow().source());
        assertEquals("m.csv:5", matrix.rowFor(facts(Outcome.REJECTED, null, UnitLevel.OUTLET)).orElseThrow().source());
        assertEquals("m.csv:2", matrix.rowFor(facts(Outcome.UPHELD, Money.of("1", "USD"), UnitLevel.OUTLET))
                .orElseThrow().source(), "another currency than the bound's counts as above every bound");
        ApprovalMatrix banded = read(HEADER + ",,1000,CNY,,,,approver,BRANCH\n,,,,,,,approver,HEAD_OFFICE\n");
        assertEquals("m.csv:3", banded.rowFor(facts(Outcome.UPHELD, Money.of("1", "USD"), UnitLevel.OUTLET))
                .orElseThrow().source(), "nor below an upper bound");
        assertEquals("m.csv:2", banded.rowFor(facts(Outcome.UPHELD, null, UnitLevel.OUTLET)).orElseThrow().source());
    }

    @Test
    void the_java_builder_reports_every_bad_row_and_refuses_an_empty_matrix() {
        InvalidInputException bad = assertThrows(InvalidInputException.class, () -> ApprovalMatrix.builder()
                .row(r -> r.compensationAtLeast(Money.of("10", "CNY")).compensationBelow(Money.of("10", "USD")),
                        Role.APPROVER, UnitLevel.BRANCH)
                .row(r -> r.compensationAtLeast(Money.of("10", "CNY")).compensationBelow(Money.of("5", "CNY")),
                        Role.APPROVER, UnitLevel.BRANCH)
                .build());
        assertEquals(List.of("builder row 1", "builder row 2"),
                bad.violations().stream().map(Violation::path).toList());
        assertEquals(ErrorCode.INVALID_APPROVAL_MATRIX, assertThrows(InvalidInputException.class,
                () -> ApprovalMatrix.builder().build()).code());
    }
}
