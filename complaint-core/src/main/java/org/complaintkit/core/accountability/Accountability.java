package org.complaintkit.core.accountability;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.complaintkit.api.classification.ClassificationResult;
import org.complaintkit.api.classification.ComplaintFlag;
import org.complaintkit.api.complaint.AccountabilityTrigger;
import org.complaintkit.api.complaint.ComplaintState;
import org.complaintkit.api.complaint.ComplaintSubject;
import org.complaintkit.api.complaint.LiableParty;
import org.complaintkit.api.complaint.ResponsibilityVerdict;
import org.complaintkit.api.complaint.Sanction;
import org.complaintkit.api.event.AccountabilityCaseOpened;
import org.complaintkit.api.event.AccountabilityDecided;
import org.complaintkit.api.event.ClockChanged;
import org.complaintkit.api.event.ComplaintEvent;
import org.complaintkit.api.event.ComplaintLinked;
import org.complaintkit.api.event.ResponsibilityRecorded;
import org.complaintkit.api.organisation.Actor;
import org.complaintkit.api.organisation.StaffId;
import org.complaintkit.api.organisation.UnitId;
import org.complaintkit.api.sla.ClockChange;
import org.complaintkit.core.classification.Classifications;

/**
 * Reads a complaint's accountability from its history: the latest responsibility finding, the cases opened and
 * which of them are still open, the decisions, the triggers the complaint shows, and the persons concerned.
 * Nothing here is folded into the complaint's state: every reader reads the history.
 *
 * <p>A case is <em>open</em> until a decision lists it; a decision decides every case open when it is made. The
 * accountability is <em>decided</em> when at least one case was opened and none is open.
 *
 * <p>Stateless and thread-safe.
 */
public final class Accountability {

    private Accountability() {
    }

    /**
     * Returns the finding that stands: the latest.
     *
     * @param history the complaint's events
     * @return the latest finding, if any
     */
    public static Optional<ResponsibilityRecorded> latestFinding(List<ComplaintEvent> history) {
        ResponsibilityRecorded latest = null;
        for (ComplaintEvent event : history) {
            if (event instanceof ResponsibilityRecorded finding) {
                latest = finding;
            }
        }
        return Optional.ofNullable(latest);
    }

    /**
     * Returns every case opened, in order.
     *
     * @param history the complaint's events
     * @return the cases
     */
    public static List<AccountabilityCaseOpened> cases(List<ComplaintEvent> history) {
        List<AccountabilityCaseOpened> out = new ArrayList<>();
        for (ComplaintEvent event : history) {
            if (event instanceof AccountabilityCaseOpened opened) {
                out.add(opened);
            }
        }
        return out;
    }

    /**
     * Returns every decision, in order.
     *
     * @param history the complaint's events
     * @return the decisions
     */
    public static List<AccountabilityDecided> decisions(List<ComplaintEvent> history) {
        List<AccountabilityDecided> out = new ArrayList<>();
        for (ComplaintEvent event : history) {
            if (event instanceof AccountabilityDecided decided) {
                out.add(decided);
            }
        }
        return out;
    }

    /**
     * Returns the cases no decision lists.
     *
     * @param history the complaint's events
     * @return the open cases, in order
     */
    public static List<AccountabilityCaseOpened> openCases(List<ComplaintEvent> history) {
        Set<Long> decided = new HashSet<>();
        decisions(history).forEach(d -> decided.addAll(d.cases()));
        return cases(history).stream().filter(c -> !decided.contains(c.sequence())).toList();
    }

    /**
     * Tells whether the accountability is decided: a case was opened and none is open.
     *
     * @param history the complaint's events
     * @return true if decided
     */
    public static boolean decided(List<ComplaintEvent> history) {
        return !cases(history).isEmpty() && openCases(history).isEmpty();
    }

    /**
     * Returns the triggers the cases opened so far list.
     *
     * @param history the complaint's events
     * @return the triggers
     */
    public static Set<AccountabilityTrigger> listed(List<ComplaintEvent> history) {
        Set<AccountabilityTrigger> out = java.util.EnumSet.noneOf(AccountabilityTrigger.class);
        cases(history).forEach(c -> out.addAll(c.triggers()));
        return out;
    }

