package org.complaintkit.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.complaintkit.api.command.AddCaseNote;
import org.complaintkit.api.command.CommandResult;
import org.complaintkit.api.command.CommandType;
import org.complaintkit.api.command.IdempotencyKey;
import org.complaintkit.api.command.LiftLegalHold;
import org.complaintkit.api.command.PlaceLegalHold;
import org.complaintkit.api.casework.NoteKind;
import org.complaintkit.api.complaint.ComplaintId;
import org.complaintkit.api.complaint.Sensitive;
import org.complaintkit.api.error.ErrorCode;
import org.complaintkit.api.error.StoreException;
import org.complaintkit.api.retention.Disposal;
import org.complaintkit.api.retention.RecordKind;
import org.complaintkit.api.retention.RetentionPolicy;
import org.complaintkit.api.retention.RetentionRule;
import org.complaintkit.core.calendar.BusinessCalendar;
import org.complaintkit.core.calendar.CalendarFile;
import org.complaintkit.core.engine.ComplaintEngine;
import org.complaintkit.core.engine.NotificationDispatcher;
import org.complaintkit.core.erasure.InMemoryPersonalDataKeys;
import org.complaintkit.core.notification.NotificationSetup;
import org.complaintkit.core.retention.PurgeReport;
import org.complaintkit.core.retention.PurgeRequest;
import org.complaintkit.core.sla.preset.ChinaCbirc;
import org.complaintkit.spi.retention.PurgeLedger;
import org.complaintkit.spi.retention.PurgedComplaint;
import org.complaintkit.spi.retention.RetentionArchive;
import org.complaintkit.spi.storage.ComplaintStore;
import org.complaintkit.spi.storage.OutboxStatus;
import org.complaintkit.spi.storage.SealedEvent;
import org.junit.jupiter.api.Test;

/**
 * The retention purge on one store (issue 27 item 4): extend it and supply {@link #newStore()}. Each test asks for a
 * new, empty store, runs an engine with notices on it at a simulated clock, and checks that the purge disposes of
 * exactly what the policy says, never of a held complaint, writes nothing in a dry run, works in bounded batches and
 * finishes what a failed run left when it is run again, and leaves every other complaint's chain intact.
 */
public abstract class RetentionContract {
    /** A complaint manager: the standard access policy lets only them hold a file. */
    protected static final org.complaintkit.api.organisation.Actor MANAGER = Soak.MANAGER;

    /**
     * Creates a new, empty store for one test.
     *
     * @return the store
     */
    protected abstract ComplaintStore newStore();

    /** A policy with short periods, for tests: files 30 days, notices and command records 7 days. */
    public static RetentionPolicy shortPolicy(Disposal files) {
        return new RetentionPolicy("TEST", List.of(
                new RetentionRule(RecordKind.COMPLAINT_FILE, Period.ofDays(30), Period.ZERO, files, "test"),
                RetentionRule.of(RecordKind.DELIVERED_NOTICE, Period.ofDays(7), Disposal.DELETE),
                RetentionRule.of(RecordKind.DEAD_NOTICE, Period.ofDays(7), Disposal.DELETE),
                RetentionRule.of(RecordKind.COMMAND_RECORD, Period.ofDays(7), Disposal.DELETE)));
    }

    /** An archive that keeps what it is given, by complaint, and can be made to fail. */
    public static final class MemoryArchive implements RetentionArchive {
        final Map<ComplaintId, List<SealedEvent>> files = new HashMap<>();
        final AtomicInteger calls = new AtomicInteger();
        int failFrom = Integer.MAX_VALUE;

        @Override
        public synchronized void archive(ComplaintId id, List<SealedEvent> history) {
            if (calls.incrementAndGet() >= failFrom) {
                throw new IllegalStateException("archive volume full");
            }
            files.put(id, List.copyOf(history));
        }
    }

    /** A ledger that keeps its entries. */
    public static final class MemoryLedger implements PurgeLedger {
        final List<PurgedComplaint> entries = new ArrayList<>();

        @Override
        public synchronized void record(PurgedComplaint entry) {
            entries.add(entry);
        }
    }

    final MutableClock clock = MutableClock.at("2026-03-02T01:30:00Z");
    ComplaintStore store;
    ComplaintEngine engine;
    NotificationDispatcher dispatcher;
    final Map<ComplaintId, IdempotencyKey> lastKeys = new HashMap<>();

