package org.complaintkit.core.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListSet;
import org.complaintkit.api.command.IdempotencyKey;
import org.complaintkit.api.complaint.ComplaintId;
import org.complaintkit.api.error.ErrorCode;
import org.complaintkit.api.error.StoreException;
import org.complaintkit.api.event.ComplaintEvent;
import org.complaintkit.spi.storage.CohortOrderRecord;
import org.complaintkit.spi.storage.AppendRequest;
import org.complaintkit.spi.storage.CommandRecord;
import org.complaintkit.spi.storage.ComplaintIndex;
import org.complaintkit.spi.storage.ComplaintPage;
import org.complaintkit.spi.storage.ComplaintQuery;
import org.complaintkit.spi.storage.ComplaintStore;
import org.complaintkit.spi.storage.IndexRow;
import org.complaintkit.spi.storage.OutboxEntry;
import org.complaintkit.spi.storage.OutboxStatus;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import org.complaintkit.spi.storage.SealedEvent;
import java.util.function.Consumer;
import org.complaintkit.spi.storage.ReportProjection;
import org.complaintkit.spi.storage.ScannedComplaint;
import org.complaintkit.spi.storage.StoredProjection;
import org.complaintkit.spi.storage.StoreArguments;

/**
 * The embedded default store: complaints in memory, lost when the JVM stops. It honours the whole
 * {@link ComplaintStore} contract and is the reference the conformance kit compares other stores with.
 *
 * <p>Each complaint is one immutable entry swapped atomically by {@link ConcurrentHashMap#compute}, which
 * runs its check-and-set once per append while holding the complaint's bin; a reader sees a complaint
 * either before or after an append, never in between. Appends to different complaints do not block each
 * other. A sorted set of ids serves key-set paging.
 *
 * <p>Thread-safe.
 */
public final class InMemoryComplaintStore implements ComplaintStore {

    /**
     * One complaint: its events, index row and report projection as written; its seals and command records as
     * columns ({@link SealColumns}, {@link CommandColumns}); and the entry of its oldest command record in
     * {@link #commandOrder}, null when it has none.
     */
    private record Entry(StoredHistory events, ComplaintIndex index, SealColumns seals,
                         CommandColumns commands, Oldest oldest, ReportProjection projection) {
    }

    private final ConcurrentHashMap<ComplaintId, Entry> complaints = new ConcurrentHashMap<>();
    private final ConcurrentSkipListSet<ComplaintId> ids = new ConcurrentSkipListSet<>();
    /** The complaint each command record is kept with, by its idempotency key's text. */
    private final Map<String, ComplaintId> commandOwners = new ConcurrentHashMap<>();
    /**
     * Each complaint's oldest command record (by the time it was applied, its last event's, then key), for the purge:
     * one entry a complaint rather than one a record; written inside the complaint's compute.
     */
    private final ConcurrentSkipListSet<Oldest> commandOrder = new ConcurrentSkipListSet<>();
    private final Object purgeLock = new Object();
    /** The outbox by dedupe key; written inside the complaint's compute, leased under its own lock. */
    private final ConcurrentSkipListMap<String, OutboxEntry> outbox =
            new ConcurrentSkipListMap<>();
    private final Object leases = new Object();
    /** Complaints with a clock due, by next due time then id; kept in step with the index rows. */
    private final ConcurrentSkipListSet<Due> dueOrder = new ConcurrentSkipListSet<>();
    /** Sweep leases by complaint; read and written under {@link #sweepLock}. */
    private final Map<ComplaintId, Instant> sweepLeases = new HashMap<>();
    private final Object sweepLock = new Object();

    /** The pending notices, by next attempt then key: the dispatcher's lease reads from the head. */
    private final ConcurrentSkipListSet<Pending> pendingDue =
            new ConcurrentSkipListSet<>();
    /** The pending notices' keys, in key order, for paging through them. */
    private final ConcurrentSkipListSet<String> pendingKeys =
            new ConcurrentSkipListSet<>();
    /** Each complaint's notices' keys. */
    private final Map<ComplaintId, Set<String>> keysByComplaint = new ConcurrentHashMap<>();
    /** Regulators' cohort pause orders by reference, each replaced whole under its revision. */
    private final ConcurrentSkipListMap<String, CohortOrderRecord> cohortOrders = new ConcurrentSkipListMap<>();

