package org.complaintkit.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.complaintkit.api.event.ComplaintEvent;
import org.complaintkit.spi.storage.codec.EventCodec;
import org.complaintkit.core.store.InMemoryComplaintStore;
import org.complaintkit.spi.notification.Notification;
import org.complaintkit.spi.storage.AppendRequest;
import org.complaintkit.spi.storage.OutboxEntry;

/**
 * The in-memory store, but every event and notice passes through {@link EventCodec} on its way in, as it
 * would into a database: the text must decode to an equal value and re-encode to the same text. Property
 * tests that drive the engine through long random histories use it, so they check the codec on every
 * event type the engine produces.
 */
public final class EncodingStore extends ForwardingStore {
    private int encoded;

    public EncodingStore() {
        super(new InMemoryComplaintStore());
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
        super.append(new AppendRequest(request.complaintId(), request.expectedVersion(), events, request.index(),
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
}
