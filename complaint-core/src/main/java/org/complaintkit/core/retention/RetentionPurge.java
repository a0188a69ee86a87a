package org.complaintkit.core.retention;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.complaintkit.api.complaint.ComplaintId;
import org.complaintkit.api.complaint.ComplaintStatus;
import org.complaintkit.api.error.ErrorCode;
import org.complaintkit.api.error.StoreException;
import org.complaintkit.api.error.Violation;
import org.complaintkit.api.event.ComplaintEvent;
import org.complaintkit.api.retention.Disposal;
import org.complaintkit.api.retention.RecordKind;
import org.complaintkit.api.retention.RetentionRule;
import org.complaintkit.spi.retention.PurgedComplaint;
import org.complaintkit.spi.storage.ComplaintPage;
import org.complaintkit.spi.storage.ComplaintQuery;
import org.complaintkit.spi.storage.ComplaintStore;
import org.complaintkit.spi.storage.IndexRow;
import org.complaintkit.spi.storage.OutboxStatus;
import org.complaintkit.spi.storage.SealedEvent;
import org.complaintkit.core.erasure.PersonalDataProtection;
import org.complaintkit.api.error.InvalidInputException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The retention purge: a job, not a command. It deletes delivered outbox entries and dead letters and command
 * records whose period has run out, and disposes of closed complaints whose file has been kept long enough and on
 * which no legal hold stands: archived (if the policy says so), recorded in the ledger, then deleted whole.
 *
 * <p>Every write is a bounded batch in its own transaction, so a purge that stops (a crash, a failed archive) has
 * left whole batches behind and is restarted by running it again; it finds what is still due. A complaint's period
 * starts at the last change of its closed file (its index row's last change), never before its closure. A complaint
 * that changes between the purge's read and its delete is kept ({@code CMP-5072}, counted) and looked at next run.
 *
 * <p>Thread-safe; two purges at once delete each record once (the store's delete is conditional).
 */
public final class RetentionPurge {
    private static final Logger LOG = LoggerFactory.getLogger(RetentionPurge.class);
    /** Statuses a complaint's file is closed in. */
    private static final Set<ComplaintStatus> CLOSED = EnumSet.of(ComplaintStatus.CLOSED, ComplaintStatus.NOT_ACCEPTED,
            ComplaintStatus.WITHDRAWN, ComplaintStatus.MERGED);

    private final ComplaintStore store;
    private final Clock clock;
    private final Eraser eraser;

    /**
     * How the purge erases a complaint's personal data: through the engine's command, so the erasure is recorded
     * as every other (the engine passes {@code ErasePersonalData} executed as the system).
     */
    @FunctionalInterface
    public interface Eraser {
        /**
         * Erases a complaint's personal data.
         *
         * @param id the complaint
         * @param legalBasis the ground, the policy's rule
         * @param reason why
         * @throws org.complaintkit.api.error.CommandRefusedException coded PERSONAL_DATA_NOT_ENCRYPTED if the
         *     complaint's personal data is plain
         */
        void erase(ComplaintId id, String legalBasis, String reason);
    }

    /**
     * Creates a purge over a store.
     *
     * @param store the store; it must support purging (else every run is refused with {@code CMP-5070})
     * @param clock the engine's clock: periods are counted to its instant
     */
    public RetentionPurge(ComplaintStore store, Clock clock) {
        this(store, clock, null);
    }

    /**
     * Creates a purge over a store that can erase personal data.
     *
     * @param store the store; it must support purging (else every run is refused with {@code CMP-5070})
     * @param clock the engine's clock: periods are counted to its instant
     * @param eraser how to erase a complaint's personal data, or null if this purge cannot (a policy that erases
     *     is then refused, {@code CMP-1251})
     */
    public RetentionPurge(ComplaintStore store, Clock clock, Eraser eraser) {
        this.store = Objects.requireNonNull(store, "store");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.eraser = eraser;
    }

    /**
     * Runs the purge.
     *
     * @param request what to purge and how
     * @return what was done, or in a dry run what would be
     * @throws StoreException coded {@code PURGE_UNSUPPORTED} if the store cannot purge, {@code ARCHIVE_FAILED} if the
     *     archive or the ledger failed (the complaint is kept; run again), {@code STORE_FAILURE} otherwise
     */
    public PurgeReport run(PurgeRequest request) {
        Objects.requireNonNull(request, "request");
        Instant now = clock.instant();
        if (eraser == null && request.policy().rule(RecordKind.COMPLAINT_FILE).disposal().erases()) {
            throw InvalidInputException.of(ErrorCode.PURGE_REQUEST_INVALID, "policy", "the "
                    + request.policy().jurisdiction() + " policy erases personal data; run it through "
                    + "ComplaintEngine.purge, which erases through the engine's key store");
        }
        Tally tally = new Tally();
        tally.delivered = settled(request, RecordKind.DELIVERED_NOTICE, OutboxStatus.DELIVERED, now, tally);
        tally.dead = settled(request, RecordKind.DEAD_NOTICE, OutboxStatus.DEAD, now, tally);
        tally.commands = commands(request, now, tally);
        ComplaintId next = complaints(request, now, tally);
        PurgeReport report = new PurgeReport(now, request.dryRun(), tally.delivered, tally.dead, tally.commands,
                tally.examined, tally.archived, tally.deleted, tally.held, tally.changed, tally.batches, tally.purged,
                next, tally.erased, tally.notErasable);
        LOG.info("retention purge {}{}: {}", request.policy().jurisdiction(), request.dryRun() ? " (dry run)" : "",
                report.summary());
        return report;
    }

    /**
     * Erases an expired complaint's personal data, keeping its record: once (an erased complaint is passed over),
     * recorded in the ledger first, through the engine's command. A complaint kept plain cannot be erased so: it is
     * counted and logged by id, and the purge carries on.
     */
    private void erase(PurgeRequest request, RetentionRule rule, ComplaintId id, List<ComplaintEvent> events,
                       Instant periodStarted, Instant now, List<SealedEvent> history, Tally tally) {
        if (PersonalDataProtection.erased(events)) {
            return;
        }
        if (!PersonalDataProtection.encrypted(events)) {
            tally.notErasable++;
            LOG.warn("complaint {} is due for erasure under {} but keeps its personal data plain ({}); it cannot be "
                    + "crypto-shredded", id, request.policy().jurisdiction(), ErrorCode.PERSONAL_DATA_NOT_ENCRYPTED.code());
            return;
        }
        PurgedComplaint entry = new PurgedComplaint(id, request.policy().jurisdiction(), Disposal.ERASE_PERSONAL_DATA,
                periodStarted, now,
                history.size(), history.get(history.size() - 1).seal());
        if (request.dryRun()) {
            tally.erased++;
            tally.purged.add(entry);
            return;
        }
        try {
            request.ledger().record(entry);
        } catch (RuntimeException e) {
            throw new StoreException(List.of(new Violation(ErrorCode.ARCHIVE_FAILED, "complaintId", "complaint " + id
                    + " was not recorded in the ledger; it is not erased, and the purge stopped ("
                    + e.getClass().getSimpleName() + ")")), e);
        }
        String basis = "retention " + request.policy().jurisdiction();
        String reason = "retention period ended" + (rule.basis().isEmpty() ? "" : " (" + rule.basis() + ")");
        eraser.erase(id, basis.length() > 64 ? basis.substring(0, 64) : basis,
                reason.length() > 500 ? reason.substring(0, 500) : reason);
        tally.erased++;
        tally.purged.add(entry);
    }

    private static final class Tally {
        long delivered;
        long dead;
        long commands;
        long examined;
        long archived;
        long deleted;
        long held;
        long changed;
        long batches;
        long erased;
        long notErasable;
        final List<PurgedComplaint> purged = new ArrayList<>();
    }

    private long settled(PurgeRequest request, RecordKind kind, OutboxStatus status, Instant now, Tally tally) {
        RetentionRule rule = request.policy().rule(kind);
        if (!rule.expires()) {
            return 0;
        }
        Instant by = rule.startedBy(now);
        if (request.dryRun()) {
            tally.batches++;
            return store.countOutbox(status, by);
        }
        long total = 0;
        while (true) {
            int deleted = store.purgeOutbox(status, by, request.batchSize());
            tally.batches++;
            total += deleted;
            if (deleted < request.batchSize()) {
                return total;
            }
        }
    }

    private long commands(PurgeRequest request, Instant now, Tally tally) {
        RetentionRule rule = request.policy().rule(RecordKind.COMMAND_RECORD);
        if (!rule.expires()) {
            return 0;
        }
        Instant by = rule.startedBy(now);
        if (request.dryRun()) {
            tally.batches++;
            return store.countCommands(by);
        }
        long total = 0;
        while (true) {
            int deleted = store.purgeCommands(by, request.batchSize());
            tally.batches++;
            total += deleted;
            if (deleted < request.batchSize()) {
                return total;
            }
        }
    }

    /** Pages through the closed complaints; returns the cursor if the run stopped early, else null. */
    private ComplaintId complaints(PurgeRequest request, Instant now, Tally tally) {
        RetentionRule rule = request.policy().rule(RecordKind.COMPLAINT_FILE);
        if (!rule.expires()) {
            return null;
        }
        Instant startedBy = rule.startedBy(now);
        ComplaintQuery query = ComplaintQuery.all(request.batchSize()).withStatuses(CLOSED);
        if (request.after() != null) {
            query = query.after(request.after());
        }
        int taken = 0;
        while (true) {
            ComplaintPage page = store.query(query);
            tally.batches++;
            taken++;
            for (ComplaintId id : page.ids()) {
                tally.examined++;
                dispose(request, rule, id, startedBy, now, tally);
            }
            if (page.next().isEmpty()) {
                return null;
            }
            if (request.maxBatches() > 0 && taken >= request.maxBatches()) {
                return page.ids().get(page.ids().size() - 1);
            }
            query = query.after(page.next().get());
        }
    }

    private void dispose(PurgeRequest request, RetentionRule rule, ComplaintId id, Instant startedBy, Instant now,
                         Tally tally) {
        Optional<IndexRow> row = store.indexRow(id);
        if (row.isEmpty() || row.get().index() == null) {
            return;
        }
        Instant periodStarted = row.get().index().lastChangedAt();
        if (periodStarted.isAfter(startedBy) || !CLOSED.contains(row.get().index().status())) {
            return;
        }
        List<SealedEvent> history = store.loadSealed(id);
        if (history.isEmpty()) {
            return;
        }
        List<ComplaintEvent> events = new ArrayList<>(history.size());
        for (SealedEvent sealed : history) {
            if (sealed.event() != null) {
                events.add(sealed.event());
            }
        }
        if (LegalHolds.held(events)) {
            tally.held++;
            return;
        }
        boolean plain = !PersonalDataProtection.encrypted(events) && !PersonalDataProtection.erased(events);
        Disposal disposal = rule.disposal();
        if (disposal == Disposal.ERASE_PERSONAL_DATA_OR_DELETE && plain) {
            disposal = Disposal.DELETE;
        } else if (disposal.erases()) {
            erase(request, rule, id, events, periodStarted, now, history, tally);
            return;
        }
        long version = row.get().version();
        PurgedComplaint entry = new PurgedComplaint(id, request.policy().jurisdiction(), disposal,
                periodStarted, now,
                history.size(), history.get(history.size() - 1).seal());
        boolean archive = disposal == Disposal.ARCHIVE_THEN_DELETE;
        if (request.dryRun()) {
            tally.archived += archive ? 1 : 0;
            tally.deleted++;
            tally.purged.add(entry);
            return;
        }
        try {
            if (archive) {
                request.archive().archive(id, history);
            }
            request.ledger().record(entry);
        } catch (RuntimeException e) {
            throw new StoreException(List.of(new Violation(ErrorCode.ARCHIVE_FAILED,
                    "complaintId", "complaint " + id + " was not " + (archive ? "archived" : "recorded in the ledger")
                    + "; it is kept, and the purge stopped (" + e.getClass().getSimpleName() + ")")), e);
        }
        tally.archived += archive ? 1 : 0;
        try {
            if (store.deleteComplaint(id, version)) {
                tally.deleted++;
                tally.purged.add(entry);
            }
        } catch (StoreException e) {
            if (e.code() != ErrorCode.PURGE_CONFLICT) {
                throw e;
            }
            tally.changed++;
        }
    }
}
