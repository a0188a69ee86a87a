package org.complaintkit.core.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.complaintkit.api.command.IdempotencyKey;
import org.complaintkit.api.complaint.ComplaintId;
import org.complaintkit.api.event.ComplaintEvent;
import org.complaintkit.core.store.EventCodec;
import org.complaintkit.core.store.InMemoryComplaintStore;
import org.complaintkit.spi.notification.Notification;
import org.complaintkit.spi.storage.AppendRequest;
import org.complaintkit.spi.storage.CommandRecord;
import org.complaintkit.spi.storage.ComplaintPage;
import org.complaintkit.spi.storage.ComplaintQuery;
import org.complaintkit.spi.storage.ComplaintStore;
import org.complaintkit.spi.storage.OutboxEntry;
import org.complaintkit.spi.storage.OutboxStatus;

/**
 * The in-memory store, but every event and notice passes through {@link EventCodec} on its way in, as it
 * would into a database: the text must decode to an equal value and re-encode to the same text. Property
 * tests that drive the engine through long random histories use it, so they check the codec on every
 * event type the engine produces.
 */
public final class EncodingStore implements ComplaintStore {
    private final InMemoryComplaintStore delegate = new InMemoryComplaintStore();
    private int encoded;

    @Override
    public List<ComplaintEvent> load(ComplaintId id) {
        return delegate.load(id);
    }

    @Override
    public void append(AppendRequest request) {
        List<ComplaintEvent> events = new ArrayList<>();
        for (ComplaintEvent event : request.events()) {
            String json = EventCodec.encode(event);
            ComplaintEvent back = EventCodec.decode(json);
            assertEquals(event, back, json);
            assertEquals(json, EventCodec.encode(back), "canonical");
            events.add(back);
        }
        List<OutboxEntry> outbox = new ArrayList<>();
        for (OutboxEntry entry : request.outbox()) {
            String json = EventCodec.encodeNotification(entry.notification());
            Notification back = EventCodec.decodeNotification(json);
            assertEquals(entry.notification(), back, json);
            outbox.add(new OutboxEntry(entry.dedupeKey(), entry.complaintId(), entry.sourceSequence(), back,
                    entry.status(), entry.attempts(), entry.createdAt(), entry.nextAttemptAt(), entry.leasedUntil(),
                    entry.lastFailure()));
        }
        synchronized (this) {
            encoded += events.size();
        }
        delegate.append(new AppendRequest(request.complaintId(), request.expectedVersion(), events, request.index(),
                request.command(), outbox));
    }

    /**
     * Returns how many events went through the codec.
     *
     * @return the count
     */
    public synchronized int encoded() {
        return encoded;
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
}
