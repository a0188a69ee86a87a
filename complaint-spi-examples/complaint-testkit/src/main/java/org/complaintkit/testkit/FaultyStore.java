package org.complaintkit.testkit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.complaintkit.api.command.IdempotencyKey;
import org.complaintkit.api.complaint.ComplaintId;
import org.complaintkit.api.error.ErrorCode;
import org.complaintkit.api.error.StoreException;
import org.complaintkit.api.event.ComplaintEvent;
import org.complaintkit.spi.storage.AppendRequest;
import org.complaintkit.spi.storage.CommandRecord;
import org.complaintkit.spi.storage.ComplaintPage;
import org.complaintkit.spi.storage.ComplaintQuery;
import org.complaintkit.spi.storage.ComplaintStore;
import org.complaintkit.spi.storage.IndexRow;
import org.complaintkit.spi.storage.OutboxEntry;
import org.complaintkit.spi.storage.OutboxStatus;
import org.complaintkit.spi.storage.SealedEvent;

/**
 * A store that fails once, at one chosen call: before the call takes effect (the database was down), or after it
 * took effect (a timeout: the work was done, the answer lost). Every call is a step at which a command, a sweep
 * or a dispatch can be cut off, so failing at the n-th call, for every n, cuts a run off at every step it has.
 */
public final class FaultyStore extends ForwardingStore {

    /** When the chosen call fails. */
    public enum When {
        /** Before it reaches the store: nothing happens. */
        BEFORE,
        /** After the store did the work: the caller cannot know it did. */
        AFTER
    }

    private final int failAt;
    private final When when;
    private int calls;
    private final List<String> steps = new ArrayList<>();

    /**
     * @param delegate the real store
     * @param failAt the call to fail, from 1; 0 fails none
     * @param when before or after the call takes effect
     */
    public FaultyStore(ComplaintStore delegate, int failAt, When when) {
        super(delegate);
        this.failAt = failAt;
        this.when = when;
    }

    /** A store that never fails and counts its calls. */
    public static FaultyStore counting(ComplaintStore delegate) {
        return new FaultyStore(delegate, 0, When.BEFORE);
    }

    /** The calls made so far. */
    public synchronized int calls() {
        return calls;
    }

    /** The name of each call made, in order. */
    public synchronized List<String> steps() {
        return List.copyOf(steps);
    }

    private <T> T step(String name, Supplier<T> call) {
        boolean fail;
        synchronized (this) {
            calls++;
            steps.add(name);
            fail = calls == failAt;
        }
        if (fail && when == When.BEFORE) {
            throw StoreException.of(ErrorCode.STORE_FAILURE, "store", "injected failure before " + name);
        }
        T result = call.get();
        if (fail) {
            throw StoreException.of(ErrorCode.STORE_FAILURE, "store", "injected timeout after " + name);
        }
        return result;
    }

    @Override
    public List<ComplaintEvent> load(ComplaintId id) {
        return step("load", () -> super.load(id));
    }

    @Override
    public List<SealedEvent> loadSealed(ComplaintId id) {
        return step("loadSealed", () -> super.loadSealed(id));
    }

    @Override
    public Optional<IndexRow> indexRow(ComplaintId id) {
        return step("indexRow", () -> super.indexRow(id));
    }

    @Override
    public void append(AppendRequest request) {
        step("append", () -> {
            super.append(request);
            return null;
        });
    }

    @Override
    public Optional<CommandRecord> findCommand(IdempotencyKey key) {
        return step("findCommand", () -> super.findCommand(key));
    }

    @Override
    public ComplaintPage query(ComplaintQuery query) {
        return step("query", () -> super.query(query));
    }

    @Override
    public void scan(ComplaintQuery filter, Consumer<List<ComplaintEvent>> visitor) {
        step("scan", () -> {
            super.scan(filter, visitor);
            return null;
        });
    }

    @Override
    public List<ComplaintId> leaseDue(Instant now, Instant until, int limit) {
        return step("leaseDue", () -> super.leaseDue(now, until, limit));
    }

    @Override
    public List<OutboxEntry> leaseOutbox(Instant now, Instant until, int limit) {
        return step("leaseOutbox", () -> super.leaseOutbox(now, until, limit));
    }

    @Override
    public Optional<OutboxEntry> outboxEntry(String dedupeKey) {
        return step("outboxEntry", () -> super.outboxEntry(dedupeKey));
    }

    @Override
    public List<OutboxEntry> outbox(ComplaintId id) {
        return step("outbox", () -> super.outbox(id));
    }

    @Override
    public List<OutboxEntry> outboxByStatus(OutboxStatus status, String afterKey, int limit) {
        return step("outboxByStatus", () -> super.outboxByStatus(status, afterKey, limit));
    }

    @Override
    public long countOutbox(OutboxStatus status) {
        return step("countOutbox", () -> super.countOutbox(status));
    }
}
