package org.complaintkit.sample;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.complaintkit.api.command.IdempotencyKey;
import org.complaintkit.api.complaint.ComplaintId;
import org.complaintkit.api.error.ErrorCode;
import org.complaintkit.api.error.StoreException;
import org.complaintkit.api.event.ComplaintEvent;
import org.complaintkit.spi.storage.AppendRequest;
import org.complaintkit.spi.storage.CohortOrderRecord;
import org.complaintkit.spi.storage.CommandRecord;
import org.complaintkit.spi.storage.ComplaintPage;
import org.complaintkit.spi.storage.ComplaintQuery;
import org.complaintkit.spi.storage.ComplaintStore;
import org.complaintkit.spi.storage.IndexRow;
import org.complaintkit.spi.storage.OutboxEntry;
import org.complaintkit.spi.storage.OutboxStatus;
import org.complaintkit.spi.storage.SealedEvent;
import org.complaintkit.spi.storage.ReportProjection;
import org.complaintkit.spi.storage.StoredProjection;
import org.complaintkit.spi.storage.ScannedComplaint;

/**
 * The store the engine writes, with HTTP's {@code If-Match} laid over the store's own optimistic check: while a
 * request that sent {@code If-Match: "7"} runs its command ({@link #expecting}), an append to that complaint at any
 * other version than 7 fails with {@link ErrorCode#VERSION_CONFLICT}, and nothing is stored. A retry with the same
 * idempotency key appends nothing (the engine replays the first result), so it is answered as before even though
 * the complaint's version has moved on. Every other call goes to the store unchanged.
 */
final class IfMatchStore implements ComplaintStore {
    private static final ThreadLocal<Long> EXPECTED = new ThreadLocal<>();
    private final ComplaintStore store;

    IfMatchStore(ComplaintStore store) {
        this.store = store;
    }

    /**
     * Runs work with appends held to a version, when one is given.
     *
     * @param version the version the client last saw, or empty for no condition
     * @param work the command
     * @param <T> what the work returns
     * @return what the work returned
     */
    static <T> T expecting(OptionalLong version, Supplier<T> work) {
        if (version.isEmpty()) {
            return work.get();
        }
        EXPECTED.set(version.getAsLong());
        try {
            return work.get();
        } finally {
            EXPECTED.remove();
        }
    }

    @Override
    public void append(AppendRequest request) {
        Long expected = EXPECTED.get();
        if (expected != null && request.expectedVersion() != expected) {
            throw StoreException.of(ErrorCode.VERSION_CONFLICT, "If-Match",
                    "the complaint is at version " + request.expectedVersion() + ", not " + expected
                            + " as the request expected; read it again and decide anew");
        }
        store.append(request);
    }

    @Override
    public List<ComplaintEvent> load(ComplaintId id) {
        return store.load(id);
    }

    @Override
    public List<SealedEvent> loadSealed(ComplaintId id) {
        return store.loadSealed(id);
    }

    @Override
    public Optional<IndexRow> indexRow(ComplaintId id) {
        return store.indexRow(id);
    }

    @Override
    public Optional<CommandRecord> findCommand(IdempotencyKey key) {
        return store.findCommand(key);
    }

    @Override
    public ComplaintPage query(ComplaintQuery query) {
        return store.query(query);
    }

    @Override
    public List<ComplaintId> leaseDue(Instant now, Instant until, int limit) {
        return store.leaseDue(now, until, limit);
    }

    @Override
    public void scan(ComplaintQuery filter, Consumer<List<ComplaintEvent>> visitor) {
        store.scan(filter, visitor);
    }

    @Override
    public List<OutboxEntry> leaseOutbox(Instant now, Instant until, int limit) {
        return store.leaseOutbox(now, until, limit);
    }

    @Override
    public Optional<OutboxEntry> outboxEntry(String dedupeKey) {
        return store.outboxEntry(dedupeKey);
    }

    @Override
    public List<OutboxEntry> outbox(ComplaintId id) {
        return store.outbox(id);
    }

    @Override
    public List<OutboxEntry> outboxByStatus(OutboxStatus status, String afterKey, int limit) {
        return store.outboxByStatus(status, afterKey, limit);
    }

    @Override
    public long countOutbox(OutboxStatus status) {
        return store.countOutbox(status);
    }

    @Override
    public Optional<CohortOrderRecord> cohortOrder(String reference) {
        return store.cohortOrder(reference);
    }

    @Override
    public List<CohortOrderRecord> standingCohortOrders() {
        return store.standingCohortOrders();
    }

    @Override
    public void saveCohortOrder(CohortOrderRecord record) {
        store.saveCohortOrder(record);
    }

    @Override
    public boolean keepsProjections() {
        return store.keepsProjections();
    }

    @Override
    public void scanProjections(ComplaintQuery filter, int revision, Consumer<ScannedComplaint> visitor) {
        store.scanProjections(filter, revision, visitor);
    }

    @Override
    public Optional<StoredProjection> projection(ComplaintId id) {
        return store.projection(id);
    }

    @Override
    public boolean saveProjection(ComplaintId id, long version, ReportProjection projection) {
        return store.saveProjection(id, version, projection);
    }

    @Override
    public boolean deleteComplaint(ComplaintId id, long expectedVersion) {
        return store.deleteComplaint(id, expectedVersion);
    }

    @Override
    public int purgeOutbox(OutboxStatus status, Instant createdBy, int limit) {
        return store.purgeOutbox(status, createdBy, limit);
    }

    @Override
    public int purgeCommands(Instant appliedBy, int limit) {
        return store.purgeCommands(appliedBy, limit);
    }

    @Override
    public long countCommands(Instant appliedBy) {
        return store.countCommands(appliedBy);
    }

    @Override
    public long countOutbox(OutboxStatus status, Instant createdBy) {
        return store.countOutbox(status, createdBy);
    }
}