    private record Pending(Instant at, String key) implements Comparable<Pending> {
        @Override
        public int compareTo(Pending other) {
            int byTime = at.compareTo(other.at);
            return byTime != 0 ? byTime : key.compareTo(other.key);
        }
    }

    /** Stores an outbox entry and keeps the indexes; callers hold {@code leases}. */
    private void putOutbox(OutboxEntry entry) {
        OutboxEntry old = outbox.put(entry.dedupeKey(), entry);
        if (old != null && old.status() == OutboxStatus.PENDING) {
            pendingDue.remove(new Pending(old.nextAttemptAt(), old.dedupeKey()));
            pendingKeys.remove(old.dedupeKey());
        }
        if (entry.status() == OutboxStatus.PENDING) {
            pendingDue.add(new Pending(entry.nextAttemptAt(), entry.dedupeKey()));
            pendingKeys.add(entry.dedupeKey());
        }
        keysByComplaint.computeIfAbsent(entry.complaintId(), k -> ConcurrentHashMap.newKeySet()).add(entry.dedupeKey());
    }

    private record Oldest(Instant at, String key, ComplaintId id) implements Comparable<Oldest> {
        @Override
        public int compareTo(Oldest other) {
            int byTime = at.compareTo(other.at);
            return byTime != 0 ? byTime : key.compareTo(other.key);
        }

        /** The oldest record of a complaint's columns, or null when it has none. */
        static Oldest of(ComplaintId id, CommandColumns commands, List<ComplaintEvent> events) {
            int i = commands.oldest(events);
            return i < 0 ? null : new Oldest(commands.appliedAt(i, events), commands.key(i), id);
        }
    }

    private record Due(Instant at, ComplaintId id) implements Comparable<Due> {
        @Override
        public int compareTo(Due other) {
            int byTime = at.compareTo(other.at);
            return byTime != 0 ? byTime : id.compareTo(other.id);
        }
    }

    /** Creates an empty store. */
    public InMemoryComplaintStore() {
    }

    @Override
    public List<ComplaintEvent> load(ComplaintId id) {
        Entry entry = complaints.get(id);
        return entry == null ? List.of() : entry.events();
    }

    @Override
    public List<SealedEvent> loadSealed(ComplaintId id) {
        Entry entry = complaints.get(id);
        if (entry == null) {
            return List.of();
        }
        List<SealedEvent> sealed = new ArrayList<>(entry.events().size());
        for (int i = 0; i < entry.events().size(); i++) {
            ComplaintEvent event = entry.events().get(i);
            sealed.add(new SealedEvent(event.sequence(), event, entry.seals().seal(i), entry.seals().keyVersion(i)));
        }
        return sealed;
    }

    @Override
    public Optional<IndexRow> indexRow(ComplaintId id) {
        Entry entry = complaints.get(id);
        return entry == null ? Optional.empty() : Optional.of(new IndexRow(entry.events().size(), entry.index()));
    }

