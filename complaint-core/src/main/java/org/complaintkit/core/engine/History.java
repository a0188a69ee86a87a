package org.complaintkit.core.engine;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.complaintkit.api.complaint.ComplaintId;
import org.complaintkit.api.complaint.ComplaintState;
import org.complaintkit.api.error.ErrorCode;
import org.complaintkit.api.error.StoreException;
import org.complaintkit.api.error.Violation;
import org.complaintkit.api.event.ComplaintEvent;
import org.complaintkit.core.complaint.ComplaintAggregate;
import org.complaintkit.core.complaint.CorruptHistoryException;
import org.complaintkit.core.integrity.EventSealer;
import org.complaintkit.spi.storage.ComplaintStore;
import org.complaintkit.spi.storage.SealedEvent;
import org.complaintkit.spi.storage.codec.EventCodec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A complaint's events as a write is decided on them: the events, their version (how many there are) and the
 * seal of the last one where it is known (read from the store, or kept by the history cache), so that the next
 * event can be sealed without hashing the whole history again.
 *
 * @param id the complaint
 * @param events the events, by sequence number
 * @param lastSeal the seal of the last event; {@link EventSealer#GENESIS} for an empty history, {@link #UNKNOWN}
 *     when the store keeps no seals (the sealer then computes it over the events)
 * @param storedBytes the UTF-8 bytes of the events as stored, where known (a history the engine wrote and
 *     cached); {@link #SIZE_UNKNOWN} for one read from the store, computed when a cap needs it
 */
record History(ComplaintId id, List<ComplaintEvent> events, String lastSeal, long storedBytes) {
    private static final Logger LOG = LoggerFactory.getLogger(History.class);
    /** The last seal of a history whose store keeps none. */
    static final String UNKNOWN = "";
    /** The stored size of a history read from the store, not yet computed. */
    static final long SIZE_UNKNOWN = -1;

    History {
        Objects.requireNonNull(id, "id");
        events = List.copyOf(events);
        Objects.requireNonNull(lastSeal, "lastSeal");
    }

    /** The history of a complaint not yet registered. */
    static History none(ComplaintId id) {
        return new History(id, List.of(), EventSealer.GENESIS, 0);
    }

    /**
     * Reads a complaint's history with its last stored seal.
     *
     * @throws StoreException coded STORE_FAILURE if a stored event cannot be read
     */
    static History read(ComplaintStore store, ComplaintId id) {
        List<SealedEvent> rows = store.loadSealed(id);
        List<ComplaintEvent> events = new ArrayList<>(rows.size());
        for (SealedEvent row : rows) {
            if (row.event() == null) {
                throw StoreException.of(ErrorCode.STORE_FAILURE, "complaintId",
                        "event " + row.sequence() + " of complaint " + id + " cannot be read");
            }
            events.add(row.event());
        }
        if (rows.isEmpty()) {
            return none(id);
        }
        String last = rows.get(rows.size() - 1).seal();
        return new History(id, events, last == null ? UNKNOWN : last, SIZE_UNKNOWN);
    }

    /** How many events there are: the version an append after them expects. */
    long version() {
        return events.size();
    }

    boolean isEmpty() {
        return events.isEmpty();
    }

    /** The seal of the last event, computed by the sealer if the store keeps none. */
    String sealWith(EventSealer sealer) {
        return lastSeal.equals(UNKNOWN) ? sealer.head(events) : lastSeal;
    }

    /**
     * The history with events appended under the seal of the last of them; its stored size is known if both this
     * history's and the added events' are.
     */
    History plus(List<? extends ComplaintEvent> added, String seal, long addedBytes) {
        return new History(id, with(added), seal,
                storedBytes == SIZE_UNKNOWN || addedBytes == SIZE_UNKNOWN ? SIZE_UNKNOWN : storedBytes + addedBytes);
    }

    /** The UTF-8 bytes of the events as a store keeps them, computed if this history does not know them. */
    long storedSize() {
        return storedBytes != SIZE_UNKNOWN ? storedBytes : sizeOf(events);
    }

    /** The UTF-8 bytes of events as a store keeps them. */
    static long sizeOf(List<? extends ComplaintEvent> events) {
        long size = 0;
        for (ComplaintEvent event : events) {
            size += utf8Length(EventCodec.encode(event));
        }
        return size;
    }

    /** The UTF-8 bytes of events' texts as the codec wrote them ({@link #texts}). */
    static long sizeOfTexts(List<String> texts) {
        long size = 0;
        for (String text : texts) {
            size += utf8Length(text);
        }
        return size;
    }

    /** Events' texts as a store keeps them, encoded once for both their size and their seals. */
    static List<String> texts(List<? extends ComplaintEvent> events) {
        List<String> texts = new ArrayList<>(events.size());
        for (ComplaintEvent event : events) {
            texts.add(EventCodec.encode(event));
        }
        return texts;
    }

    private static long utf8Length(String text) {
        long bytes = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                bytes++;
            } else if (c < 0x800) {
                bytes += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1))) {
                bytes += 4;
                i++;
            } else {
                bytes += 3;
            }
        }
        return bytes;
    }

    /** The events with more appended, to decide on; no seal is claimed for them. */
    List<ComplaintEvent> with(List<? extends ComplaintEvent> added) {
        List<ComplaintEvent> all = new ArrayList<>(events.size() + added.size());
        all.addAll(events);
        all.addAll(added);
        return all;
    }

    /**
     * Folds the events into the complaint's state.
     *
     * @throws StoreException coded STORE_FAILURE if the events do not fold
     */
    ComplaintState fold() {
        return fold(events);
    }

    /** Folds events; events that do not fold are a store failure. */
    static ComplaintState fold(List<ComplaintEvent> events) {
        try {
            return ComplaintAggregate.replay(events);
        } catch (CorruptHistoryException e) {
            throw new StoreException(List.of(new Violation(ErrorCode.STORE_FAILURE, "", e.getMessage())), e);
        }
    }

    /**
     * The instant to record the next event at: the clock's, or the last event's when this node's clock is behind
     * it (the clock was stepped back, or another node's runs ahead), so that the times in a history never go
     * backwards. A lag of more than a second is logged, without anything about the complaint but its id.
     */
    Instant notBefore(Instant now) {
        return notBefore(now, events);
    }

    static Instant notBefore(Instant now, List<ComplaintEvent> events) {
        if (events.isEmpty()) {
            return now;
        }
        Instant last = events.get(events.size() - 1).occurredAt();
        if (!last.isAfter(now)) {
            return now;
        }
        if (last.isAfter(now.plusSeconds(1))) {
            LOG.warn("this node's clock is {} behind the last event of complaint {}; the event is recorded at that "
                    + "event's time", Duration.between(now, last), events.get(0).complaintId());
        }
        return last;
    }

    /** Whether something was recorded after the instant (a long sweep, or another node whose clock runs ahead). */
    boolean endsAfter(Instant now) {
        return !events.isEmpty() && events.get(events.size() - 1).occurredAt().isAfter(now);
    }

    @Override
    public String toString() {
        return "History[" + id + " v" + events.size() + "]";
    }
}