    /**
     * Returns the triggers a complaint shows, each with what shows it (identifiers only): forwarded by any body,
     * the head office included (external channel); flagged or linked as a repeat; a duty clock overdue or stopped
     * after its deadline.
     *
     * @param state the complaint's state
     * @param history its events
     * @param isDuty tells a duty clock from a window, by clock id
     * @return the triggers shown, in the enum's order
     */
    public static Map<AccountabilityTrigger, String> shown(ComplaintState state, List<ComplaintEvent> history,
                                                           Predicate<String> isDuty) {
        Map<AccountabilityTrigger, String> out = new EnumMap<>(AccountabilityTrigger.class);
        if (state.registration().forwardedFrom() != null) {
            out.put(AccountabilityTrigger.EXTERNAL_CHANNEL,
                    "forwarded by " + state.registration().forwardedFrom().source());
        }
        boolean flagged = Classifications.current(history).map(ClassificationResult::flagSet)
                .map(flags -> flags.contains(ComplaintFlag.REPEAT)).orElse(false);
        boolean linked = history.stream().anyMatch(e -> e instanceof ComplaintLinked l
                && l.kind() == ComplaintLinked.Kind.REPEAT);
        if (flagged || linked) {
            out.put(AccountabilityTrigger.REPEAT, linked ? "linked as a repeat" : "classified a repeat");
        }
        Set<String> late = new TreeSet<>();
        for (ComplaintEvent event : history) {
            if (event instanceof ClockChanged c && (c.change() == ClockChange.OVERDUE
                    || c.change() == ClockChange.BREACHED) && isDuty.test(c.clockId())) {
                late.add(c.clockId() + " " + c.change());
            }
        }
        if (!late.isEmpty()) {
            out.put(AccountabilityTrigger.OVERDUE, "clock " + String.join(", ", late));
        }
        return out;
    }

    /**
     * Returns the staff members the accountability concerns: those the complaint is about, those any finding names
     * liable, and those any decision sanctions.
     *
     * @param state the complaint's state
     * @param history its events
     * @return the staff ids
     */
    public static Set<StaffId> personsConcerned(ComplaintState state, List<ComplaintEvent> history) {
        Set<StaffId> out = new LinkedHashSet<>();
        state.registration().subjects().stream().map(ComplaintSubject::staffMember).flatMap(Optional::stream)
                .forEach(out::add);
        for (LiableParty party : parties(history)) {
            if (party.staff() != null) {
                out.add(party.staff());
            }
        }
        return out;
    }

    /**
     * Returns the units any finding names liable or any decision sanctions.
     *
     * @param history the complaint's events
     * @return the unit ids
     */
    public static Set<UnitId> unitsConcerned(List<ComplaintEvent> history) {
        Set<UnitId> out = new LinkedHashSet<>();
        for (LiableParty party : parties(history)) {
            if (party.unit() != null) {
                out.add(party.unit());
            }
        }
        return out;
    }

    /**
     * Tells whether an actor is concerned: a person concerned, or a member of a unit concerned.
     *
     * @param actor the actor
     * @param state the complaint's state
     * @param history its events
     * @return true if concerned
     */
    public static boolean concerns(Actor actor, ComplaintState state, List<ComplaintEvent> history) {
        Objects.requireNonNull(actor, "actor");
        return personsConcerned(state, history).contains(actor.staffId())
                || unitsConcerned(history).contains(actor.unitId());
    }

    /**
     * Returns whether a party is named liable (or shared) by the latest finding.
     *
     * @param history the complaint's events
     * @param party the party
     * @return true if the finding that stands names it
     */
    public static boolean foundLiable(List<ComplaintEvent> history, LiableParty party) {
        return latestFinding(history).filter(f -> f.verdict() != ResponsibilityVerdict.NOT_LIABLE)
                .map(f -> f.liable().contains(party)).orElse(false);
    }

    private static List<LiableParty> parties(List<ComplaintEvent> history) {
        List<LiableParty> out = new ArrayList<>();
        for (ComplaintEvent event : history) {
            if (event instanceof ResponsibilityRecorded finding) {
                out.addAll(finding.liable());
            } else if (event instanceof AccountabilityDecided decided) {
                decided.sanctions().stream().map(Sanction::on).forEach(out::add);
            }
        }
        return out;
    }
}
