package org.complaintkit.core.retention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.Period;
import java.util.List;
import org.complaintkit.api.error.ErrorCode;
import org.complaintkit.api.error.InvalidInputException;
import org.complaintkit.api.error.Violation;
import org.complaintkit.api.retention.Disposal;
import org.complaintkit.api.retention.RecordKind;
import org.complaintkit.api.retention.RetentionPolicy;
import org.complaintkit.api.retention.RetentionRule;
import org.complaintkit.spi.retention.PurgeLedger;
import org.complaintkit.testkit.RetentionContract;
import org.junit.jupiter.api.Test;

/** Retention policies as data: the shipped presets, the file format, and the refusal of a contradictory policy. */
class RetentionPolicyTest {

    @Test
    void theChinesePresetKeepsAComplaintFileThreeYearsAfterClosureThenArchivesAndDeletesIt() {
        RetentionPolicy cn = RetentionPresets.mainlandChina();
        assertEquals("CN", cn.jurisdiction());
        RetentionRule files = cn.rule(RecordKind.COMPLAINT_FILE);
        assertEquals(Period.ofYears(3), files.keepFor());
        assertEquals(Period.ofYears(3), files.floor());
        assertEquals(Disposal.ARCHIVE_THEN_DELETE, files.disposal());
        assertTrue(files.basis().contains("PBOC"), files.basis());
        assertEquals(Instant.parse("2029-03-02T00:00:00Z"), files.expiresAt(Instant.parse("2026-03-02T00:00:00Z")));
    }

    @Test
    void theUkPresetKeepsThreeYearsUnderDisp191() {
        RetentionPolicy uk = RetentionPresets.unitedKingdom();
        assertEquals("UK", uk.jurisdiction());
        assertEquals(Period.ofYears(3), uk.rule(RecordKind.COMPLAINT_FILE).keepFor());
        assertEquals("FCA DISP 1.9.1R", uk.rule(RecordKind.COMPLAINT_FILE).basis());
        assertEquals(Period.ofDays(90), uk.rule(RecordKind.COMMAND_RECORD).keepFor());
        assertEquals(Disposal.DELETE, uk.rule(RecordKind.DELIVERED_NOTICE).disposal());
    }

    @Test
    void aContradictoryPolicyIsRefusedWithEveryViolationAtOnce() {
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> new RetentionPolicy(" ",
                List.of(new RetentionRule(RecordKind.COMPLAINT_FILE, Period.ofYears(1), Period.ofYears(3),
                                Disposal.ARCHIVE_THEN_DELETE, "FCA DISP 1.9.1R"),
                        RetentionRule.of(RecordKind.DELIVERED_NOTICE, Period.ofDays(-1), Disposal.DELETE),
                        RetentionRule.of(RecordKind.DELIVERED_NOTICE, Period.ofDays(9), Disposal.DELETE),
                        RetentionRule.of(RecordKind.DEAD_NOTICE, Period.ofDays(30), Disposal.KEEP_FOREVER),
                        RetentionRule.of(RecordKind.DEAD_NOTICE, Period.ZERO, Disposal.ARCHIVE_THEN_DELETE))));
        List<String> paths = refused.violations().stream().map(Violation::path).toList();
        assertTrue(refused.violations().stream().allMatch(v -> v.code() == ErrorCode.RETENTION_POLICY_INVALID));
        assertEquals(List.of("jurisdiction", "rules[0].keepFor", "rules[1].keepFor", "rules[2].kind",
                "rules[3].keepFor", "rules[4].kind", "rules[4].disposal", "rules"), paths, refused.getMessage());
        assertTrue(refused.violations().get(1).message().contains("shorter than the legal floor P3Y"));
        assertTrue(refused.violations().get(7).message().contains("command-record"), "the missing kind is named");
    }

    @Test
    void shorteningAPresetBelowItsLegalFloorIsRefused() {
        RetentionPolicy uk = RetentionPresets.unitedKingdom();
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> uk.with(new RetentionRule(
                RecordKind.COMPLAINT_FILE, Period.ofMonths(35), Period.ofYears(3), Disposal.DELETE, "DISP 1.9.1R")));
        assertEquals("CMP-1250", refused.code().code());
        RetentionPolicy longer = uk.with(new RetentionRule(RecordKind.COMPLAINT_FILE, Period.ofYears(5),
                Period.ofYears(5), Disposal.ARCHIVE_THEN_DELETE, "DISP 1.9.1R (UCITS)"));
        assertEquals(Period.ofYears(5), longer.rule(RecordKind.COMPLAINT_FILE).keepFor());
    }

    @Test
    void aHostFileReadsAndEveryProblemInABadOneIsReportedWithItsLine() {
        RetentionPolicy host = RetentionFile.parse("bank.retention", String.join("\n",
                "retention HK  # Hong Kong",
                "complaint-file   P7Y  P0D  delete  bank's own rule",
                "delivered-notice P30D P0D  delete",
                "dead-notice      P0D  P0D  keep-forever",
                "command-record   P30D P0D  delete"));
        assertEquals("HK", host.jurisdiction());
        assertEquals(Disposal.KEEP_FOREVER, host.rule(RecordKind.DEAD_NOTICE).disposal());
        assertEquals("bank's own rule", host.rule(RecordKind.COMPLAINT_FILE).basis());

        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> RetentionFile.parse(
                "bad.retention", String.join("\n", "complaint-files P3Y P3Y delete", "dead-notice 3y P0D delete",
                        "command-record P1D P0D shred")));
        assertEquals(List.of("bad.retention:1", "bad.retention:2", "bad.retention:3", "bad.retention"),
                refused.violations().stream().map(Violation::path).toList());
        assertTrue(refused.violations().stream().allMatch(v -> v.code() == ErrorCode.RETENTION_FILE_INVALID));
    }

    @Test
    void aPeriodWrittenInWordsIsOneProblemThatSaysHowToWriteItAndNoMessageRepeatsItsLocation() {
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> RetentionFile.parse(
                "words.retention", String.join("\n", "retention HK", "complaint-file 90 days P0D delete")));
        assertEquals(1, refused.violations().size(), refused.getMessage());
        Violation only = refused.violations().get(0);
        assertEquals("words.retention:2", only.path());
        assertTrue(only.message().contains("write it as P90D"), only.message());
        assertFalse(only.message().contains("words.retention"), "the path names the place once: " + only.message());
    }

    @Test
    void aPurgeRequestOutOfRangeListsEveryProblem() {
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> new PurgeRequest(
                RetentionPresets.mainlandChina(), null, null, 0, -1, null, false));
        assertEquals(List.of("archive", "ledger", "batchSize", "maxBatches"),
                refused.violations().stream().map(Violation::path).toList());
        assertTrue(refused.violations().stream().allMatch(v -> v.code() == ErrorCode.PURGE_REQUEST_INVALID));
        assertEquals(PurgeRequest.DEFAULT_BATCH, PurgeRequest.of(RetentionContract.shortPolicy(Disposal.DELETE), null,
                PurgeLedger.none()).batchSize(), "a policy that deletes without archiving needs no archive");
    }
}
