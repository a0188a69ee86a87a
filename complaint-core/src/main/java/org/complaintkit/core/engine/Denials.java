package org.complaintkit.core.engine;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.complaintkit.api.access.Permission;
import org.complaintkit.api.complaint.ComplaintId;
import org.complaintkit.api.error.ErrorCode;
import org.complaintkit.api.error.StoreException;
import org.complaintkit.api.error.Violation;
import org.complaintkit.api.event.AccessDenialsRepeated;
import org.complaintkit.api.event.AccessDenied;
import org.complaintkit.api.event.ComplaintEvent;
import org.complaintkit.api.event.EventHeader;
import org.complaintkit.api.organisation.Actor;
import org.complaintkit.api.organisation.StaffId;
import org.complaintkit.spi.storage.ComplaintStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Records refused access on the complaint concerned, so the record shows who tried what and why it was refused.
 * Best effort: a denial that loses a race is tried once more against the new version, a store failure is logged,
 * and the refusal is thrown to the caller whatever happens here. Thread-safe.
 */
final class Denials {
    private static final Logger LOG = LoggerFactory.getLogger(Denials.class);

    private final ComplaintStore store;
    private final Recorder recorder;
    private final ClockSetup clocks;

    Denials(ComplaintStore store, Recorder recorder, ClockSetup clocks) {
        this.store = store;
        this.recorder = recorder;
        this.clocks = clocks;
    }

    /** How long after a recorded denial its repeats are counted rather than recorded one by one. */
    static final Duration COALESCING_WINDOW = Duration.ofHours(1);

    /** What makes two denials the same: the complaint, who, what they asked and why they were refused. */
    private record Key(ComplaintId id, StaffId staff, Permission permission, String attempted, ErrorCode code) {
    }

    /** Repeats of a recorded denial not yet on the record. */
    private record Run(Actor actor, int count, Instant first, Instant last, Instant windowEnds) {
        Run plus(Instant at) {
            return new Run(actor, count + 1, first, at.isAfter(last) ? at : last, windowEnds);
        }
    }

    private final Map<Key, Run> runs = new ConcurrentHashMap<>();

    /**
     * Records the denial on the history given, or on a fresh read after a conflict. A repeat of the same denial
     * within an hour of the last one recorded in full is counted and recorded later, as one
     * {@link AccessDenialsRepeated}, when its window ends: at the next such denial after it, or at the next sweep
     * ({@link #flushDue}). Until then the count lives in memory only; a crash loses at most that hour's count of
     * repeats, never the first denial.
     */
    void record(History history, Actor actor, Permission permission, String attempted, Violation why, Instant now) {
        Key key = new Key(history.id(), actor.staffId(), permission, attempted, why.code());
        Instant windowEnds = lastRecorded(history, key).map(at -> at.plus(COALESCING_WINDOW)).orElse(null);
        if (windowEnds != null && now.isBefore(windowEnds)) {
            runs.merge(key, new Run(actor, 1, now, now, windowEnds), (a, b) -> a.plus(now));
            LOG.info("access denied again: {} on complaint {} ({}), counted with the run", attempted, history.id(),
                    why.code().code());
            return;
        }
        flush(key);
        History[] current = {history};
        ComplaintId id = history.id();
        try {
            boolean recorded = ConflictRetry.TWICE.attempt(() -> {
                try {
                    write(current[0], actor, permission, attempted, why, now);
                } catch (StoreException e) {
                    if (e.has(ErrorCode.VERSION_CONFLICT)) {
                        current[0] = History.read(store, id);
                    }
                    throw e;
                }
            });
            if (recorded) {
                LOG.info("access denied: {} on complaint {} ({})", attempted, id, why.code().code());
            }
        } catch (StoreException e) {
            LOG.warn("could not record an access denial on complaint {}: {}", id, e.code());
        }
    }

    /**
     * Records every run of repeated denials whose window has ended by {@code now}. The sweep calls it.
     *
     * @return how many runs were recorded
     */
    int flushDue(Instant now) {
        int flushed = 0;
        for (Map.Entry<Key, Run> run : List.copyOf(runs.entrySet())) {
            if (!now.isBefore(run.getValue().windowEnds()) && flush(run.getKey())) {
                flushed++;
            }
        }
        return flushed;
    }

    /** Records the run of a key, if there is one; true if it was recorded. */
    private boolean flush(Key key) {
        Run run = runs.remove(key);
        if (run == null) {
            return false;
        }
        try {
            return ConflictRetry.TWICE.attempt(() -> {
                History history = History.read(store, key.id());
                var state = history.fold();
                Instant at = history.notBefore(run.last());
                AccessDenialsRepeated repeated = new AccessDenialsRepeated(new EventHeader(state.id(),
                        state.version() + 1, at, run.actor()), key.permission(), key.attempted(), key.code(),
                        run.count(), run.first(), run.last());
                recorder.asDecidedWithinCaps(history, state, List.of(repeated), clocks.current(), at);
            });
        } catch (StoreException e) {
            LOG.warn("could not record {} repeated access denials on complaint {}: {}", run.count(), key.id(),
                    e.code());
            return false;
        }
    }

    /** When the last denial of the key was recorded in full, if it was. */
    private static Optional<Instant> lastRecorded(History history, Key key) {
        List<ComplaintEvent> events = history.events();
        for (int i = events.size() - 1; i >= 0; i--) {
            if (events.get(i) instanceof AccessDenied d && d.actor().staffId().equals(key.staff())
                    && d.permission() == key.permission() && d.attempted().equals(key.attempted())
                    && d.code() == key.code()) {
                return Optional.of(d.occurredAt());
            }
        }
        return Optional.empty();
    }

    private void write(History history, Actor actor, Permission permission, String attempted, Violation why,
                       Instant now) {
        var state = history.fold();
        Instant at = history.notBefore(now);
        AccessDenied denial = new AccessDenied(new EventHeader(state.id(), state.version() + 1, at, actor), permission,
                attempted, why.code());
        recorder.asDecidedWithinCaps(history, state, List.of(denial), clocks.current(), at);
    }
}