    private void start() {
        store = newStore();
        engine = ComplaintEngine.builder().clock(clock).store(store).discoverPlugins(false)
                .calendar(BusinessCalendar.of(CalendarFile.mainlandChina())).policies(ChinaCbirc.policy())
                .notifications(NotificationSetup.standard()).build();
        dispatcher = NotificationDispatcher.builder(engine).sender(ScriptedReceiver.reliable()).build();
    }

    /** An engine over the same store that keeps personal data encrypted, its keys in memory. */
    private ComplaintEngine keyed() {
        return ComplaintEngine.builder().clock(clock).store(store).discoverPlugins(false)
                .calendar(BusinessCalendar.of(CalendarFile.mainlandChina())).policies(ChinaCbirc.policy())
                .notifications(NotificationSetup.standard()).personalDataKeys(new InMemoryPersonalDataKeys()).build();
    }

    private CommandResult run(CommandType type, ComplaintId id) {
        IdempotencyKey key = Fixtures.key();
        lastKeys.put(id, key);
        org.complaintkit.api.organisation.Actor actor = switch (type) {
            case ASSIGN -> MANAGER;
            case APPROVE_RESOLUTION -> Fixtures.APPROVER;
            default -> Fixtures.HANDLER;
        };
        return engine.execute(Commands.of(type, id, actor, key, new Commands.Payload(null, null,
                type == CommandType.ASSIGN ? Fixtures.HANDLER_ID : null, null, "complex", null)));
    }

    /** The usual path from registration to the answer, as the other harnesses take it. */
    public static final List<CommandType> PATH = List.of(CommandType.ACCEPT, CommandType.ASSIGN,
            CommandType.START_INVESTIGATION, CommandType.PROPOSE_RESOLUTION, CommandType.APPROVE_RESOLUTION,
            CommandType.RESPOND);

    /** A complaint handled, answered and closed now, its notices delivered. */
    private ComplaintId closed() {
        ComplaintId id = engine.execute(Fixtures.registration(clock.instant())).complaintId();
        for (CommandType type : PATH) {
            if (type != CommandType.APPROVE_RESOLUTION
                    || engine.hostReads().find(id).orElseThrow().status()
                    == org.complaintkit.api.complaint.ComplaintStatus.AWAITING_APPROVAL) {
                run(type, id);
            }
        }
        run(CommandType.CLOSE, id);
        dispatcher.dispatchDue();
        return id;
    }

    /** A complaint accepted and left open, its notices delivered. */
    private ComplaintId open() {
        ComplaintId id = engine.execute(Fixtures.registration(clock.instant())).complaintId();
        run(CommandType.ACCEPT, id);
        dispatcher.dispatchDue();
        return id;
    }

    @Test
    void anExpiredClosedComplaintIsArchivedRecordedAndDeletedWholeWhileOthersStayIntact() {
        start();
        ComplaintId expired = closed();
        IdempotencyKey expiredKey = lastKeys.get(expired);
        ComplaintId stillOpen = open();
        clock.advance(Duration.ofDays(20));
        ComplaintId recent = closed();
        clock.advance(Duration.ofDays(11));
        List<SealedEvent> before = store.loadSealed(expired);
        assertFalse(store.outbox(expired).isEmpty(), "the expired complaint had notices");

        MemoryArchive archive = new MemoryArchive();
        MemoryLedger ledger = new MemoryLedger();
        PurgeReport report = engine.purge(PurgeRequest.of(shortPolicy(Disposal.ARCHIVE_THEN_DELETE), archive, ledger));

        assertEquals(1, report.complaintsDeleted(), "only the complaint closed 31 days ago is due");
        assertEquals(Set.of(expired), archive.files.keySet());
        assertEquals(before, archive.files.get(expired), "the archive got the sealed history as stored");
        assertEquals(1, ledger.entries.size());
        PurgedComplaint entry = ledger.entries.get(0);
        assertEquals(expired, entry.complaintId());
        assertEquals(before.get(before.size() - 1).seal(), entry.lastSeal(), "the ledger names the chain's head");
        assertEquals(before.size(), entry.events());
        assertFalse(entry.toString().contains(Fixtures.NAME), "the ledger holds no personal data");
        assertTrue(store.load(expired).isEmpty(), "its events are gone");
        assertTrue(store.indexRow(expired).isEmpty(), "its index row is gone");
        assertTrue(store.outbox(expired).isEmpty(), "its outbox entries are gone");
        assertTrue(store.findCommand(expiredKey).isEmpty(), "its command records are gone");
        for (ComplaintId other : List.of(stillOpen, recent)) {
            assertFalse(store.load(other).isEmpty());
            assertTrue(engine.verify(other).intact(), "another complaint's chain is untouched");
        }
        assertTrue(report.finished());
        assertEquals(0, engine.purge(PurgeRequest.of(shortPolicy(Disposal.ARCHIVE_THEN_DELETE), archive, ledger))
                .complaintsDeleted(), "a second run finds nothing more");
    }

