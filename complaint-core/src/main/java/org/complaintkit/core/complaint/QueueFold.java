package org.complaintkit.core.complaint;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.complaintkit.api.classification.ClassificationResult;
import org.complaintkit.api.classification.ComplaintFlag;
import org.complaintkit.api.classification.Priority;
import org.complaintkit.api.complaint.ComplaintState;
import org.complaintkit.api.complaint.HandlingUnit;
import org.complaintkit.api.event.ClockChanged;
import org.complaintkit.api.event.ComplaintEvent;
import org.complaintkit.api.event.ComplaintRegistered;
import org.complaintkit.api.event.ForwardingBodyReplied;
import org.complaintkit.api.event.OwnershipTransferred;
import org.complaintkit.api.event.ReferredExternally;
import org.complaintkit.api.event.TypicalCaseMarked;
import org.complaintkit.api.organisation.StaffId;
import org.complaintkit.api.organisation.UnitId;
import org.complaintkit.api.sla.BreachAction;
import org.complaintkit.api.sla.ClockChange;
import org.complaintkit.core.classification.Classifications;
import org.complaintkit.spi.storage.QueueFacts;
import org.complaintkit.spi.storage.QueueFlag;

/**
 * What of a complaint's queue facts ({@link QueueColumns}) only its history tells (the current first-contact
 * owner, the classification, the typical-case and breach-marked flags, the references of referrals and replies,
 * each clock's running deadline), folded event by event: the one place the queue columns are read from a history.
 * After an append the engine folds the new events onto the fold it kept instead of reading the whole history again:
 * {@code QueueFold.of(history).plus(added).facts(state)} equals {@link QueueColumns#of} over the history with the
 * added events, which folds the whole history here at once.
 *
 * <p>Immutable and thread-safe.
 */
public final class QueueFold {
    private static final Set<ClockChange> RUNNING = EnumSet.of(ClockChange.STARTED, ClockChange.RESUMED,
            ClockChange.RESTARTED, ClockChange.EXTENDED, ClockChange.RECALCULATED, ClockChange.WARNED,
            ClockChange.OVERDUE);
    private static final Set<ClockChange> SETTLING = EnumSet.of(ClockChange.PAUSED, ClockChange.MET,
            ClockChange.BREACHED, ClockChange.CANCELLED, ClockChange.STOPPED, ClockChange.CLOSED);
    private static final Set<ClockChange> STARTING = EnumSet.of(ClockChange.STARTED, ClockChange.RESUMED,
            ClockChange.RESTARTED);
    private static final QueueFold EMPTY = new QueueFold(0, null, null, false, false, List.of(), Map.of(), Set.of());

    private final long events;
    private final StaffId owner;
    private final ClassificationResult classification;
    private final boolean typicalCase;
    private final boolean breachMarked;
    private final List<String> references;
    private final Map<String, Instant> running;
    private final Set<String> paused;

    private QueueFold(long events, StaffId owner, ClassificationResult classification, boolean typicalCase,
                      boolean breachMarked, List<String> references, Map<String, Instant> running,
                      Set<String> paused) {
        this.events = events;
        this.owner = owner;
        this.classification = classification;
        this.typicalCase = typicalCase;
        this.breachMarked = breachMarked;
        this.references = references;
        this.running = running;
        this.paused = paused;
    }

