package org.complaintkit.core.engine;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.complaintkit.api.complaint.ComplaintId;
import org.complaintkit.api.complaint.ComplaintState;
import org.complaintkit.api.access.ViewRights;
import org.complaintkit.api.complaint.Registration;
import org.complaintkit.core.complaint.QueueFold;
import org.complaintkit.core.reporting.FactsFold;
import java.util.function.UnaryOperator;

/**
 * The histories this engine last wrote, most recently used kept, so a command on a complaint this node just
 * handled need not read it again. It is never trusted for what it cannot prove: a command decided on a cached
 * history appends at that history's version, and the store refuses the append if anyone (another node, the
 * dispatcher) has appended since; the engine then forgets the entry and decides again on a fresh read. A
 * refusal decided on a cached history is decided again on a fresh read too. Reads for callers never use it.
 * Beside each history it keeps the complaint's registration as last masked for a command's actor
 * ({@link #masked}), so the result of the next command need not mask the same texts again, and, when the store
 * keeps report projections, the history's {@link FactsFold} ({@link #facts}), so the next projection folds only
 * the events added, with its {@link QueueFold} for the index row's queue columns. Thread-safe. {@link #off()} is the cache that keeps nothing, so callers never test for a missing cache.
 */
class HistoryCache {
    private final int capacity;
    private final Map<ComplaintId, Folded> entries;
    private final Map<ComplaintId, Masked> masks;
    private final Map<ComplaintId, Folds> folds;

    /**
     * A history with the state it folds to, so that a command decided on the cache need not fold it again.
     *
     * @param history the events with the last seal
     * @param state what they fold to
     */
    record Folded(History history, ComplaintState state) {
    }

    /**
     * The folds of a history that the next append folds its events onto.
     *
     * @param queue the queue columns' fold
     * @param facts the report facts' fold, or null where the store keeps no projections
     */
    record Folds(QueueFold queue, FactsFold facts) {
        /** The folds of no events, before a registration. */
        static final Folds NONE = new Folds(QueueFold.of(List.of()), FactsFold.empty());
    }

    /** A registration as masked for readers with some rights, kept with the very registration it masks. */
    private record Masked(Registration source, ViewRights rights, Registration masked) {
    }

    HistoryCache(int capacity) {
        this.capacity = capacity;
        this.entries = new LinkedHashMap<>(16, 0.75f, true);
        this.masks = new LinkedHashMap<>(16, 0.75f, true);
        this.folds = new LinkedHashMap<>(16, 0.75f, true);
    }

    /** The cache of size 0: it holds nothing and remembers nothing. */
    static HistoryCache off() {
        return new HistoryCache(0) {
            @Override
            Optional<Folded> get(ComplaintId id) {
                return Optional.empty();
            }

            @Override
            Optional<String> seal(ComplaintId id, long version) {
                return Optional.empty();
            }

            @Override
            void put(History history, ComplaintState state) {
            }

            @Override
            void forget(ComplaintId id) {
            }

            @Override
            Optional<Folds> folds(ComplaintId id, long version) {
                return Optional.empty();
            }

            @Override
            void keepFolds(ComplaintId id, Folds kept) {
            }

            @Override
            Registration masked(ComplaintId id, Registration source, ViewRights rights,
                                UnaryOperator<Registration> mask) {
                return mask.apply(source);
            }
        };
    }

    synchronized Optional<Folded> get(ComplaintId id) {
        return Optional.ofNullable(entries.get(id));
    }

    /** The seal of the last event of the cached history, if the cache holds the complaint at this version. */
    synchronized Optional<String> seal(ComplaintId id, long version) {
        Folded cached = entries.get(id);
        return cached == null || cached.history().version() != version ? Optional.empty()
                : Optional.of(cached.history().lastSeal());
    }

    /** Remembers a history after a successful append, with the seal of its last event and the state it folds to. */
    synchronized void put(History history, ComplaintState state) {
        entries.put(history.id(), new Folded(history, state));
        if (entries.size() > capacity) {
            var eldest = entries.keySet().iterator();
            eldest.next();
            eldest.remove();
        }
    }

    synchronized void forget(ComplaintId id) {
        entries.remove(id);
        masks.remove(id);
        folds.remove(id);
    }

    /**
     * The folds of a complaint's history as this engine last appended it, if they fold exactly {@code version}
     * events: the store refuses an append at a version it has passed, so the events up to a version this engine
     * appended are the ones it folded.
     *
     * @param id the complaint
     * @param version the version of the history about to be appended to
     * @return the folds of its first {@code version} events, or empty
     */
    synchronized Optional<Folds> folds(ComplaintId id, long version) {
        Folds kept = folds.get(id);
        return kept == null || kept.queue().events() != version ? Optional.empty() : Optional.of(kept);
    }

    /** Keeps the folds of a complaint's history after a successful append of its last events. */
    synchronized void keepFolds(ComplaintId id, Folds kept) {
        folds.put(id, kept);
        if (folds.size() > capacity) {
            var eldest = folds.keySet().iterator();
            eldest.next();
            eldest.remove();
        }
    }

    /**
     * A complaint's registration as readers with these rights may hold it: the one kept if it masks this very
     * registration (the same instance, which a fold passes on while no event changes it) for the same rights,
     * else masked now and kept. Masking runs outside the lock.
     *
     * @param id the complaint
     * @param source its registration
     * @param rights what the reader may see
     * @param mask masks a registration for these rights
     * @return the masked registration
     */
    Registration masked(ComplaintId id, Registration source, ViewRights rights, UnaryOperator<Registration> mask) {
        synchronized (this) {
            Masked kept = masks.get(id);
            if (kept != null && kept.source() == source && kept.rights().equals(rights)) {
                return kept.masked();
            }
        }
        Registration masked = mask.apply(source);
        synchronized (this) {
            masks.put(id, new Masked(source, rights, masked));
            if (masks.size() > capacity) {
                var eldest = masks.keySet().iterator();
                eldest.next();
                eldest.remove();
            }
        }
        return masked;
    }
}
