package org.complaintkit.spi.storage;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.complaintkit.api.command.IdempotencyKey;
import org.complaintkit.api.complaint.ComplaintId;
import org.complaintkit.api.event.ComplaintEvent;

/**
 * A store that passes every call to another, its delegate: the base of a decorator that changes a few calls (checks
 * an append, watches a read, decrypts what it loads) and overrides only those. Every method of
 * {@link ComplaintStore} is forwarded here, the SPI's default ones too, so that a decorator never answers with a
 * default (reports folding, a purge refused) where the store behind it can do more. A test in this module fails when
 * a method added to {@code ComplaintStore} is not forwarded.
 *
 * <pre>{@code
 * final class AuditedStore extends ForwardingComplaintStore {
 *     AuditedStore(ComplaintStore store) {
 *         super(store);
 *     }
 *
 *     @Override
 *     public void append(AppendRequest request) {
 *         audit.appending(request.complaintId());
 *         super.append(request);
 *     }
 * }
 * }</pre>
 *
 * <p>A forwarding store is as thread-safe as its delegate and the overrides its subclass adds.
 */
public abstract class ForwardingComplaintStore implements ComplaintStore {
    private final ComplaintStore delegate;

    /**
     * Forwards to a store.
     *
     * @param delegate the store every call goes to unless a subclass overrides it
     */
    protected ForwardingComplaintStore(ComplaintStore delegate) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
    }

    /**
     * Returns the store every call goes to.
     *
     * @return the delegate
     */
    protected final ComplaintStore delegate() {
        return delegate;
    }

    /**
     * Forwards {@link ComplaintStore#load}.
     *
     * @param id the complaint
     * @return the delegate's answer
     */
    @Override
    public List<ComplaintEvent> load(ComplaintId id) {
        return delegate.load(id);
    }

    /**
     * Forwards {@link ComplaintStore#loadSealed}.
     *
     * @param id the complaint
     * @return the delegate's answer
     */
    @Override
    public List<SealedEvent> loadSealed(ComplaintId id) {
        return delegate.loadSealed(id);
    }

    /**
     * Forwards {@link ComplaintStore#indexRow}.
     *
     * @param id the complaint
     * @return the delegate's answer
     */
    @Override
    public Optional<IndexRow> indexRow(ComplaintId id) {
        return delegate.indexRow(id);
    }

    /**
     * Forwards {@link ComplaintStore#append}.
     *
     * @param request what to append
     */
    @Override
    public void append(AppendRequest request) {
        delegate.append(request);
    }

    /**
     * Forwards {@link ComplaintStore#findCommand}.
     *
     * @param key the idempotency key
     * @return the delegate's answer
     */
    @Override
    public Optional<CommandRecord> findCommand(IdempotencyKey key) {
        return delegate.findCommand(key);
    }

    /**
     * Forwards {@link ComplaintStore#query}.
     *
     * @param query the filter and page
     * @return the delegate's answer
     */
    @Override
    public ComplaintPage query(ComplaintQuery query) {
        return delegate.query(query);
    }

    /**
     * Forwards {@link ComplaintStore#leaseDue}.
     *
     * @param now the sweep's instant
     * @param until the end of the leases taken
     * @param limit the most complaints to lease
     * @return the delegate's answer
     */
    @Override
    public List<ComplaintId> leaseDue(Instant now, Instant until, int limit) {
        return delegate.leaseDue(now, until, limit);
    }

    /**
     * Forwards {@link ComplaintStore#scan}.
     *
     * @param filter which complaints
     * @param visitor receives each complaint's events
     */
    @Override
    public void scan(ComplaintQuery filter, Consumer<List<ComplaintEvent>> visitor) {
        delegate.scan(filter, visitor);
    }

    /**
     * Forwards {@link ComplaintStore#keepsProjections}.
     *
     * @return the delegate's answer
     */
    @Override
    public boolean keepsProjections() {
        return delegate.keepsProjections();
    }

    /**
     * Forwards {@link ComplaintStore#scanProjections}.
     *
     * @param filter which complaints
     * @param revision the projection revision the caller reads
     * @param visitor receives each complaint
     */
    @Override
    public void scanProjections(ComplaintQuery filter, int revision, Consumer<ScannedComplaint> visitor) {
        delegate.scanProjections(filter, revision, visitor);
    }

    /**
     * Forwards {@link ComplaintStore#projection}.
     *
     * @param id the complaint
     * @return the delegate's answer
     */
    @Override
    public Optional<StoredProjection> projection(ComplaintId id) {
        return delegate.projection(id);
    }

    /**
     * Forwards {@link ComplaintStore#saveProjection}.
     *
     * @param id the complaint
     * @param version the version the projection was built from
     * @param projection the projection
     * @return the delegate's answer
     */
    @Override
    public boolean saveProjection(ComplaintId id, long version, ReportProjection projection) {
        return delegate.saveProjection(id, version, projection);
    }

    /**
     * Forwards {@link ComplaintStore#leaseOutbox}.
     *
     * @param now the instant
     * @param until the end of the leases taken
     * @param limit the most entries to lease
     * @return the delegate's answer
     */
    @Override
    public List<OutboxEntry> leaseOutbox(Instant now, Instant until, int limit) {
        return delegate.leaseOutbox(now, until, limit);
    }

    /**
     * Forwards {@link ComplaintStore#outboxEntry}.
     *
     * @param dedupeKey the key
     * @return the delegate's answer
     */
    @Override
    public Optional<OutboxEntry> outboxEntry(String dedupeKey) {
        return delegate.outboxEntry(dedupeKey);
    }

    /**
     * Forwards {@link ComplaintStore#outbox}.
     *
     * @param id the complaint
     * @return the delegate's answer
     */
    @Override
    public List<OutboxEntry> outbox(ComplaintId id) {
        return delegate.outbox(id);
    }

    /**
     * Forwards {@link ComplaintStore#outboxByStatus}.
     *
     * @param status the status
     * @param afterKey the last key of the previous page, or null for the first page
     * @param limit the largest page
     * @return the delegate's answer
     */
    @Override
    public List<OutboxEntry> outboxByStatus(OutboxStatus status, String afterKey, int limit) {
        return delegate.outboxByStatus(status, afterKey, limit);
    }

    /**
     * Forwards {@link ComplaintStore#countOutbox(OutboxStatus)}.
     *
     * @param status the status
     * @return the delegate's answer
     */
    @Override
    public long countOutbox(OutboxStatus status) {
        return delegate.countOutbox(status);
    }

    /**
     * Forwards {@link ComplaintStore#cohortOrder}.
     *
     * @param reference the order's reference
     * @return the delegate's answer
     */
    @Override
    public Optional<CohortOrderRecord> cohortOrder(String reference) {
        return delegate.cohortOrder(reference);
    }

    /**
     * Forwards {@link ComplaintStore#standingCohortOrders}.
     *
     * @return the delegate's answer
     */
    @Override
    public List<CohortOrderRecord> standingCohortOrders() {
        return delegate.standingCohortOrders();
    }

    /**
     * Forwards {@link ComplaintStore#saveCohortOrder}.
     *
     * @param record the record to store
     */
    @Override
    public void saveCohortOrder(CohortOrderRecord record) {
        delegate.saveCohortOrder(record);
    }

    /**
     * Forwards {@link ComplaintStore#deleteComplaint}.
     *
     * @param id the complaint
     * @param expectedVersion the version the purge read it at
     * @return the delegate's answer
     */
    @Override
    public boolean deleteComplaint(ComplaintId id, long expectedVersion) {
        return delegate.deleteComplaint(id, expectedVersion);
    }

    /**
     * Forwards {@link ComplaintStore#purgeOutbox}.
     *
     * @param status the settled status
     * @param createdBy the latest creation time purged
     * @param limit the most entries to delete
     * @return the delegate's answer
     */
    @Override
    public int purgeOutbox(OutboxStatus status, Instant createdBy, int limit) {
        return delegate.purgeOutbox(status, createdBy, limit);
    }

    /**
     * Forwards {@link ComplaintStore#purgeCommands}.
     *
     * @param appliedBy the latest application time purged
     * @param limit the most records to delete
     * @return the delegate's answer
     */
    @Override
    public int purgeCommands(Instant appliedBy, int limit) {
        return delegate.purgeCommands(appliedBy, limit);
    }

    /**
     * Forwards {@link ComplaintStore#countCommands}.
     *
     * @param appliedBy the latest application time counted
     * @return the delegate's answer
     */
    @Override
    public long countCommands(Instant appliedBy) {
        return delegate.countCommands(appliedBy);
    }

    /**
     * Forwards {@link ComplaintStore#countOutbox(OutboxStatus, Instant)}.
     *
     * @param status the settled status
     * @param createdBy the latest creation time counted
     * @return the delegate's answer
     */
    @Override
    public long countOutbox(OutboxStatus status, Instant createdBy) {
        return delegate.countOutbox(status, createdBy);
    }
}