    @Override
    public void append(AppendRequest request) {
        ComplaintId id = request.complaintId();
        complaints.compute(id, (key, current) -> {
            long stored = current == null ? 0 : current.events().size();
            if (stored != request.expectedVersion()) {
                throw request.expectedVersion() == 0
                        ? StoreException.of(ErrorCode.DUPLICATE_COMPLAINT, "complaintId",
                                "complaint " + id + " exists already")
                        : StoreException.of(ErrorCode.VERSION_CONFLICT, "complaintId",
                                "complaint " + id + " is at version " + stored + ", not " + request.expectedVersion());
            }
            if (request.command() != null
                    && commandOwners.putIfAbsent(request.command().key().value(), id) != null) {
                throw StoreException.of(ErrorCode.IDEMPOTENCY_KEY_REUSED, "idempotencyKey",
                        ErrorCode.IDEMPOTENCY_KEY_REUSED.meaning());
            }
            CommandColumns commands = current == null ? CommandColumns.NONE : current.commands();
            Oldest oldest = current == null ? null : current.oldest();
            if (request.command() != null) {
                commands = commands.plus(request.command());
                Instant at = request.events().get(request.events().size() - 1).header().occurredAt();
                String commandKey = request.command().key().value();
                int order = oldest == null ? -1 : at.compareTo(oldest.at());
                if (order < 0 || order == 0 && commandKey.compareTo(oldest.key()) < 0) {
                    if (oldest != null) {
                        commandOrder.remove(oldest);
                    }
                    oldest = new Oldest(at, commandKey, id);
                    commandOrder.add(oldest);
                }
            }
            StoredHistory events = current == null ? StoredHistory.of(request.events())
                    : current.events().plus(request.events());
            SealColumns seals = (current == null ? SealColumns.NONE : current.seals()).plus(request);
            synchronized (leases) {
                for (OutboxEntry entry : request.outbox()) {
                    putOutbox(entry);
                }
            }
            synchronized (sweepLock) {
                sweepLeases.remove(id);
            }
            if (current != null && current.index().nextDueAt() != null) {
                dueOrder.remove(new Due(current.index().nextDueAt(), id));
            }
            if (request.index().nextDueAt() != null) {
                dueOrder.add(new Due(request.index().nextDueAt(), id));
            }
            return new Entry(events, request.index(), seals, commands, oldest, request.projection());
        });
        if (request.expectedVersion() == 0) {
            // Only a new complaint adds an id; every later append would only search the sorted set again.
            ids.add(id);
        }
    }

    @Override
    public Optional<CommandRecord> findCommand(IdempotencyKey key) {
        ComplaintId owner = commandOwners.get(key.value());
        Entry entry = owner == null ? null : complaints.get(owner);
        int i = entry == null ? -1 : entry.commands().indexOf(key.value());
        return i < 0 ? Optional.empty() : Optional.of(entry.commands().record(i, owner));
    }

    @Override
    public ComplaintPage query(ComplaintQuery query) {
        Iterable<ComplaintId> range = query.after() == null ? ids : ids.tailSet(query.after(), false);
        List<ComplaintId> page = new ArrayList<>();
        for (ComplaintId id : range) {
            Entry entry = complaints.get(id);
            if (query.matches(id, entry.index())) {
                if (page.size() == query.limit()) {
                    return new ComplaintPage(page, true);
                }
                page.add(id);
            }
        }
        return new ComplaintPage(page, false);
    }

    /**
     * Keeps report projections: each append's projection replaces the complaint's one before, in the same
     * atomic change as its events.
     *
     * @return true
     */
    @Override
    public boolean keepsProjections() {
        return true;
    }

    /**
     * Hands each matching complaint, by ascending id, as its projection when it holds one of the revision,
     * else as its history.
     */
    @Override
    public void scanProjections(ComplaintQuery filter, int revision, Consumer<ScannedComplaint> visitor) {
        Objects.requireNonNull(filter, "filter");
        Objects.requireNonNull(visitor, "visitor");
        if (revision < 1) {
            throw new IllegalArgumentException("a projection's revision is 1 or more");
        }
        Iterable<ComplaintId> range = filter.after() == null ? ids : ids.tailSet(filter.after(), false);
        for (ComplaintId id : range) {
            Entry entry = complaints.get(id);
            if (entry == null || !filter.matches(id, entry.index())) {
                continue;
            }
            visitor.accept(entry.projection() != null && entry.projection().revision() == revision
                    ? ScannedComplaint.projected(id, entry.projection()) : ScannedComplaint.folded(entry.events()));
        }
    }

    @Override
    public Optional<StoredProjection> projection(ComplaintId id) {
        Entry entry = complaints.get(Objects.requireNonNull(id, "id"));
        return entry == null ? Optional.empty()
                : Optional.of(new StoredProjection(entry.events().size(), entry.projection()));
    }

