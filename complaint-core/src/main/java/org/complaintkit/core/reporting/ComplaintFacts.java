package org.complaintkit.core.reporting;

import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.complaintkit.api.classification.ClassAssignment;
import org.complaintkit.api.classification.ClassificationResult;
import org.complaintkit.api.classification.ComplaintFlag;
import org.complaintkit.api.complaint.ForwardingSource;
import org.complaintkit.api.event.RootCauseLinked;
import org.complaintkit.api.event.TypicalCaseMarked;
import org.complaintkit.api.organisation.DepartmentId;
import org.complaintkit.api.organisation.StaffId;
import org.complaintkit.api.complaint.Channel;
import org.complaintkit.api.complaint.ComplaintId;
import org.complaintkit.api.complaint.ComplaintState;
import org.complaintkit.api.complaint.ComplaintStatus;
import org.complaintkit.api.complaint.Liability;
import org.complaintkit.api.complaint.Money;
import org.complaintkit.api.complaint.Outcome;
import org.complaintkit.api.complaint.Satisfaction;
import org.complaintkit.api.event.ClockChanged;
import org.complaintkit.api.event.ComplaintClosed;
import org.complaintkit.api.event.ComplaintEscalated;
import org.complaintkit.api.event.ComplaintEvent;
import org.complaintkit.api.organisation.UnitId;
import org.complaintkit.core.classification.Classifications;
import org.complaintkit.core.complaint.ComplaintAggregate;
import org.complaintkit.core.sla.ClockRounds;
import org.complaintkit.api.complaint.SubjectKind;

/**
 * The facts of one complaint that statistics count, read from its history once: where and how it came in,
 * where it stands, how it ended, and how each of its clocks stands. It holds no customer data: no name, no
 * contact, no text. Staff appear by id only (handler, staff complained about), for the performance feed; the
 * reports built from it never pair a staff member with a complaint.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id the complaint
 * @param channel how it arrived
 * @param receivingUnit where it was received
 * @param handlingUnit the first-responsible unit, or null before assignment
 * @param status its status now
 * @param receivedAt when it was received
 * @param closedAt when it was closed, or null if it is not closed
 * @param classes its classes now, as qualified codes ({@code scheme:code}); a scheme left to a person as
 *     {@code scheme:?}, which {@link Dimension#classIn} reports as {@value Dimension#NEEDS_PERSON}
 * @param reinvestigations how often it was reopened for re-investigation
 * @param escalations how often it was escalated up the hierarchy
 * @param outcome the outcome of its resolution (upheld, partly upheld, rejected), or null if none was proposed
 * @param liability the responsibility recorded when it was closed, or null
 * @param satisfaction the customer's satisfaction, or null if not recorded
 * @param redress the compensation in its resolution, or null if none
 * @param clocks each clock's result, by clock id; a clock that ran again after re-investigations
 *     ({@link ClockRounds}) counts once, with the worst result of its rounds (a breached round stands)
 * @param handlingDepartment the first-responsible department, or null if none was named
 * @param handler the assigned handler, or null if none was named
 * @param staffComplainedAbout the staff members the complaint is about; only counts built from them leave
 *     the reporting code, never who complained about whom
 * @param forwardedBy who forwarded the complaint to the bank, or null if the customer came directly
 * @param flags its classification flags now (VIP, repeat, group, ...)
 * @param rootCauses the root causes it is linked to, by id
 * @param typicalCase whether its resolution is marked a typical case for the knowledge base
 * @param unitsComplainedAbout the units the complaint names as its subject; empty if it names none
 */
