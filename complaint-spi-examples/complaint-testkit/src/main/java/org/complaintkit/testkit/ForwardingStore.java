package org.complaintkit.testkit;

import org.complaintkit.spi.storage.CohortOrderRecord;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.complaintkit.api.command.IdempotencyKey;
import org.complaintkit.api.complaint.ComplaintId;
import org.complaintkit.api.event.ComplaintEvent;
import org.complaintkit.spi.storage.AppendRequest;
import org.complaintkit.spi.storage.CommandRecord;
import org.complaintkit.spi.storage.ComplaintPage;
import org.complaintkit.spi.storage.ComplaintQuery;
import org.complaintkit.spi.storage.ComplaintStore;
import org.complaintkit.spi.storage.IndexRow;
import org.complaintkit.spi.storage.OutboxEntry;
import org.complaintkit.spi.storage.OutboxStatus;
import org.complaintkit.spi.storage.ReportProjection;
import org.complaintkit.spi.storage.SealedEvent;
import org.complaintkit.spi.storage.StoredProjection;

/**
 * A store that passes every call to another; tests override the calls they want to watch or disturb. Report
 * projections are kept by the other store, but {@link #scanProjections} is left to the interface's default, which
 * hands every complaint's history from {@link #scan}: a subclass that watches or disturbs {@code scan} sees the
 * reports' reads too. A subclass that wants the projections read overrides it.
 */
public class ForwardingStore implements ComplaintStore {
    private final ComplaintStore delegate;

    public ForwardingStore(ComplaintStore delegate) {
        this.delegate = delegate;
    }

    @Override
    public List<ComplaintEvent> load(ComplaintId id) {
        return delegate.load(id);
    }

    @Override
    public List<SealedEvent> loadSealed(ComplaintId id) {
        return delegate.loadSealed(id);
    }

    @Override
    public Optional<IndexRow> indexRow(ComplaintId id) {
        return delegate.indexRow(id);
    }

    @Override
    public void append(AppendRequest request) {
        delegate.append(request);
    }

    @Override
    public Optional<CommandRecord> findCommand(IdempotencyKey key) {
        return delegate.findCommand(key);
    }

    @Override
    public ComplaintPage query(ComplaintQuery query) {
        return delegate.query(query);
    }

    @Override
    public void scan(ComplaintQuery filter, Consumer<List<ComplaintEvent>> visitor) {
        delegate.scan(filter, visitor);
    }

    @Override
    public boolean keepsProjections() {
        return delegate.keepsProjections();
    }

    @Override
    public Optional<StoredProjection> projection(ComplaintId id) {
        return delegate.projection(id);
    }

    @Override
    public boolean saveProjection(ComplaintId id, long version, ReportProjection projection) {
        return delegate.saveProjection(id, version, projection);
    }

    @Override
    public List<ComplaintId> leaseDue(Instant now, Instant until, int limit) {
        return delegate.leaseDue(now, until, limit);
    }

    @Override
    public List<OutboxEntry> leaseOutbox(Instant now, Instant until, int limit) {
        return delegate.leaseOutbox(now, until, limit);
    }

    @Override
    public Optional<OutboxEntry> outboxEntry(String dedupeKey) {
        return delegate.outboxEntry(dedupeKey);
    }

    @Override
    public List<OutboxEntry> outbox(ComplaintId id) {
        return delegate.outbox(id);
    }

    @Override
    public List<OutboxEntry> outboxByStatus(OutboxStatus status, String afterKey, int limit) {
        return delegate.outboxByStatus(status, afterKey, limit);
    }

    @Override
    public long countOutbox(OutboxStatus status) {
        return delegate.countOutbox(status);
    }

    @Override
    public Optional<CohortOrderRecord> cohortOrder(String reference) {
        return delegate.cohortOrder(reference);
    }

    @Override
    public List<CohortOrderRecord> standingCohortOrders() {
        return delegate.standingCohortOrders();
    }

    @Override
    public void saveCohortOrder(CohortOrderRecord record) {
        delegate.saveCohortOrder(record);
    }
}
