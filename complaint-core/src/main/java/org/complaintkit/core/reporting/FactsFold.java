package org.complaintkit.core.reporting;

import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.complaintkit.api.classification.ClassificationResult;
import org.complaintkit.api.complaint.ComplaintState;
import org.complaintkit.api.event.ClockChanged;
import org.complaintkit.api.event.ComplaintClosed;
import org.complaintkit.api.event.ComplaintEscalated;
import org.complaintkit.api.event.ComplaintEvent;
import org.complaintkit.api.event.RootCauseLinked;
import org.complaintkit.api.event.TypicalCaseMarked;
import org.complaintkit.core.classification.Classifications;

/**
 * What of a complaint's {@link ComplaintFacts} only its history tells (when it last closed, how often it was
 * escalated, each clock round's result, its root causes, whether it is a typical case, its classification),
 * folded event by event. After an append the engine folds the new events onto the fold it kept instead of
 * folding the whole history again: {@code FactsFold.of(history).plus(added).facts(state)} equals
 * {@link ComplaintFacts#of(ComplaintState, List)} over the history with the added events.
 *
 * <p>Immutable and thread-safe. It holds no customer data, as the facts hold none.
 */
public final class FactsFold {
    private static final FactsFold EMPTY = new FactsFold(0, null, 0, Map.of(), Set.of(), false, null);

    private final long events;
    private final Instant closedAt;
    private final int escalations;
    private final Map<String, ClockResult> rounds;
    private final Set<String> rootCauses;
    private final boolean typicalCase;
    private final ClassificationResult classification;

    private FactsFold(long events, Instant closedAt, int escalations, Map<String, ClockResult> rounds,
                      Set<String> rootCauses, boolean typicalCase, ClassificationResult classification) {
        this.events = events;
        this.closedAt = closedAt;
        this.escalations = escalations;
        this.rounds = rounds;
        this.rootCauses = rootCauses;
        this.typicalCase = typicalCase;
        this.classification = classification;
    }

    /**
     * The fold of no events, before a complaint's registration.
     *
     * @return the empty fold
     */
    public static FactsFold empty() {
        return EMPTY;
    }

    /**
     * Folds a whole history.
     *
     * @param history the complaint's events, from its registration on
     * @return the fold
     */
    public static FactsFold of(List<? extends ComplaintEvent> history) {
        return EMPTY.plus(history);
    }

    /**
     * How many events this fold has read: the version of the history it folds.
     *
     * @return the number of events folded
     */
    public long events() {
        return events;
    }

    /**
     * This fold with more events folded on; this one is unchanged.
     *
     * @param added the events that follow the ones folded, in sequence order
     * @return the fold of all of them
     */
    public FactsFold plus(List<? extends ComplaintEvent> added) {
        Instant closed = closedAt;
        int escalated = escalations;
        Map<String, ClockResult> clockRounds = rounds;
        Set<String> causes = rootCauses;
        boolean typical = typicalCase;
        ClassificationResult classes = classification;
        boolean roundsCopied = false;
        boolean causesCopied = false;
        for (ComplaintEvent event : added) {
            if (event instanceof ComplaintClosed) {
                closed = event.occurredAt();
            } else if (event instanceof ComplaintEscalated) {
                escalated++;
            } else if (event instanceof ClockChanged change) {
                if (!roundsCopied) {
                    clockRounds = new TreeMap<>(clockRounds);
                    roundsCopied = true;
                }
                clockRounds.put(change.clockId(), ComplaintFacts.next(clockRounds.get(change.clockId()), change));
            } else if (event instanceof RootCauseLinked link) {
                if (!causesCopied) {
                    causes = new TreeSet<>(causes);
                    causesCopied = true;
                }
                causes.add(link.rootCauseId());
            } else if (event instanceof TypicalCaseMarked) {
                typical = true;
            }
            classes = Classifications.next(classes, event);
        }
        return new FactsFold(events + added.size(), closed, escalated,
                roundsCopied ? Collections.unmodifiableMap(clockRounds) : clockRounds,
                causesCopied ? Collections.unmodifiableSet(causes) : causes, typical, classes);
    }

    /**
     * The facts of the complaint in the state its folded history leads to.
     *
     * @param state the complaint's state after the events folded
     * @return the facts, as {@link ComplaintFacts#of(ComplaintState, List)} reads them from the whole history
     */
    public ComplaintFacts facts(ComplaintState state) {
        return ComplaintFacts.assemble(state, closedAt, escalations, rounds, rootCauses, typicalCase, classification);
    }
}