    @Test
    void aHeldComplaintIsNeverPurgedUntilItsHoldIsLifted() {
        start();
        ComplaintId held = closed();
        engine.execute(PlaceLegalHold.of(held, MANAGER, Fixtures.key(), "LH-1", "court order 2026-17"));
        clock.advance(Duration.ofDays(400));
        MemoryArchive archive = new MemoryArchive();
        PurgeRequest request = PurgeRequest.of(shortPolicy(Disposal.ARCHIVE_THEN_DELETE), archive, PurgeLedger.none());
        PurgeReport report = engine.purge(request);
        assertEquals(1, report.complaintsHeld());
        assertEquals(0, report.complaintsDeleted());
        assertFalse(store.load(held).isEmpty(), "a held file is kept past its retention");
        assertTrue(archive.files.isEmpty());

        engine.execute(LiftLegalHold.of(held, MANAGER, Fixtures.key(), "court order discharged"));
        assertEquals(0, engine.purge(request).complaintsDeleted(), "lifting the hold is a change: the period starts"
                + " again from it");
        clock.advance(Duration.ofDays(31));
        assertEquals(1, engine.purge(request).complaintsDeleted(), "once its period has run out after the lift");
        assertTrue(store.load(held).isEmpty());
    }

    @Test
    void aDryRunCountsWhatARealRunThenDoesAndWritesNothing() {
        start();
        closed();
        closed();
        open();
        clock.advance(Duration.ofDays(31));
        MemoryArchive archive = new MemoryArchive();
        MemoryLedger ledger = new MemoryLedger();
        PurgeRequest request = PurgeRequest.of(shortPolicy(Disposal.ARCHIVE_THEN_DELETE), archive, ledger);
        long outbox = store.countOutbox(OutboxStatus.DELIVERED, Instant.MAX);
        long commands = store.countCommands(Instant.MAX);

        PurgeReport dry = engine.purge(request.asDryRun());
        assertTrue(dry.dryRun());
        assertEquals(2, dry.complaintsDeleted());
        assertTrue(archive.files.isEmpty() && ledger.entries.isEmpty(), "a dry run archives and records nothing");
        assertEquals(outbox, store.countOutbox(OutboxStatus.DELIVERED, Instant.MAX), "nor deletes a notice");
        assertEquals(commands, store.countCommands(Instant.MAX), "nor a command record");

        PurgeReport real = engine.purge(request);
        assertEquals(dry.complaintsDeleted(), real.complaintsDeleted());
        assertEquals(dry.complaintsArchived(), real.complaintsArchived());
        assertEquals(dry.deliveredNotices(), real.deliveredNotices());
        assertEquals(dry.commandRecords(), real.commandRecords());
    }

    @Test
    void deliveredNoticesAndCommandRecordsGoAfterTheirOwnRetentionAndAResendIsThenNew() {
        start();
        ComplaintId id = open();
        AddCaseNote note = AddCaseNote.of(id, Fixtures.HANDLER, Fixtures.key(), NoteKind.INTERVIEW,
                Sensitive.of("询问柜员"));
        engine.execute(note);
        assertTrue(engine.execute(note).replayed(), "within its retention a resend replays");
        long delivered = store.countOutbox(OutboxStatus.DELIVERED, Instant.MAX);
        assertTrue(delivered > 0, "acceptance sent notices");
        clock.advance(Duration.ofDays(6));
        PurgeRequest request = PurgeRequest.of(shortPolicy(Disposal.DELETE), null, PurgeLedger.none());
        PurgeReport early = engine.purge(request);
        assertEquals(0, early.deliveredNotices() + early.commandRecords(), "nothing is due before 7 days");

        clock.advance(Duration.ofDays(2));
        PurgeReport due = engine.purge(request);
        assertEquals(delivered, due.deliveredNotices());
        assertEquals(0, store.countOutbox(OutboxStatus.DELIVERED, Instant.MAX));
        assertTrue(store.findCommand(note.idempotencyKey()).isEmpty());
        assertEquals(0, due.complaintsDeleted(), "an open complaint is never disposed of");
        assertTrue(engine.verify(id).intact(), "the history, with its proofs of delivery, is untouched");
        assertFalse(engine.execute(note).replayed(), "after its record is purged the same key is a new command");
    }