    /**
     * Folds a whole history.
     *
     * @param history the complaint's events, the registration first
     * @return the fold
     * @throws IllegalArgumentException if the history does not start with a registration
     */
    public static QueueFold of(List<? extends ComplaintEvent> history) {
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
     * @throws IllegalArgumentException if this fold is empty and the events do not start with a registration
     */
    public QueueFold plus(List<? extends ComplaintEvent> added) {
        if (added.isEmpty()) {
            return this;
        }
        StaffId currentOwner = owner;
        if (events == 0) {
            if (!(added.get(0) instanceof ComplaintRegistered registered)) {
                throw new IllegalArgumentException("a complaint's history starts with its registration");
            }
            currentOwner = registered.registration().firstContactOwner();
        }
        ClassificationResult classes = classification;
        boolean typical = typicalCase;
        boolean marked = breachMarked;
        List<String> refs = references;
        Map<String, Instant> runningNow = running;
        Set<String> pausedNow = paused;
        boolean clocksCopied = false;
        for (ComplaintEvent event : added) {
            classes = Classifications.next(classes, event);
            if (event instanceof OwnershipTransferred transferred) {
                currentOwner = transferred.to();
            } else if (event instanceof ReferredExternally referral) {
                refs = withReference(refs, referral.externalReference());
            } else if (event instanceof ForwardingBodyReplied reply) {
                refs = withReference(refs, reply.bodyReference());
            } else if (event instanceof TypicalCaseMarked) {
                typical = true;
            } else if (event instanceof ClockChanged change) {
                if (!clocksCopied) {
                    runningNow = new HashMap<>(runningNow);
                    pausedNow = new HashSet<>(pausedNow);
                    clocksCopied = true;
                }
                ClockChange kind = change.change();
                if (kind == ClockChange.BREACHED && change.breachActions().contains(BreachAction.MARK)) {
                    marked = true;
                }
                if (STARTING.contains(kind)) {
                    pausedNow.remove(change.clockId());
                } else if (kind == ClockChange.PAUSED) {
                    pausedNow.add(change.clockId());
                }
                if (RUNNING.contains(kind) && change.deadline() != null
                        && !pausedNow.contains(change.clockId())) {
                    runningNow.put(change.clockId(), change.deadline());
                } else if (SETTLING.contains(kind) || RUNNING.contains(kind)) {
                    runningNow.remove(change.clockId());
                }
            }
        }
        return new QueueFold(events + added.size(), currentOwner, classes, typical, marked, refs,
                clocksCopied ? Collections.unmodifiableMap(runningNow) : runningNow,
                clocksCopied ? Collections.unmodifiableSet(pausedNow) : pausedNow);
    }

    /** The references with one more, if it says anything to search by (a blank one does not). */
    private static List<String> withReference(List<String> references, String reference) {
        if (reference == null || reference.isBlank()) {
            return references;
        }
        List<String> more = new ArrayList<>(references);
        more.add(reference);
        return Collections.unmodifiableList(more);
    }

    /**
     * The queue facts of the complaint in the state its folded history leads to.
     *
     * @param state the complaint's state after the events folded
     * @return the facts, as {@link QueueColumns#of} reads them from the whole history
     */
    public QueueFacts facts(ComplaintState state) {
        Set<UnitId> coHandlers = new TreeSet<>();
        if (state.assignment() != null) {
            for (HandlingUnit unit : state.assignment().coHandlers()) {
                coHandlers.add(unit.unit());
            }
        }
        Set<String> classes = Set.of();
        Set<QueueFlag> flags = EnumSet.noneOf(QueueFlag.class);
        Priority priority = null;
        if (classification != null) {
            classes = classification.qualifiedCodes();
            for (ComplaintFlag flag : classification.flagSet()) {
                flags.add(QueueFlag.of(flag));
            }
            priority = classification.priority();
            if (classification.needsPerson()) {
                flags.add(QueueFlag.NEEDS_CLASSIFICATION);
            }
        }
        if (!state.registration().complainant().vulnerabilities().isEmpty()) {
            flags.add(QueueFlag.VULNERABLE);
        }
        if (typicalCase) {
            flags.add(QueueFlag.TYPICAL_CASE);
        }
        if (breachMarked) {
            flags.add(QueueFlag.BREACH_MARKED);
        }
        Set<String> all = new LinkedHashSet<>();
        if (state.registration().forwardedFrom() != null) {
            String forwarded = state.registration().forwardedFrom().externalReference();
            if (forwarded != null && !forwarded.isBlank()) {
                all.add(forwarded);
            }
        }
        all.addAll(references);
        return new QueueFacts(state.assignment() == null ? null : state.assignment().handler(), owner, coHandlers,
                classes, flags, priority, all, running);
    }
}
