package org.complaintkit.core.engine;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.complaintkit.api.complaint.ComplaintId;
import org.complaintkit.core.store.InMemoryComplaintStore;
import org.complaintkit.spi.storage.ComplaintIndex;
import org.complaintkit.spi.storage.IndexRow;
import org.complaintkit.spi.storage.OutboxEntry;
import org.complaintkit.testkit.ForwardingStore;

/**
 * The in-memory store as an insider with write access to a database would leave it: index rows and outbox
 * entries edited in place. The edits hold until the engine writes the row or entry again, as an edited row
 * would; every read the engine makes (queries, sweep leases, the dispatcher's leases) sees them.
 */
final class EditedStore extends ForwardingStore {
    private final Map<ComplaintId, ComplaintIndex> indexes = new ConcurrentHashMap<>();
    private final Map<String, OutboxEntry> notices = new ConcurrentHashMap<>();

    EditedStore() {
        super(new InMemoryComplaintStore());
    }

    /** Edits a complaint's index row. */
    void editIndex(ComplaintId id, ComplaintIndex edited) {
        indexes.put(id, edited);
    }

    /** Edits an outbox entry in place, found by its key. */
    void editNotice(OutboxEntry edited) {
        notices.put(edited.dedupeKey(), edited);
    }

    @Override
    public void append(org.complaintkit.spi.storage.AppendRequest request) {
        super.append(request);
        indexes.remove(request.complaintId());
        request.outbox().forEach(entry -> notices.remove(entry.dedupeKey()));
    }

    @Override
    public Optional<IndexRow> indexRow(ComplaintId id) {
        return super.indexRow(id).map(row -> indexes.containsKey(id) ? new IndexRow(row.version(), indexes.get(id))
                : row);
    }

    @Override
    public List<ComplaintId> leaseDue(Instant now, Instant until, int limit) {
        List<ComplaintId> leased = new ArrayList<>(super.leaseDue(now, until, limit));
        leased.removeIf(id -> indexes.containsKey(id) && (indexes.get(id).nextDueAt() == null
                || indexes.get(id).nextDueAt().isAfter(now)));
        return leased;
    }

    @Override
    public List<OutboxEntry> leaseOutbox(Instant now, Instant until, int limit) {
        return super.leaseOutbox(now, until, limit).stream().map(entry -> edited(entry).withLease(until)).toList();
    }

    @Override
    public Optional<OutboxEntry> outboxEntry(String dedupeKey) {
        return super.outboxEntry(dedupeKey).map(this::edited);
    }

    @Override
    public List<OutboxEntry> outbox(ComplaintId id) {
        return super.outbox(id).stream().map(this::edited).toList();
    }

    private OutboxEntry edited(OutboxEntry stored) {
        OutboxEntry edit = notices.get(stored.dedupeKey());
        return edit == null ? stored : new OutboxEntry(stored.dedupeKey(), stored.complaintId(), edit.sourceSequence(),
                edit.notification(), stored.status(), stored.attempts(), stored.createdAt(), stored.nextAttemptAt(),
                stored.leasedUntil(), stored.lastFailure());
    }
}