    @Override
    public boolean saveProjection(ComplaintId id, long version, ReportProjection projection) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(projection, "projection");
        boolean[] saved = new boolean[1];
        complaints.computeIfPresent(id, (key, current) -> {
            if (current.events().size() != version) {
                return current;
            }
            saved[0] = true;
            return new Entry(current.events(), current.index(), current.seals(), current.commands(), current.oldest(),
                    projection);
        });
        return saved[0];
    }

    @Override
    public List<ComplaintId> leaseDue(Instant now, Instant until, int limit) {
        StoreArguments.checkLease(now, until, limit);
        List<ComplaintId> leased = new ArrayList<>();
        synchronized (sweepLock) {
            for (Due due : dueOrder) {
                if (due.at().isAfter(now)) {
                    break;
                }
                Instant held = sweepLeases.get(due.id());
                if (held == null || !held.isAfter(now)) {
                    sweepLeases.put(due.id(), until);
                    leased.add(due.id());
                    if (leased.size() == limit) {
                        break;
                    }
                }
            }
            sweepLeases.values().removeIf(held -> !held.isAfter(now));
        }
        return leased;
    }

    @Override
    public List<OutboxEntry> leaseOutbox(Instant now, Instant until, int limit) {
        StoreArguments.checkLease(now, until, limit);
        synchronized (leases) {
            List<OutboxEntry> leased = new ArrayList<>();
            for (Pending pending : pendingDue) {
                if (pending.at().isAfter(now) || leased.size() == limit) {
                    break;
                }
                OutboxEntry entry = outbox.get(pending.key());
                if (entry.dueAt(now)) {
                    OutboxEntry held = entry.withLease(until);
                    putOutbox(held);
                    leased.add(held);
                }
            }
            return leased;
        }
    }

    @Override
    public Optional<OutboxEntry> outboxEntry(String dedupeKey) {
        return Optional.ofNullable(outbox.get(dedupeKey));
    }

    @Override
    public List<OutboxEntry> outbox(ComplaintId id) {
        List<OutboxEntry> out = new ArrayList<>();
        for (String key : keysByComplaint.getOrDefault(id, Set.of())) {
            out.add(outbox.get(key));
        }
        out.sort(Comparator.comparingLong(OutboxEntry::sourceSequence).thenComparing(OutboxEntry::dedupeKey));
        return out;
    }

    @Override
    public List<OutboxEntry> outboxByStatus(OutboxStatus status, String afterKey, int limit) {
        checkLimit(limit);
        List<OutboxEntry> out = new ArrayList<>();
        if (status == OutboxStatus.PENDING) {
            for (String key : afterKey == null ? pendingKeys : pendingKeys.tailSet(afterKey, false)) {
                OutboxEntry entry = outbox.get(key);
                if (entry.status() == status) {
                    out.add(entry);
                    if (out.size() == limit) {
                        break;
                    }
                }
            }
            return out;
        }
        for (OutboxEntry entry : (afterKey == null ? outbox : outbox.tailMap(afterKey, false)).values()) {
            if (entry.status() == status) {
                out.add(entry);
                if (out.size() == limit) {
                    break;
                }
            }
        }
        return out;
    }

    private static void checkLimit(int limit) {
        StoreArguments.checkLimit(limit);
    }

    @Override
    public Optional<CohortOrderRecord> cohortOrder(String reference) {
        return Optional.ofNullable(cohortOrders.get(Objects.requireNonNull(reference, "reference")));
    }

    @Override
    public List<CohortOrderRecord> standingCohortOrders() {
        return cohortOrders.values().stream().filter(r -> r.phase().stands()).toList();
    }

    @Override
    public void saveCohortOrder(CohortOrderRecord record) {
        Objects.requireNonNull(record, "record");
        boolean[] stored = new boolean[1];
        cohortOrders.compute(record.reference(), (reference, current) -> {
            long expected = current == null ? 0 : current.revision();
            if (record.revision() != expected + 1) {
                return current;
            }
            stored[0] = true;
            return record;
        });
        if (!stored[0]) {
            throw StoreException.of(ErrorCode.COHORT_ORDER_CONFLICT, "record.revision", "the store holds another "
                    + "revision of cohort order " + record.reference() + " than the one before revision "
                    + record.revision() + "; nothing was stored");
        }
    }

    /**
     * Returns how many complaints the store holds.
     *
     * @return the count
     */
    public int size() {
        return complaints.size();
    }

    @Override
    public boolean deleteComplaint(ComplaintId id, long expectedVersion) {
        boolean[] deleted = new boolean[1];
        complaints.compute(id, (key, current) -> {
            if (current == null) {
                return null;
            }
            if (current.events().size() != expectedVersion) {
                throw StoreException.of(ErrorCode.PURGE_CONFLICT, "complaintId", "complaint " + id + " is at version "
                        + current.events().size() + ", not " + expectedVersion + "; nothing was deleted");
            }
            for (int i = 0; i < current.commands().size(); i++) {
                commandOwners.remove(current.commands().key(i), id);
            }
            if (current.oldest() != null) {
                commandOrder.remove(current.oldest());
            }
            synchronized (leases) {
                for (String dedupe : keysByComplaint.getOrDefault(id, Set.of())) {
                    removeOutbox(dedupe);
                }
                keysByComplaint.remove(id);
            }
            synchronized (sweepLock) {
                sweepLeases.remove(id);
            }
            if (current.index().nextDueAt() != null) {
                dueOrder.remove(new Due(current.index().nextDueAt(), id));
            }
            ids.remove(id);
            deleted[0] = true;
            return null;
        });
        return deleted[0];
    }

    /** Removes an outbox entry and its indexes; callers hold {@code leases}. */
    private void removeOutbox(String dedupeKey) {
        OutboxEntry old = outbox.remove(dedupeKey);
        if (old != null && old.status() == OutboxStatus.PENDING) {
            pendingDue.remove(new Pending(old.nextAttemptAt(), old.dedupeKey()));
            pendingKeys.remove(old.dedupeKey());
        }
    }

    @Override
    public int purgeOutbox(OutboxStatus status, Instant createdBy, int limit) {
        checkSettled(status);
        checkLimit(limit);
        int deleted = 0;
        synchronized (leases) {
            for (OutboxEntry entry : outbox.values()) {
                if (deleted == limit) {
                    break;
                }
                if (entry.status() == status && !entry.createdAt().isAfter(createdBy)) {
                    removeOutbox(entry.dedupeKey());
                    Set<String> keys = keysByComplaint.get(entry.complaintId());
                    if (keys != null) {
                        keys.remove(entry.dedupeKey());
                    }
                    deleted++;
                }
            }
        }
        return deleted;
    }

    @Override
    public long countOutbox(OutboxStatus status, Instant createdBy) {
        checkSettled(status);
        return outbox.values().stream()
                .filter(e -> e.status() == status && !e.createdAt().isAfter(createdBy)).count();
    }

    private static void checkSettled(OutboxStatus status) {
        if (status == OutboxStatus.PENDING) {
            throw new IllegalArgumentException("pending notices are never purged");
        }
    }

    @Override
    public int purgeCommands(Instant appliedBy, int limit) {
        checkLimit(limit);
        int[] deleted = new int[1];
        synchronized (purgeLock) {
            // A merge over the complaints' oldest records: take the oldest of all, delete it from its complaint,
            // and put back that complaint's next oldest; an entry an append replaced meanwhile is simply skipped.
            while (deleted[0] < limit) {
                Oldest head;
                try {
                    head = commandOrder.first();
                } catch (NoSuchElementException empty) {
                    break;
                }
                if (head.at().isAfter(appliedBy)) {
                    break;
                }
                complaints.computeIfPresent(head.id(), (key, current) -> {
                    if (!head.equals(current.oldest())) {
                        return current;
                    }
                    int i = current.commands().indexOf(head.key());
                    CommandColumns rest = current.commands().without(i);
                    Oldest next = Oldest.of(key, rest, current.events());
                    commandOrder.remove(head);
                    if (next != null) {
                        commandOrder.add(next);
                    }
                    commandOwners.remove(head.key(), key);
                    deleted[0]++;
                    return new Entry(current.events(), current.index(), current.seals(), rest, next,
                            current.projection());
                });
            }
        }
        return deleted[0];
    }

    @Override
    public long countCommands(Instant appliedBy) {
        long count = 0;
        for (Oldest oldest : commandOrder) {
            if (oldest.at().isAfter(appliedBy)) {
                break;
            }
            Entry entry = complaints.get(oldest.id());
            if (entry == null) {
                continue;
            }
            for (int i = 0; i < entry.commands().size(); i++) {
                if (!entry.commands().appliedAt(i, entry.events()).isAfter(appliedBy)) {
                    count++;
                }
            }
        }
        return count;
    }
}
