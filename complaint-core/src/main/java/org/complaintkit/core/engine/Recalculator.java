package org.complaintkit.core.engine;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import org.complaintkit.api.complaint.ComplaintId;
import org.complaintkit.api.complaint.ComplaintState;
import org.complaintkit.api.complaint.ComplaintStatus;
import org.complaintkit.api.error.Checks;
import org.complaintkit.api.event.ClockChanged;
import org.complaintkit.api.event.ComplaintEvent;
import org.complaintkit.api.organisation.Actor;
import org.complaintkit.core.sla.SlaSetup;
import org.complaintkit.spi.storage.ComplaintPage;
import org.complaintkit.spi.storage.ComplaintQuery;
import org.complaintkit.spi.storage.ComplaintStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Previews and applies a change of calendars or policies to the open clocks of every open complaint, and settles
 * the outcomes left pending or provisional on every complaint, open or not, recording each move as a
 * {@code ClockChanged} event by the system actor {@code sla-recalculation}. Reads every complaint, page by page.
 * Thread-safe.
 */
final class Recalculator {
    private static final Logger LOG = LoggerFactory.getLogger(Recalculator.class);
    /** The actor of the changes a recalculation records. */
    private static final Actor RECALCULATION = Actor.system("sla-recalculation");

    private final Clock clock;
    private final ComplaintStore store;
    private final ClockSetup clocks;
    private final Recorder recorder;

    Recalculator(Clock clock, ComplaintStore store, ClockSetup clocks, Recorder recorder) {
        this.clock = clock;
        this.store = store;
        this.clocks = clocks;
        this.recorder = recorder;
    }

    List<DeadlineMove> preview(SlaSetup candidate) {
        ClockKeeper current = clocks.current();
        ClockKeeper next = current.on(Objects.requireNonNull(candidate, "candidate"));
        Instant now = clock.instant();
        List<DeadlineMove> moves = new ArrayList<>();
        forEachComplaint(store, id -> {
            List<ComplaintEvent> history = store.load(id);
            if (!history.isEmpty()) {
                moves.addAll(movesOf(current, History.fold(history), history, next, now));
            }
        });
        return moves;
    }

    RecalculationReport apply(SlaSetup candidate, String reason) {
        Objects.requireNonNull(candidate, "candidate");
        Checks.text(reason, "reason");
        ClockKeeper previous = clocks.current();
        ClockKeeper next = previous.on(candidate);
        clocks.replace(next);
        Instant now = clock.instant();
        List<DeadlineMove> applied = new ArrayList<>();
        int[] conflicts = {0};
        forEachComplaint(store, id -> ConflictRetry.THRICE.get(() -> recalculate(id, previous, next, now, reason))
                .ifPresentOrElse(applied::addAll, () -> conflicts[0]++));
        LOG.debug("recalculation at {}: {} clocks moved, {} complaints left after conflicts", now, applied.size(),
                conflicts[0]);
        return new RecalculationReport(now, applied, conflicts[0]);
    }

    private List<DeadlineMove> recalculate(ComplaintId id, ClockKeeper previous, ClockKeeper next, Instant clockNow,
                                           String reason) {
        History history = History.read(store, id);
        if (history.isEmpty()) {
            return List.of();
        }
        ComplaintState state = history.fold();
        Instant now = history.notBefore(clockNow);
        List<DeadlineMove> moves = movesOf(previous, state, history.events(), next, now);
        if (moves.isEmpty()) {
            return moves;
        }
        List<ClockChanged> events = next.applying(moves, state.version(), now, RECALCULATION, reason);
        recorder.asDecided(history, state, events, next, now);
        return moves;
    }

    /**
     * The moves of one complaint: every move on an open complaint; on one that is no longer open, only the
     * settlement of outcomes that were pending or provisional (a policy change does not reach it).
     */
    private static List<DeadlineMove> movesOf(ClockKeeper current, ComplaintState state, List<ComplaintEvent> history,
                                              ClockKeeper next, Instant now) {
        List<DeadlineMove> moves = current.moves(state, history, next, now);
        return state.status().isOpen() ? moves : moves.stream().filter(m -> m.outcome() != null).toList();
    }

    /** Runs an action on every complaint, open or not, page by page. */
    static void forEachComplaint(ComplaintStore store, Consumer<ComplaintId> action) {
        ComplaintQuery query = ComplaintQuery.all(ComplaintQuery.MAX_LIMIT);
        while (true) {
            ComplaintPage page = store.query(query);
            page.ids().forEach(action);
            if (page.next().isEmpty()) {
                return;
            }
            query = query.after(page.next().get());
        }
    }

    /** The statuses of a complaint still open. */
    static Set<ComplaintStatus> openStatuses() {
        Set<ComplaintStatus> open = EnumSet.noneOf(ComplaintStatus.class);
        for (ComplaintStatus status : ComplaintStatus.values()) {
            if (status.isOpen()) {
                open.add(status);
            }
        }
        return open;
    }

}