    @Test
    void aPurgeStoppedByAFailingArchiveIsFinishedByRunningItAgainAndDeletesEachComplaintOnce() {
        start();
        List<ComplaintId> ids = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            ids.add(closed());
        }
        ComplaintId open = open();
        clock.advance(Duration.ofDays(31));
        MemoryArchive archive = new MemoryArchive();
        archive.failFrom = 4;
        MemoryLedger ledger = new MemoryLedger();
        PurgeRequest request = PurgeRequest.of(shortPolicy(Disposal.ARCHIVE_THEN_DELETE), archive, ledger)
                .withBatchSize(2);
        StoreException failed = assertThrows(StoreException.class, () -> engine.purge(request));
        assertEquals(ErrorCode.ARCHIVE_FAILED, failed.code());
        long left = ids.stream().filter(id -> !store.load(id).isEmpty()).count();
        assertEquals(4, left, "three were archived and deleted; the fourth, whose archive failed, is kept");

        archive.failFrom = Integer.MAX_VALUE;
        PurgeReport rest = engine.purge(request);
        assertEquals(4, rest.complaintsDeleted());
        assertTrue(ids.stream().allMatch(id -> store.load(id).isEmpty()), "every due complaint is gone");
        assertEquals(new HashSet<>(ids), archive.files.keySet(), "and every one was archived");
        assertEquals(7, ledger.entries.size(), "each recorded once");
        assertTrue(engine.verify(open).intact());
    }

    @Test
    void aRunBoundedInBatchesCarriesOnFromItsCursor() {
        start();
        for (int i = 0; i < 5; i++) {
            closed();
        }
        clock.advance(Duration.ofDays(31));
        PurgeRequest request = PurgeRequest.of(shortPolicy(Disposal.DELETE), null, PurgeLedger.none())
                .withBatchSize(2).withMaxBatches(1);
        PurgeReport first = engine.purge(request);
        assertEquals(2, first.complaintsDeleted(), "one batch of two");
        assertFalse(first.finished());
        assertNotNull(first.next());
        long deleted = first.complaintsDeleted();
        PurgeReport report = first;
        while (!report.finished()) {
            report = engine.purge(request.withAfter(report.next()));
            deleted += report.complaintsDeleted();
        }
        assertEquals(5, deleted);
    }

    @Test
    void aStoreThatCannotPurgeSaysSoWithItsCode() {
        start();
        closed();
        ComplaintStore plain = PlainStore.over(store);
        ComplaintEngine onPlain = ComplaintEngine.builder().clock(clock).store(plain).discoverPlugins(false).build();
        clock.advance(Duration.ofDays(31));
        StoreException refused = assertThrows(StoreException.class, () -> onPlain.purge(
                PurgeRequest.of(shortPolicy(Disposal.DELETE), null, PurgeLedger.none())));
        assertEquals(ErrorCode.PURGE_UNSUPPORTED, refused.code());
    }

    @Test
    void underEraseOrDeleteAPlainComplaintIsDeletedWholeAndAnEncryptedOneErasedKeepingItsRecord() {
        start();
        ComplaintId plain = closed();
        engine = keyed();
        dispatcher = NotificationDispatcher.builder(engine).sender(ScriptedReceiver.reliable()).build();
        ComplaintId encrypted = closed();
        clock.advance(Duration.ofDays(40));
        MemoryLedger ledger = new MemoryLedger();

        PurgeReport report = engine.purge(PurgeRequest.of(shortPolicy(Disposal.ERASE_PERSONAL_DATA_OR_DELETE), null,
                ledger));

        assertEquals(1, report.complaintsDeleted(), report.summary());
        assertEquals(1, report.complaintsErased(), report.summary());
        assertEquals(0, report.complaintsNotErasable(), report.summary());
        assertTrue(store.load(plain).isEmpty(), "the plain complaint is deleted whole");
        assertTrue(store.indexRow(plain).isEmpty());
        assertFalse(store.load(encrypted).isEmpty(), "the encrypted one keeps its record");
        assertTrue(engine.hostReads().find(encrypted).orElseThrow().registration().complainant().name().isErased());
        assertTrue(engine.verify(encrypted).intact());
        Map<ComplaintId, Disposal> done = new HashMap<>();
        ledger.entries.forEach(e -> done.put(e.complaintId(), e.disposal()));
        assertEquals(Map.of(plain, Disposal.DELETE, encrypted, Disposal.ERASE_PERSONAL_DATA), done);
    }
}
