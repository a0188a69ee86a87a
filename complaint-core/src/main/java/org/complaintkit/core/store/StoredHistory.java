package org.complaintkit.core.store;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;
import org.complaintkit.api.event.ComplaintEvent;

/**
 * One complaint's history in the in-memory store: an unmodifiable list of the first {@code size} events of an
 * array that a later append may fill further, so an append writes its own events and does not copy the ones
 * before (a command used to copy the whole history twice).
 *
 * <p>Why sharing the array is safe: the store appends to a complaint only inside its map entry's
 * {@code compute}, so one append at a time; an append writes into the array only past the end of the newest
 * history, and only when no longer history was cut from the same array (the slot after this history's last
 * event is still empty), otherwise it copies. A history already handed to a reader never looks past its own
 * {@code size}, and the slots it does read were written before it was published through the map. The array grows
 * by half its length, so a complaint of ten events keeps a few spare slots at most.
 *
 * <p>Immutable as seen by its readers; every mutator throws {@link UnsupportedOperationException}.
 */
final class StoredHistory extends AbstractList<ComplaintEvent> implements RandomAccess {
    private final ComplaintEvent[] events;
    private final int size;

    private StoredHistory(ComplaintEvent[] events, int size) {
        this.events = events;
        this.size = size;
    }

    /** The history of a new complaint: its first append's events, in an array of their number (two at least). */
    static StoredHistory of(List<ComplaintEvent> first) {
        return new StoredHistory(new ComplaintEvent[0], 0).plus(first);
    }

    /**
     * This history and an append's events after it. Called only with the complaint's entry held, on the newest
     * history of the complaint.
     */
    StoredHistory plus(List<ComplaintEvent> added) {
        if (added.isEmpty()) {
            return this;
        }
        int n = size + added.size();
        ComplaintEvent[] target = events;
        if (n > events.length || events[size] != null) {
            target = Arrays.copyOf(events, Math.max(n, size + (size >> 1) + 2));
        }
        for (int i = 0; i < added.size(); i++) {
            target[size + i] = Objects.requireNonNull(added.get(i), "event");
        }
        return new StoredHistory(target, n);
    }

    @Override
    public ComplaintEvent get(int index) {
        Objects.checkIndex(index, size);
        return events[index];
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public Object[] toArray() {
        return Arrays.copyOf(events, size, Object[].class);
    }
}
