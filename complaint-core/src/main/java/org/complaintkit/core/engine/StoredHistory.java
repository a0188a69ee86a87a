package org.complaintkit.core.engine;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;
import java.util.RandomAccess;
import org.complaintkit.api.complaint.ComplaintId;
import org.complaintkit.api.error.ErrorCode;
import org.complaintkit.api.error.StoreException;
import org.complaintkit.api.event.ComplaintEvent;
import org.complaintkit.spi.storage.ComplaintStore;
import org.complaintkit.spi.storage.SealedEvent;

/**
 * A complaint's history as read from the store to decide a write on, with the seal the store keeps for its last
 * event, so that the next event can be sealed without hashing the whole history again. If what the store holds
 * was altered, the new event is chained to the stored seal and the verifier still finds the altered event. An
 * immutable list of the events.
 */
final class StoredHistory extends AbstractList<ComplaintEvent> implements RandomAccess {
    private final List<ComplaintEvent> events;
    private final String lastSeal;

    private StoredHistory(List<ComplaintEvent> events, String lastSeal) {
        this.events = events;
        this.lastSeal = lastSeal;
    }

    /**
     * Reads a complaint's history with its last stored seal.
     *
     * @return the history: a {@code StoredHistory} if the store keeps a seal for its last event, else its events
     * @throws StoreException coded STORE_FAILURE if a stored event cannot be read
     */
    static List<ComplaintEvent> read(ComplaintStore store, ComplaintId id) {
        List<SealedEvent> rows = store.loadSealed(id);
        List<ComplaintEvent> events = new ArrayList<>(rows.size());
        for (SealedEvent row : rows) {
            if (row.event() == null) {
                throw StoreException.of(ErrorCode.STORE_FAILURE, "complaintId",
                        "event " + row.sequence() + " of complaint " + id + " cannot be read");
            }
            events.add(row.event());
        }
        String last = rows.isEmpty() ? null : rows.get(rows.size() - 1).seal();
        return last == null ? List.copyOf(events) : new StoredHistory(List.copyOf(events), last);
    }

    /** The stored seal of the last event. */
    String lastSeal() {
        return lastSeal;
    }

    @Override
    public ComplaintEvent get(int index) {
        return events.get(index);
    }

    @Override
    public int size() {
        return events.size();
    }
}
