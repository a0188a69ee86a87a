package org.complaintkit.core.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListSet;
import org.complaintkit.api.command.IdempotencyKey;
import org.complaintkit.api.complaint.ComplaintId;
import org.complaintkit.api.error.ErrorCode;
import org.complaintkit.api.error.StoreException;
import org.complaintkit.api.event.ComplaintEvent;
import org.complaintkit.spi.storage.AppendRequest;
import org.complaintkit.spi.storage.CommandRecord;
import org.complaintkit.spi.storage.ComplaintIndex;
import org.complaintkit.spi.storage.ComplaintPage;
import org.complaintkit.spi.storage.ComplaintQuery;
import org.complaintkit.spi.storage.ComplaintStore;

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

    private record Entry(List<ComplaintEvent> events, ComplaintIndex index) {
    }

    private final ConcurrentHashMap<ComplaintId, Entry> complaints = new ConcurrentHashMap<>();
    private final ConcurrentSkipListSet<ComplaintId> ids = new ConcurrentSkipListSet<>();
    private final Map<IdempotencyKey, CommandRecord> commands = new ConcurrentHashMap<>();

    /** Creates an empty store. */
    public InMemoryComplaintStore() {
    }

    @Override
    public List<ComplaintEvent> load(ComplaintId id) {
        Entry entry = complaints.get(id);
        return entry == null ? List.of() : entry.events();
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
            if (request.command() != null && commands.putIfAbsent(request.command().key(), request.command()) != null) {
                throw StoreException.of(ErrorCode.IDEMPOTENCY_KEY_REUSED, "idempotencyKey",
                        ErrorCode.IDEMPOTENCY_KEY_REUSED.meaning());
            }
            List<ComplaintEvent> events = new ArrayList<>(stored == 0 ? request.events().size()
                    : current.events().size() + request.events().size());
            if (current != null) {
                events.addAll(current.events());
            }
            events.addAll(request.events());
            return new Entry(List.copyOf(events), request.index());
        });
        ids.add(id);
    }

    @Override
    public Optional<CommandRecord> findCommand(IdempotencyKey key) {
        return Optional.ofNullable(commands.get(key));
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
     * Returns how many complaints the store holds.
     *
     * @return the count
     */
    public int size() {
        return complaints.size();
    }
}
