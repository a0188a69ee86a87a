package org.complaintkit.core.engine;

import java.time.Instant;
import java.util.List;
import org.complaintkit.api.access.Permission;
import org.complaintkit.api.complaint.ComplaintId;
import org.complaintkit.api.error.ErrorCode;
import org.complaintkit.api.error.StoreException;
import org.complaintkit.api.error.Violation;
import org.complaintkit.api.event.AccessDenied;
import org.complaintkit.api.event.EventHeader;
import org.complaintkit.api.organisation.Actor;
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

    /** Records the denial on the history given, or on a fresh read after a conflict. */
    void record(History history, Actor actor, Permission permission, String attempted, Violation why, Instant now) {
        ComplaintId id = history.id();
        History[] current = {history};
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

    private void write(History history, Actor actor, Permission permission, String attempted, Violation why,
                       Instant now) {
        var state = history.fold();
        Instant at = history.notBefore(now);
        AccessDenied denial = new AccessDenied(new EventHeader(state.id(), state.version() + 1, at, actor), permission,
                attempted, why.code());
        recorder.asDecidedWithinCaps(history, state, List.of(denial), clocks.current(), at);
    }
}