public record ComplaintFacts(ComplaintId id, Channel channel, UnitId receivingUnit, UnitId handlingUnit,
                             ComplaintStatus status, Instant receivedAt, Instant closedAt, Set<String> classes,
                             int reinvestigations, int escalations, Outcome outcome, Liability liability,
                             Satisfaction satisfaction, Money redress, Map<String, ClockResult> clocks,
                             DepartmentId handlingDepartment, StaffId handler, Set<StaffId> staffComplainedAbout,
                             ForwardingSource forwardedBy, Set<ComplaintFlag> flags, Set<String> rootCauses,
                             boolean typicalCase, Set<UnitId> unitsComplainedAbout) {

    /**
     * Checks and copies the components.
     *
     * @param id the complaint
     * @param channel how it arrived
     * @param receivingUnit where it was received
     * @param handlingUnit the first-responsible unit, or null
     * @param status its status now
     * @param receivedAt when it was received
     * @param closedAt when it was closed, or null
     * @param classes its classes now
     * @param reinvestigations how often it was reopened
     * @param escalations how often it was escalated
     * @param outcome the outcome, or null
     * @param liability the responsibility, or null
     * @param satisfaction the satisfaction, or null
     * @param redress the compensation, or null
     * @param clocks each clock's result, by clock id
     * @param handlingDepartment the first-responsible department, or null
     * @param handler the assigned handler, or null
     * @param staffComplainedAbout the staff members the complaint is about
     * @param forwardedBy who forwarded it, or null
     * @param flags its classification flags
     * @param rootCauses the root causes it is linked to
     * @param typicalCase whether it is a typical case
     * @param unitsComplainedAbout the units it is about
     */
    public ComplaintFacts {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(receivingUnit, "receivingUnit");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(receivedAt, "receivedAt");
        classes = Set.copyOf(classes);
        clocks = Map.copyOf(clocks);
        staffComplainedAbout = Set.copyOf(staffComplainedAbout);
        flags = flags.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(flags));
        rootCauses = Set.copyOf(rootCauses);
        unitsComplainedAbout = Set.copyOf(unitsComplainedAbout);
        if (reinvestigations < 0 || escalations < 0) {
            throw new IllegalArgumentException("counts must not be negative");
        }
    }

    /**
     * Reads the facts from a complaint's history.
     *
     * @param history the complaint's events, from its registration on
     * @return the facts
     * @throws IllegalArgumentException if the history is empty
     */
    public static ComplaintFacts of(List<ComplaintEvent> history) {
        if (history == null || history.isEmpty()) {
            throw new IllegalArgumentException("a history starts with the registration");
        }
        return of(ComplaintAggregate.replay(history), history);
    }

    /**
     * Reads the facts from a complaint's history already folded, so a report that also needs the state (to ask
     * the access policy, say) folds it once.
     *
     * @param state the complaint's state, folded from {@code history}
     * @param history the complaint's events, from its registration on
     * @return the facts
     */
    public static ComplaintFacts of(ComplaintState state, List<ComplaintEvent> history) {
        Objects.requireNonNull(state, "state");
        Instant closedAt = null;
        int escalations = 0;
        boolean typical = false;
        Set<String> rootCauses = new TreeSet<>();
        Map<String, ClockResult> rounds = new TreeMap<>();
        for (ComplaintEvent event : history) {
            if (event instanceof ComplaintClosed) {
                closedAt = event.occurredAt();
            } else if (event instanceof ComplaintEscalated) {
                escalations++;
            } else if (event instanceof ClockChanged change) {
                rounds.put(change.clockId(), next(rounds.get(change.clockId()), change));
            } else if (event instanceof RootCauseLinked link) {
                rootCauses.add(link.rootCauseId());
            } else if (event instanceof TypicalCaseMarked) {
                typical = true;
            }
        }
        return assemble(state, closedAt, escalations, rounds, rootCauses, typical, Classifications.current(history)
                .orElse(null));
    }

    /**
     * The facts of a complaint in a state, given what only its history tells: {@link #of(ComplaintState, List)}
     * and {@link FactsFold#facts} both end here, so they differ only in how they read the history.
     *
     * @param state the complaint's state now
     * @param closedAt when the last closing event occurred, or null if there was none
     * @param escalations how many escalation events the history holds
     * @param rounds each clock round's result, by the round's own clock id
     * @param rootCauses the root causes linked
     * @param typical whether the resolution was marked a typical case
     * @param classification the classification now, or null if never classified
     * @return the facts
     */
    static ComplaintFacts assemble(ComplaintState state, Instant closedAt, int escalations,
                                   Map<String, ClockResult> rounds, Set<String> rootCauses, boolean typical,
                                   ClassificationResult classification) {
        if (state.status() != ComplaintStatus.CLOSED) {
            closedAt = null;
        }
        // The rounds of a clock after re-investigations count as the clock: the worst of them stands.
        Map<String, ClockResult> clocks = new TreeMap<>();
        rounds.forEach((id, result) -> clocks.merge(ClockRounds.baseId(id), result, ComplaintFacts::worse));
        Set<StaffId> about = new TreeSet<>();
        Set<UnitId> units = new TreeSet<>();
        state.registration().subjects().forEach(subject -> {
            subject.staffMember().ifPresent(about::add);
            if (subject.kind() == SubjectKind.UNIT) {
                units.add(UnitId.of(subject.reference()));
            }
        });
        var resolution = state.resolution();
        var assignment = state.assignment();
        var forwarding = state.registration().forwardedFrom();
        return new ComplaintFacts(state.id(), state.registration().channel(), state.registration().receivingUnit(),
                assignment == null ? null : assignment.firstResponsible().unit(), state.status(),
                state.registration().receivedAt(), closedAt,
                classification == null ? Set.of() : reported(classification), state.reinvestigations(),
                escalations, resolution == null ? null : resolution.outcome(), state.liability(), state.satisfaction(),
                resolution == null ? null : resolution.compensation(), clocks,
                assignment == null ? null : assignment.firstResponsible().department(),
                assignment == null ? null : assignment.handler(), about,
                forwarding == null ? null : forwarding.source(),
                classification == null ? Set.of() : classification.flagSet(), rootCauses, typical, units);
    }

    /** The decided classes, and each scheme left to a person as {@code scheme:?}, which reports count apart. */
    private static Set<String> reported(ClassificationResult result) {
        Set<String> out = new TreeSet<>(result.qualifiedCodes());
        result.classes().stream().filter(ClassAssignment::needsPerson).forEach(c -> out.add(c.qualifiedCode()));
        return out;
    }

    /**
     * The result that stands for a clock run in rounds: a breach over anything, then running overdue, an outcome
     * still pending, running, met, and last cancelled (a round the complaint's end cut short).
     */
    private static ClockResult worse(ClockResult a, ClockResult b) {
        return SEVERITY.indexOf(a) <= SEVERITY.indexOf(b) ? a : b;
    }

    private static final List<ClockResult> SEVERITY = List.of(ClockResult.BREACHED, ClockResult.OPEN_OVERDUE,
            ClockResult.PENDING, ClockResult.OPEN, ClockResult.MET, ClockResult.CANCELLED);

    /** A clock's result after one more recorded change. */
    static ClockResult next(ClockResult before, ClockChanged change) {
        return switch (change.change()) {
            case STARTED, RESTARTED -> ClockResult.OPEN;
            case MET -> ClockResult.MET;
            case BREACHED -> ClockResult.BREACHED;
            case CANCELLED -> ClockResult.CANCELLED;
            // A window that closed has run past its end as an overdue duty has; reports tell windows from duties
            // by the clock's purpose, never by this result.
            case OVERDUE, CLOSED -> ClockResult.OPEN_OVERDUE;
            case STOPPED -> ClockResult.PENDING;
            default -> before == null ? ClockResult.OPEN : before;
        };
    }
}
