package org.complaintkit.core.erasure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.complaintkit.api.command.CommandType;
import org.complaintkit.api.complaint.ComplaintId;
import org.complaintkit.api.error.ErrorCode;
import org.complaintkit.api.error.InvalidInputException;
import org.complaintkit.api.event.ComplaintEvent;
import org.complaintkit.api.event.ComplaintRegistered;
import org.complaintkit.api.event.PersonalDataErased;
import org.complaintkit.api.organisation.Actor;
import org.complaintkit.api.organisation.Role;
import org.complaintkit.api.organisation.StaffId;
import org.complaintkit.api.organisation.UnitId;
import org.complaintkit.api.retention.Disposal;
import org.complaintkit.api.retention.RecordKind;
import org.complaintkit.api.retention.RetentionPolicy;
import org.complaintkit.api.retention.RetentionRule;
import org.complaintkit.core.engine.ComplaintEngine;
import org.complaintkit.core.retention.PurgeReport;
import org.complaintkit.core.retention.PurgeRequest;
import org.complaintkit.core.retention.RetentionFile;
import org.complaintkit.core.retention.RetentionPresets;
import org.complaintkit.core.retention.RetentionPurge;
import org.complaintkit.core.store.InMemoryComplaintStore;
import org.complaintkit.spi.retention.PurgedComplaint;
import org.complaintkit.testkit.Commands;
import org.complaintkit.testkit.Fixtures;
import org.junit.jupiter.api.Test;

/** Retention may erase personal data as a disposal (issue 27 items 4 and 5): the record and its seals stay. */
class RetentionErasureTest {
    static final RetentionPolicy ERASING = RetentionPresets.mainlandChina().with(new RetentionRule(
            RecordKind.COMPLAINT_FILE, Period.ofYears(3), Period.ofYears(3), Disposal.ERASE_PERSONAL_DATA,
            "PBOC 2020 Art. 28; PIPL Art. 47"));

    final InMemoryComplaintStore store = new InMemoryComplaintStore();
    final InMemoryPersonalDataKeys keys = new InMemoryPersonalDataKeys();

    ComplaintEngine at(String instant, boolean withKeys) {
        ComplaintEngine.Builder builder = ComplaintEngine.builder().noPluginDiscovery().store(store)
                .clock(Clock.fixed(Instant.parse(instant), ZoneOffset.UTC));
        return withKeys ? builder.personalDataKeys(keys).build() : builder.build();
    }

    ComplaintId withdrawn(ComplaintEngine engine) {
        ComplaintId id = engine.execute(Fixtures.registration(engine.clock().instant())).complaintId();
        engine.execute(Commands.of(CommandType.WITHDRAW, id, Fixtures.TELLER, Fixtures.key(),
                Commands.Payload.plain()));
        return id;
    }

    @Test
    void anExpiredComplaintIsErasedNotDeletedAndItsChainStillVerifies() {
        ComplaintId encrypted = withdrawn(at("2026-03-02T01:30:00Z", true));
        ComplaintId plain = withdrawn(at("2026-03-02T01:30:00Z", false));
        ComplaintEngine later = at("2030-03-02T01:30:00Z", true);
        List<PurgedComplaint> ledger = new ArrayList<>();

        PurgeReport report = later.purge(PurgeRequest.of(ERASING, null, ledger::add));

        assertEquals(1, report.complaintsErased());
        assertEquals(1, report.complaintsNotErasable(), "the plain complaint is counted, not passed over");
        assertEquals(0, report.complaintsDeleted());
        assertTrue(report.summary().contains("1 of 2 closed complaints disposed of (0 deleted, 1 erased)"),
                report.summary());
        assertTrue(report.summary().contains("1 not erasable"), report.summary());
        assertEquals(List.of(encrypted), ledger.stream().map(PurgedComplaint::complaintId).toList());
        assertFalse(store.load(encrypted).isEmpty(), "the record is kept");
        assertTrue(store.load(encrypted).get(store.load(encrypted).size() - 1) instanceof PersonalDataErased);
        ComplaintRegistered registered = (ComplaintRegistered) later.hostReads().history(encrypted).get(0);
        assertTrue(registered.registration().complainant().name().isErased());
        assertTrue(later.verify(encrypted).intact());
        assertFalse(store.load(plain).isEmpty());

        PurgeReport again = at("2034-03-02T01:30:00Z", true).purge(PurgeRequest.of(ERASING, null, ledger::add));
        assertEquals(0, again.complaintsErased(), "an erased complaint is not erased twice");
    }

