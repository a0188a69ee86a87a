package org.complaintkit.core.complaint;

import java.time.Instant;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.List;
import org.complaintkit.api.classification.ClassificationResult;
import org.complaintkit.api.classification.ComplaintFlag;
import org.complaintkit.api.classification.Priority;
import org.complaintkit.api.complaint.ComplaintState;
import org.complaintkit.api.complaint.HandlingUnit;
import org.complaintkit.api.event.ClockChanged;
import org.complaintkit.api.event.ComplaintEvent;
import org.complaintkit.api.event.ForwardingBodyReplied;
import org.complaintkit.api.event.ReferredExternally;
import org.complaintkit.api.event.TypicalCaseMarked;
import org.complaintkit.api.organisation.UnitId;
import org.complaintkit.api.sla.BreachAction;
import org.complaintkit.api.sla.ClockChange;
import org.complaintkit.core.classification.Classifications;
import org.complaintkit.spi.storage.QueueFacts;
import org.complaintkit.spi.storage.QueueFlag;

/**
 * Derives a complaint's queue facts ({@link QueueFacts}) from its history, for its index row: handler and
 * co-handlers from the current assignment, the current owner from {@link Ownership} (after any transfer), classes,
 * flags and priority from the classification with overrides and links applied, the flags the history raises
 * (vulnerable customer, breach marked, typical case), the external references of the forwarding, of each reply to
 * the forwarding body and of each referral, and each running clock's deadline as the last recorded change of the
 * clock states it (a pause takes the clock out until it resumes or restarts; a met, breached, stopped, cancelled or
 * closed clock is out). A pure function of the history.
 */
public final class QueueColumns {
    static final Set<ClockChange> RUNNING = EnumSet.of(ClockChange.STARTED, ClockChange.RESUMED,
            ClockChange.RESTARTED, ClockChange.EXTENDED, ClockChange.RECALCULATED, ClockChange.WARNED,
            ClockChange.OVERDUE);
    static final Set<ClockChange> SETTLING = EnumSet.of(ClockChange.PAUSED, ClockChange.MET,
            ClockChange.BREACHED, ClockChange.CANCELLED, ClockChange.STOPPED, ClockChange.CLOSED);
    static final Set<ClockChange> STARTING = EnumSet.of(ClockChange.STARTED, ClockChange.RESUMED,
            ClockChange.RESTARTED);

    private QueueColumns() {
    }

    /**
     * Returns the queue facts of a complaint.
     *
     * @param state the complaint's state
     * @param history the complaint's events in sequence order, which {@code state} folds
     * @return the facts
     */
    public static QueueFacts of(ComplaintState state, List<ComplaintEvent> history) {
        Set<UnitId> coHandlers = new TreeSet<>();
        if (state.assignment() != null) {
            for (HandlingUnit unit : state.assignment().coHandlers()) {
                coHandlers.add(unit.unit());
            }
        }
        Set<String> classes = Set.of();
        Set<QueueFlag> flags = EnumSet.noneOf(QueueFlag.class);
        Priority priority = null;
        ClassificationResult classification = Classifications.current(history).orElse(null);
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
        Set<String> references = new LinkedHashSet<>();
        if (state.registration().forwardedFrom() != null) {
            addReference(references, state.registration().forwardedFrom().externalReference());
        }
        Map<String, Instant> running = new HashMap<>();
        Set<String> paused = new HashSet<>();
        for (ComplaintEvent event : history) {
            if (event instanceof ReferredExternally referral) {
                addReference(references, referral.externalReference());
            } else if (event instanceof ForwardingBodyReplied reply) {
                addReference(references, reply.bodyReference());
            } else if (event instanceof TypicalCaseMarked) {
                flags.add(QueueFlag.TYPICAL_CASE);
            } else if (event instanceof ClockChanged change) {
                if (change.change() == ClockChange.BREACHED && change.breachActions().contains(BreachAction.MARK)) {
                    flags.add(QueueFlag.BREACH_MARKED);
                }
                if (STARTING.contains(change.change())) {
                    paused.remove(change.clockId());
                } else if (change.change() == ClockChange.PAUSED) {
                    paused.add(change.clockId());
                }
                if (RUNNING.contains(change.change()) && change.deadline() != null
                        && !paused.contains(change.clockId())) {
                    running.put(change.clockId(), change.deadline());
                } else if (SETTLING.contains(change.change()) || RUNNING.contains(change.change())) {
                    running.remove(change.clockId());
                }
            }
        }
        return new QueueFacts(state.assignment() == null ? null : state.assignment().handler(),
                Ownership.currentOwner(history), coHandlers, classes, flags, priority, references, running);
    }

    /** A reference another body gave: a blank one (the commands allow it) says nothing to search by, so is left out. */
    private static void addReference(Set<String> references, String reference) {
        if (reference != null && !reference.isBlank()) {
            references.add(reference);
        }
    }
}
