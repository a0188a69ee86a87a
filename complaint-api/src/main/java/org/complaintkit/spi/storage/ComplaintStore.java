package org.complaintkit.spi.storage;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.complaintkit.api.command.IdempotencyKey;
import org.complaintkit.api.complaint.ComplaintId;
import org.complaintkit.api.event.ComplaintEvent;
import org.complaintkit.api.error.ErrorCode;
import org.complaintkit.api.error.StoreException;
import java.util.ArrayList;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Where complaints live: each complaint's events, an index row per complaint for queries, a
 * record of the commands applied, by idempotency key, and the outbox of notices to deliver. ComplaintKit's engine is the only writer;
 * a store never interprets events, it keeps them.
 *
 * <p>The embedded default is the in-memory store in {@code complaint-core}. A host plugs in its own
 * store through {@code ComplaintEngine.builder().store(..)} or by registering a
 * {@link ComplaintStoreProvider} for {@link java.util.ServiceLoader}.
 *
 * <h2>Contract</h2>
 * <ul>
 *   <li><b>Ordering.</b> {@link #load} returns a complaint's events by ascending sequence number,
 *       1, 2, 3, ... without gaps.</li>
 *   <li><b>Atomicity.</b> {@link #append} stores all of a request or none of it: events, index row,
 *       command record, outbox entries and, in a store that keeps them, the report projection together. An outbox entry whose dedupe key is stored
 *       already replaces the stored one.</li>
 *   <li><b>Isolation.</b> Appends to one complaint are serialised by its version: an append whose
 *       {@link AppendRequest#expectedVersion()} is not the stored version fails with a
 *       {@link org.complaintkit.api.error.StoreException} coded
 *       {@link org.complaintkit.api.error.ErrorCode#VERSION_CONFLICT} (or
 *       {@link org.complaintkit.api.error.ErrorCode#DUPLICATE_COMPLAINT} when version 0 is expected
 *       and the complaint exists) and changes nothing. A reader never sees part of an append.</li>
 *   <li><b>Seals.</b> The seal of each appended event ({@link AppendRequest#seals()}) is stored beside it
 *       and returned, as stored, by {@link #loadSealed}. A store never computes or checks seals.</li>
 *   <li><b>Idempotency.</b> An idempotency key is stored once; an append that brings a key already
 *       stored fails with {@link org.complaintkit.api.error.ErrorCode#IDEMPOTENCY_KEY_REUSED} and
 *       changes nothing.</li>
 *   <li><b>Failure.</b> Any other failure is a {@code StoreException} coded
 *       {@link org.complaintkit.api.error.ErrorCode#STORE_FAILURE}, after which nothing of the
 *       append is visible.</li>
 *   <li><b>Leasing.</b> {@link #leaseOutbox} hands each due entry, and {@link #leaseDue} each complaint
 *       with a clock due, to one caller at a time: while its lease lasts, no other call returns it, on this
 *       node or another. A lease is advisory for writers: {@link #append} neither needs nor checks it, and
 *       the version check still decides between two writers. Leases are not events and vanish when they
 *       run out.</li>
 *   <li><b>Reading.</b> A query or scan reads committed data only. Paging is by key set, so a caller paging
 *       while others append never sees an id twice and never misses one that existed before it began.</li>
 *   <li>Implementations are thread-safe.</li>
 * </ul>
 *
 * <h2>Example</h2>
 * <pre>{@code
 * ComplaintStore store = new MyJdbcComplaintStore(dataSource);
 * ComplaintEngine engine = ComplaintEngine.builder().clock(clock).store(store).build();
 * }</pre>
 */
public interface ComplaintStore {

    /**
     * Loads a complaint's events.
     *
     * @param id the complaint
     * @return its events by ascending sequence number; empty if the complaint is unknown
     * @throws org.complaintkit.api.error.StoreException if the store fails
     */
    List<ComplaintEvent> load(ComplaintId id);

    /**
     * Loads a complaint's events as stored, with their seals, for a verifier. Unlike {@link #load} this
     * refuses nothing it can read: rows come back by the sequence number they are stored under, with gaps
     * and repeats as they are, a row that does not read as an event with a null event.
     *
     * <p>The default returns {@link #load}'s events without seals, for a store that keeps none.
     *
     * @param id the complaint
     * @return what the store holds for it, by stored sequence number; empty if the complaint is unknown
     * @throws org.complaintkit.api.error.StoreException if the store fails
     */
    default List<SealedEvent> loadSealed(ComplaintId id) {
        List<ComplaintEvent> events = load(id);
        List<SealedEvent> sealed = new ArrayList<>(events.size());
        for (ComplaintEvent event : events) {
            sealed.add(new SealedEvent(event.sequence(), event, null));
        }
        return sealed;
    }

    /**
     * Reads a complaint's index row back as stored, with the version kept beside it, for a verifier that
     * checks it against the complaint's history: sweeps lease complaints by its next due instant and queries
     * filter by its columns, and no seal covers them. Like {@link #loadSealed} this refuses nothing it can read;
     * a row that does not read as an index row comes back with a null index.
     *
     * <p>The default returns empty, as for a complaint without a row; a store that keeps index rows should
     * return them, or a verifier reports every complaint's row as missing.
     *
     * @param id the complaint
     * @return the row as stored, or empty if the store holds none for the complaint
     * @throws org.complaintkit.api.error.StoreException if the store fails
     */
    default Optional<IndexRow> indexRow(ComplaintId id) {
        Objects.requireNonNull(id, "id");
        return Optional.empty();
    }

    /**
     * Appends events, the index row and the command record (if any) atomically, if the complaint is still
     * at the expected version and the idempotency key is new.
     *
     * @param request what to append
     * @throws org.complaintkit.api.error.StoreException on a version conflict, a duplicate complaint,
     *     a reused idempotency key or a store failure; nothing is stored then
     */
    void append(AppendRequest request);

    /**
     * Finds the command stored under an idempotency key.
     *
     * @param key the key
     * @return the record of the command, or empty if the key is new
     * @throws org.complaintkit.api.error.StoreException if the store fails
     */
    Optional<CommandRecord> findCommand(IdempotencyKey key);

    /**
     * Finds complaints by their index rows, ordered by complaint id, one page at a time. Paging
     * is by key set: a page starts after the {@link ComplaintQuery#after()} id, so complaints
     * added while a caller pages through never shift or repeat what it sees.
     *
     * @param query the filter and page
     * @return the page
     * @throws org.complaintkit.api.error.StoreException if the store fails
     */
    ComplaintPage query(ComplaintQuery query);

    /**
     * Leases complaints that a sweep has work on: those whose {@link ComplaintIndex#nextDueAt()} is at or
     * before {@code now} and which no lease holds beyond {@code now}. Each returned complaint is stored
     * as leased until {@code until} before this method returns, atomically with the choice, so two nodes
     * sweeping at once never get the same complaint while the lease lasts. Earliest due first (by next
     * due time, then id).
     *
     * <p>A sweeper that dies keeps its complaints leased only until {@code until}; the next sweep after
     * that takes them. Any {@link #append} to a complaint ends its lease, since it writes a new index row,
     * so that whatever the append makes due is found by the next sweep, not after the lease.
     *
     * @param now the sweep's instant
     * @param until the end of the leases taken, after {@code now}
     * @param limit the most complaints to lease, 1 to 1,000
     * @return the leased complaints' ids
     * @throws org.complaintkit.api.error.InvalidInputException listing every bad argument (a missing instant, a
     *     lease that does not end after {@code now}, a limit out of range: {@code CMP-1001}, {@code CMP-1005}), as
     *     {@link StoreArguments#checkLease} checks them, before anything is leased
     * @throws org.complaintkit.api.error.StoreException if the store fails
     */
    List<ComplaintId> leaseDue(Instant now, Instant until, int limit);

    /**
     * Streams the histories of the complaints a filter matches, for reports: each matching complaint once,
     * by ascending id, with its whole history as one consistent read (never part of an append). The
     * filter's {@link ComplaintQuery#after()} bound applies; its limit is only a hint of how many
     * complaints to fetch at a time. Complaints appended while the scan runs may or may not be visited.
     *
     * <p>The default implementation pages through {@link #query} and {@link #load}s each complaint; a
     * store that can read events in key order in one pass (a database cursor) should override it so that
     * a report over millions of complaints holds one complaint in memory at a time.
     *
     * @param filter which complaints
     * @param visitor receives each complaint's events; it must not call back into the store
     * @throws org.complaintkit.api.error.StoreException if the store fails; the visitor has then seen part
     *     of the complaints
     */
    default void scan(ComplaintQuery filter, Consumer<List<ComplaintEvent>> visitor) {
        Objects.requireNonNull(visitor, "visitor");
        ComplaintQuery query = Objects.requireNonNull(filter, "filter");
        while (true) {
            ComplaintPage page = query(query);
            for (ComplaintId id : page.ids()) {
                List<ComplaintEvent> events = load(id);
                if (!events.isEmpty()) {
                    visitor.accept(events);
                }
            }
            if (page.next().isEmpty()) {
                return;
            }
            query = query.after(page.next().get());
        }
    }

    /**
     * Tells whether this store keeps report projections: stores {@link AppendRequest#projection()} with each
     * append, returns it from {@link #scanProjections} and {@link #projection}, and saves rebuilt ones with
     * {@link #saveProjection}.
     *
     * <p>The default keeps none and returns false; reports on such a store fold every complaint's history, which
     * gives the same figures, only slower.
     *
     * @return true if the store keeps projections
     */
    default boolean keepsProjections() {
        return false;
    }

    /**
     * Streams the complaints a filter matches for reports, each once, as its report projection when the store
     * holds one of {@code revision} for the complaint's current version, else as its whole history (a complaint
     * whose projection is missing or of another revision). Every complaint comes whole from one consistent read,
     * as with {@link #scan}; the order is not specified (a store may hand the projected complaints first).
     *
     * <p>The default keeps no projections: it hands every complaint's history from {@link #scan}.
     *
     * @param filter which complaints; its limit is only a hint of how many to fetch at a time
     * @param revision the projection revision the caller reads, 1 or more
     * @param visitor receives each complaint; it must not call back into the store
     * @throws org.complaintkit.api.error.StoreException if the store fails; the visitor has then seen part of
     *     the complaints
     */
    default void scanProjections(ComplaintQuery filter, int revision, Consumer<ScannedComplaint> visitor) {
        Objects.requireNonNull(visitor, "visitor");
        if (revision < 1) {
            throw new IllegalArgumentException("a projection's revision is 1 or more");
        }
        scan(filter, history -> visitor.accept(ScannedComplaint.folded(history)));
    }

    /**
     * Reads a complaint's report projection back as stored, with the complaint's version, for a rebuild that
     * checks it against the history.
     *
     * <p>The default keeps no projections and returns empty.
     *
     * @param id the complaint
     * @return the stored row (its projection null if it has none), or empty if the complaint is unknown or the
     *     store keeps no projections
     * @throws org.complaintkit.api.error.StoreException if the store fails
     */
    default Optional<StoredProjection> projection(ComplaintId id) {
        Objects.requireNonNull(id, "id");
        return Optional.empty();
    }

    /**
     * Stores a complaint's report projection, built by folding its history of {@code version} events, if the
     * complaint is still at that version; changes nothing else. A complaint appended to since keeps the
     * projection of its latest append.
     *
     * <p>The default keeps no projections and refuses, coded {@link ErrorCode#PROJECTIONS_UNSUPPORTED}.
     *
     * @param id the complaint
     * @param version the version the projection was built from
     * @param projection the projection
     * @return true if it was stored, false if the complaint is unknown or no longer at {@code version}
     * @throws org.complaintkit.api.error.StoreException coded {@code PROJECTIONS_UNSUPPORTED} if the store keeps
     *     none, {@code STORE_FAILURE} otherwise
     */
    default boolean saveProjection(ComplaintId id, long version, ReportProjection projection) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(projection, "projection");
        throw StoreException.of(ErrorCode.PROJECTIONS_UNSUPPORTED, "store",
                "this store keeps no report projections; reports fold histories on it");
    }

    /**
     * Leases outbox entries that are due: pending, with their next attempt at or before {@code now}, and
     * not leased beyond {@code now}. Each returned entry is stored with its lease set to {@code until}
     * before this method returns, atomically with the choice, so concurrent callers never get the same
     * entry while the lease lasts. Oldest due first (by next attempt time, then dedupe key).
     *
     * @param now the instant
     * @param until the end of the leases taken
     * @param limit the most entries to lease, 1 to 1,000
     * @return the leased entries, with {@link OutboxEntry#leasedUntil()} set
     * @throws org.complaintkit.api.error.InvalidInputException listing every bad argument (a missing instant, a
     *     lease that does not end after {@code now}, a limit out of range: {@code CMP-1001}, {@code CMP-1005}), as
     *     {@link StoreArguments#checkLease} checks them, before anything is leased
     * @throws org.complaintkit.api.error.StoreException if the store fails
     */
    List<OutboxEntry> leaseOutbox(Instant now, Instant until, int limit);

    /**
     * Finds an outbox entry by its dedupe key.
     *
     * @param dedupeKey the key
     * @return the entry, or empty if none has the key
     * @throws org.complaintkit.api.error.StoreException if the store fails
     */
    Optional<OutboxEntry> outboxEntry(String dedupeKey);

    /**
     * Returns a complaint's outbox entries, by source sequence then dedupe key.
     *
     * @param id the complaint
     * @return its entries; empty if none
     * @throws org.complaintkit.api.error.StoreException if the store fails
     */
    List<OutboxEntry> outbox(ComplaintId id);

    /**
     * Returns outbox entries in one status, by dedupe key, one page at a time (key-set paging: the page
     * starts after {@code afterKey}).
     *
     * @param status the status, such as {@link OutboxStatus#DEAD} for the dead letters
     * @param afterKey the last key of the previous page, or null for the first page
     * @param limit the largest page, 1 to 1,000
     * @return the page's entries
     * @throws org.complaintkit.api.error.StoreException if the store fails
     */
    List<OutboxEntry> outboxByStatus(OutboxStatus status, String afterKey, int limit);

    /**
     * Counts the outbox entries in one status, for monitoring (the pending notices, the dead letters).
     *
     * <p>The default pages through {@link #outboxByStatus} a thousand entries at a time; a store that can count
     * in one query should.
     *
     * @param status the status
     * @return how many entries are in it
     * @throws org.complaintkit.api.error.StoreException if the store fails
     */
    default long countOutbox(OutboxStatus status) {
        Objects.requireNonNull(status, "status");
        long count = 0;
        String after = null;
        while (true) {
            List<OutboxEntry> page = outboxByStatus(status, after, 1_000);
            count += page.size();
            if (page.size() < 1_000) {
                return count;
            }
            after = page.get(page.size() - 1).dedupeKey();
        }
    }

    /**
     * Finds a cohort pause order by its reference.
     *
     * <p>The default keeps no orders: it returns empty, so an engine on such a store knows of no standing order.
     *
     * @param reference the order's reference
     * @return the order's record, or empty if the store holds none under it
     * @throws org.complaintkit.api.error.StoreException if the store fails
     */
    default Optional<CohortOrderRecord> cohortOrder(String reference) {
        Objects.requireNonNull(reference, "reference");
        return Optional.empty();
    }

    /**
     * Returns the cohort pause orders that stand ({@link CohortOrderRecord.Phase#stands()}), by reference. The
     * engine reads them at each registration, so that a complaint registered while an order stands starts paused
     * on every node; the list is small (orders are issued by regulators, a few a year).
     *
     * <p>The default keeps no orders and returns an empty list.
     *
     * @return the standing orders
     * @throws org.complaintkit.api.error.StoreException if the store fails
     */
    default List<CohortOrderRecord> standingCohortOrders() {
        return List.of();
    }

    /**
     * Stores a cohort pause order's record: a new order when its revision is 1, else the next revision of a
     * stored one. Atomic; two writers of one order are serialised by the revision.
     *
     * <p>The default keeps no orders and refuses, coded {@link ErrorCode#COHORT_ORDERS_UNSUPPORTED}.
     *
     * @param record the record to store
     * @throws org.complaintkit.api.error.StoreException coded {@code COHORT_ORDER_CONFLICT} if revision 1 is
     *     written under a reference already stored or the stored revision is not the one before,
     *     {@code COHORT_ORDERS_UNSUPPORTED} if the store keeps none, {@code STORE_FAILURE} otherwise; nothing is
     *     stored then
     */
    default void saveCohortOrder(CohortOrderRecord record) {
        Objects.requireNonNull(record, "record");
        throw StoreException.of(ErrorCode.COHORT_ORDERS_UNSUPPORTED,
                "store", "this store keeps no cohort orders; use one that does (in-memory, JDBC)");
    }

    /**
     * Deletes a complaint whole, for the retention purge: its events with their seals, its index row, its command
     * records and its outbox entries, atomically, if it is still at the expected version. Other complaints, their
     * chains and their records are not touched. Deleting a complaint the store does not hold does nothing.
     *
     * <p>The default keeps everything and refuses, coded {@link ErrorCode#PURGE_UNSUPPORTED}: a store that cannot
     * delete says so rather than pretend.
     *
     * @param id the complaint
     * @param expectedVersion the version the purge read it at
     * @return true if the complaint was deleted, false if the store held none under the id
     * @throws org.complaintkit.api.error.StoreException coded {@code PURGE_CONFLICT} if the complaint is at another
     *     version (nothing is deleted then), {@code PURGE_UNSUPPORTED} if the store cannot delete,
     *     {@code STORE_FAILURE} otherwise
     */
    default boolean deleteComplaint(ComplaintId id, long expectedVersion) {
        Objects.requireNonNull(id, "id");
        throw StoreException.of(ErrorCode.PURGE_UNSUPPORTED, "store",
                "this store cannot delete complaints; use one that does (in-memory, JDBC)");
    }

    /**
     * Deletes, for the retention purge, at most {@code limit} outbox entries in a settled status (delivered or dead)
     * created at or before an instant, oldest first. Each call is one bounded batch in its own transaction; calling
     * again carries on where the last call stopped, whatever happened in between.
     *
     * <p>The default refuses, coded {@link ErrorCode#PURGE_UNSUPPORTED}.
     *
     * @param status {@link OutboxStatus#DELIVERED} or {@link OutboxStatus#DEAD}; pending entries are never purged
     * @param createdBy the latest creation time purged
     * @param limit the most entries to delete, 1 to 1,000
     * @return how many were deleted; fewer than {@code limit} when none are left
     * @throws IllegalArgumentException if the status is pending or the limit out of range
     * @throws org.complaintkit.api.error.StoreException coded {@code PURGE_UNSUPPORTED} or {@code STORE_FAILURE}
     */
    default int purgeOutbox(OutboxStatus status, Instant createdBy, int limit) {
        Objects.requireNonNull(status, "status");
        throw StoreException.of(ErrorCode.PURGE_UNSUPPORTED, "store", "this store cannot purge its outbox");
    }

    /**
     * Deletes, for the retention purge, at most {@code limit} command records (idempotency records) whose command was
     * applied at or before an instant (the time of the command's last event), oldest first. A resend under a purged
     * key is a new command. One bounded batch per call, like {@link #purgeOutbox}.
     *
     * <p>The default refuses, coded {@link ErrorCode#PURGE_UNSUPPORTED}.
     *
     * @param appliedBy the latest application time purged
     * @param limit the most records to delete, 1 to 1,000
     * @return how many were deleted
     * @throws IllegalArgumentException if the limit is out of range
     * @throws org.complaintkit.api.error.StoreException coded {@code PURGE_UNSUPPORTED} or {@code STORE_FAILURE}
     */
    default int purgeCommands(Instant appliedBy, int limit) {
        Objects.requireNonNull(appliedBy, "appliedBy");
        throw StoreException.of(ErrorCode.PURGE_UNSUPPORTED, "store", "this store cannot purge command records");
    }

    /**
     * Counts the command records applied at or before an instant, for the purge's dry run and for monitoring the
     * idempotency records' growth ({@link Instant#MAX} counts them all).
     *
     * <p>The default refuses, coded {@link ErrorCode#PURGE_UNSUPPORTED}.
     *
     * @param appliedBy the latest application time counted
     * @return how many command records are stored that were applied by then
     * @throws org.complaintkit.api.error.StoreException coded {@code PURGE_UNSUPPORTED} or {@code STORE_FAILURE}
     */
    default long countCommands(Instant appliedBy) {
        Objects.requireNonNull(appliedBy, "appliedBy");
        throw StoreException.of(ErrorCode.PURGE_UNSUPPORTED, "store", "this store cannot count its command records");
    }

    /**
     * Counts the outbox entries in a settled status created at or before an instant, for the purge's dry run.
     *
     * <p>The default refuses, coded {@link ErrorCode#PURGE_UNSUPPORTED}.
     *
     * @param status {@link OutboxStatus#DELIVERED} or {@link OutboxStatus#DEAD}
     * @param createdBy the latest creation time counted
     * @return how many such entries are stored
     * @throws org.complaintkit.api.error.StoreException coded {@code PURGE_UNSUPPORTED} or {@code STORE_FAILURE}
     */
    default long countOutbox(OutboxStatus status, Instant createdBy) {
        Objects.requireNonNull(status, "status");
        throw StoreException.of(ErrorCode.PURGE_UNSUPPORTED, "store", "this store cannot count its outbox by age");
    }
}