    @Test
    void underEraseOrDeleteAPlainComplaintIsDeletedWholeWithItsLedgerEntryAndAnEncryptedOneErased() {
        ComplaintId encrypted = withdrawn(at("2026-03-02T01:30:00Z", true));
        ComplaintId plain = withdrawn(at("2026-03-02T01:30:00Z", false));
        ComplaintEngine later = at("2030-03-02T01:30:00Z", true);
        RetentionPolicy policy = RetentionFile.parse("erase-or-delete.retention", String.join("\n",
                "retention CN",
                "complaint-file    P3Y  P3Y  erase-personal-data-or-delete  PBOC 2020; PIPL Art. 47",
                "delivered-notice  P90D P0D  delete                         proof stays in the history",
                "dead-notice       P1Y  P0D  delete                         kept a year",
                "command-record    P90D P0D  delete                         resent for 90 days", ""));
        assertEquals(Disposal.ERASE_PERSONAL_DATA_OR_DELETE, policy.rule(RecordKind.COMPLAINT_FILE).disposal());
        PurgeReport dryRun = later.purge(PurgeRequest.of(policy, null, entry -> { }).asDryRun());
        List<PurgedComplaint> ledger = new ArrayList<>();

        PurgeReport report = later.purge(PurgeRequest.of(policy, null, ledger::add));

        assertEquals(1, report.complaintsErased());
        assertEquals(1, report.complaintsDeleted());
        assertEquals(0, report.complaintsNotErasable(), "nothing is left behind with its personal data");
        assertTrue(report.summary().contains("2 of 2 closed complaints disposed of (1 deleted, 1 erased)"),
                report.summary());
        Map<ComplaintId, Disposal> done = ledger.stream().collect(Collectors.toMap(PurgedComplaint::complaintId,
                PurgedComplaint::disposal));
        assertEquals(Map.of(encrypted, Disposal.ERASE_PERSONAL_DATA, plain, Disposal.DELETE), done,
                "the ledger says what was done to each");
        assertTrue(store.load(plain).isEmpty(), "the plain complaint is deleted whole");
        assertFalse(store.load(encrypted).isEmpty(), "the encrypted one keeps its record");
        ComplaintRegistered registered = (ComplaintRegistered) later.hostReads().history(encrypted).get(0);
        assertTrue(registered.registration().complainant().name().isErased());
        assertTrue(later.verify(encrypted).intact());
        assertEquals(ledger, report.purged());
        assertEquals(report.purged(), dryRun.purged(), "the dry run said the same");
        assertEquals(report.complaintsDeleted(), dryRun.complaintsDeleted());
        assertEquals(report.complaintsErased(), dryRun.complaintsErased());

        PurgeReport again = at("2034-03-02T01:30:00Z", true).purge(PurgeRequest.of(policy, null, ledger::add));
        assertEquals(0, again.complaintsErased() + again.complaintsDeleted(), "a second run finds nothing to do");
    }

    @Test
    void theRecordNamesTheEraserTheHostGaveThePurgeAndTheDefaultOtherwise() {
        ComplaintId named = withdrawn(at("2026-03-02T01:30:00Z", true));
        Actor officer = Actor.staff(StaffId.of("dpo-01"), UnitId.of("privacy"), Role.COMPLAINT_MANAGER);
        at("2030-03-02T01:30:00Z", true).purge(PurgeRequest.of(ERASING, null, entry -> { }).withEraser(officer));
        List<ComplaintEvent> history = store.load(named);
        assertEquals(officer, history.get(history.size() - 1).actor());

        ComplaintId byDefault = withdrawn(at("2026-03-03T01:30:00Z", true));
        at("2030-03-03T01:30:00Z", true).purge(PurgeRequest.of(ERASING, null, entry -> { }));
        List<ComplaintEvent> other = store.load(byDefault);
        assertEquals(PurgeRequest.DEFAULT_ERASER, other.get(other.size() - 1).actor());

        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> PurgeRequest.of(ERASING, null, entry -> { }).withEraser(null));
        assertEquals(List.of("eraser"), refused.violations().stream().map(v -> v.path()).toList());
    }

    @Test
    void aPurgeWithoutTheEnginesEraserRefusesAnErasingPolicy() {
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> new RetentionPurge(store,
                Clock.systemUTC()).run(PurgeRequest.of(ERASING, null, entry -> { })));
        assertEquals(ErrorCode.PURGE_REQUEST_INVALID, refused.code());
    }

    @Test
    void onlyAComplaintFileMayBeErased() {
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> ERASING.with(
                new RetentionRule(RecordKind.DEAD_NOTICE, Period.ofYears(1), Period.ZERO,
                        Disposal.ERASE_PERSONAL_DATA, "")));
        assertEquals(ErrorCode.RETENTION_POLICY_INVALID, refused.code());
        InvalidInputException orDelete = assertThrows(InvalidInputException.class, () -> ERASING.with(
                new RetentionRule(RecordKind.DEAD_NOTICE, Period.ofYears(1), Period.ZERO,
                        Disposal.ERASE_PERSONAL_DATA_OR_DELETE, "")));
        assertEquals(ErrorCode.RETENTION_POLICY_INVALID, orDelete.code());
    }
}
