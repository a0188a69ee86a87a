package org.complaintkit.core.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.complaintkit.api.complaint.ComplaintId;
import org.complaintkit.api.event.ComplaintEvent;

/**
 * The histories this engine last wrote, most recently used kept, so a command on a complaint this node just
 * handled need not read it again. It is never trusted for what it cannot prove: a command decided on a cached
 * history appends at that history's version, and the store refuses the append if anyone (another node, the
 * dispatcher) has appended since; the engine then forgets the entry and decides again on a fresh read. A
 * refusal decided on a cached history is decided again on a fresh read too. Reads for callers never use it.
 * Thread-safe.
 */
final class HistoryCache {
    private final int capacity;
    private final Map<ComplaintId, Cached> entries;

    private record Cached(List<ComplaintEvent> history, String seal) {
    }

    HistoryCache(int capacity) {
        this.capacity = capacity;
        this.entries = new LinkedHashMap<>(16, 0.75f, true);
    }

    synchronized List<ComplaintEvent> get(ComplaintId id) {
        Cached cached = entries.get(id);
        return cached == null ? null : cached.history();
    }

    /** The seal of the last event of the cached history, if the cache holds the complaint at this version. */
    synchronized String seal(ComplaintId id, long version) {
        Cached cached = entries.get(id);
        return cached == null || cached.history().size() != version ? null : cached.seal();
    }

    /**
     * Remembers a history after a successful append: the one before it, the events appended and the last
     * one's seal.
     */
    synchronized void put(ComplaintId id, List<ComplaintEvent> before, List<ComplaintEvent> added, String seal) {
        List<ComplaintEvent> history = new ArrayList<>(before.size() + added.size());
        history.addAll(before);
        history.addAll(added);
        entries.put(id, new Cached(List.copyOf(history), seal));
        if (entries.size() > capacity) {
            var eldest = entries.keySet().iterator();
            eldest.next();
            eldest.remove();
        }
    }

    synchronized void forget(ComplaintId id) {
        entries.remove(id);
    }
}
