package org.complaintkit.core.engine;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.complaintkit.api.classification.ClassAssignment;
import org.complaintkit.api.classification.ClassificationResult;
import org.complaintkit.api.command.RegisterComplaint;
import org.complaintkit.api.complaint.ComplaintId;
import org.complaintkit.api.complaint.ComplaintStatus;
import org.complaintkit.api.event.ComplaintEvent;
import org.complaintkit.api.event.ComplaintLinked;
import org.complaintkit.api.event.ComplaintRegistered;
import org.complaintkit.api.event.EventHeader;
import org.complaintkit.core.classification.Classifications;
import org.complaintkit.core.classification.Fingerprints;
import org.complaintkit.core.classification.GroupDetector;
import org.complaintkit.core.classification.RepeatPolicy;
import org.complaintkit.core.lifecycle.TransitionTable;
import org.complaintkit.spi.storage.ComplaintPage;
import org.complaintkit.spi.storage.ComplaintQuery;
import org.complaintkit.spi.storage.ComplaintStore;
import org.complaintkit.api.command.CommandType;
import org.complaintkit.api.complaint.Channel;
import org.complaintkit.api.complaint.Registration;
import org.complaintkit.api.complaint.SubjectKind;
import org.complaintkit.api.event.ComplaintMerged;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.complaintkit.api.organisation.UnitId;
import org.complaintkit.core.classification.GroupScope;
import org.complaintkit.spi.organisation.OrgUnit;
import org.complaintkit.spi.organisation.OrganisationDirectory;
import org.complaintkit.spi.organisation.UnitLevel;
import org.complaintkit.api.complaint.ComplaintState;
import org.complaintkit.api.complaint.CustomerRef;
import org.complaintkit.core.complaint.ComplaintAggregate;

/**
 * The engine's link detection at registration, kept apart from the command path: repeats of the same
 * customer's complaint and groups of customers with the same problem, found through the store's
 * customer, unit and receipt-window queries. It reads and returns events; the engine does all storing.
 *
 * <p>Immutable and thread-safe.
 */
final class LinkDetector {
    private final ComplaintStore store;
    private final TransitionTable lifecycle;
    private final RepeatPolicy repeats;
    private final GroupDetector groups;
    private final String groupScheme;
    /** The organisation directory, for groups scoped by branch; null without one. */
    private final OrganisationDirectory directory;

    LinkDetector(ComplaintStore store, TransitionTable lifecycle, RepeatPolicy repeats, GroupDetector groups,
                 String groupScheme, OrganisationDirectory directory) {
        this.directory = directory;
        this.store = store;
        this.lifecycle = lifecycle;
        this.repeats = repeats;
        this.groups = groups;
        this.groupScheme = groupScheme;
    }

    boolean detectsRepeats() {
        return repeats != null;
    }

    boolean detectsGroups() {
        return groups != null;
    }

    /**
     * The link (and, by policy, the merge) that makes a new complaint a repeat: of the same customer with the same
     * class in the policy's scheme, the earliest open complaint received within the policy's window or, when there
     * is none, the most recently closed complaint closed within its look-back (seed 002 第二篇 四(三)9). Only an
     * open earlier complaint is merged into.
     */
    List<ComplaintEvent> repeatEvents(ComplaintRegistered registered, ClassificationResult result, int events,
                                              RegisterComplaint command, Instant now) {
        ClassAssignment matter = result.in(repeats.scheme()).orElse(null);
        if (matter == null || matter.needsPerson()) {
            return List.of();
        }
        Instant receivedAt = registered.registration().receivedAt();
        var customer = registered.registration().complainant().customer();
        ComplaintQuery openQuery = ComplaintQuery.all(ComplaintQuery.MAX_LIMIT).withStatuses(Recalculator.openStatuses())
                .withCustomer(customer)
                .withReceivedBetween(receivedAt.minus(repeats.window()), receivedAt.plusNanos(1));
        ComplaintId earlier = null;
        Instant earliestAt = null;
        for (Candidate c : candidates(openQuery, matter)) {
            if (earliestAt == null || c.receivedAt().isBefore(earliestAt)) {
                earlier = c.id();
                earliestAt = c.receivedAt();
            }
        }
        boolean open = earlier != null;
        if (!open) {
            earlier = latestClosed(customer, matter, receivedAt);
        }
        if (earlier == null) {
            return List.of();
        }
        ComplaintId id = registered.complaintId();
        List<ComplaintEvent> out = new ArrayList<>();
        String reason = open ? "same customer and " + matter.qualifiedCode() + " within " + repeats.window()
                : "same customer and " + matter.qualifiedCode() + ", the earlier complaint closed within "
                        + repeats.closedLookBack();
        out.add(new ComplaintLinked(new EventHeader(id, events + 1, now, command.actor()), ComplaintLinked.Kind.REPEAT,
                List.of(earlier), reason));
        boolean mergeAllowed = !lifecycle.candidates(lifecycle.initial(),
                CommandType.MERGE).isEmpty();
        if (open && repeats.action() == RepeatPolicy.Action.MERGE && mergeAllowed) {
            out.add(new ComplaintMerged(new EventHeader(id, events + 2, now, command.actor()),
                    earlier));
        }
        return out;
    }

    /** One earlier complaint of the customer about the same matter, with its receipt and its history. */
    private record Candidate(ComplaintId id, Instant receivedAt, List<ComplaintEvent> history) {
    }

    /** The complaints a query finds whose current class in the repeat scheme is the matter's, every page read. */
    private List<Candidate> candidates(ComplaintQuery first, ClassAssignment matter) {
        List<Candidate> out = new ArrayList<>();
        ComplaintQuery query = first;
        while (true) {
            ComplaintPage page = store.query(query);
            for (ComplaintId other : page.ids()) {
                List<ComplaintEvent> history = store.load(other);
                boolean same = Classifications.current(history).flatMap(r -> r.in(repeats.scheme()))
                        .map(c -> c.code().equals(matter.code())).orElse(false);
                if (same && history.get(0) instanceof ComplaintRegistered r) {
                    out.add(new Candidate(other, r.registration().receivedAt(), history));
                }
            }
            if (page.next().isEmpty()) {
                return out;
            }
            query = query.after(page.next().get());
        }
    }

    /**
     * The customer's complaint about the same matter that was closed (closed, withdrawn or not accepted; never
     * merged) most recently within the look-back before {@code at}, or null. The look-back runs from the closure:
     * the customer's closed complaints are read through the customer index, whatever their age, and each one's
     * closure time is taken from its history.
     */
    private ComplaintId latestClosed(CustomerRef customer, ClassAssignment matter, Instant at) {
        Set<ComplaintStatus> closed = EnumSet.complementOf(EnumSet.copyOf(Recalculator.openStatuses()));
        closed.remove(ComplaintStatus.MERGED);
        ComplaintQuery query = ComplaintQuery.all(ComplaintQuery.MAX_LIMIT).withStatuses(closed)
                .withCustomer(customer);
        Instant from = at.minus(repeats.closedLookBack());
        ComplaintId latest = null;
        Instant latestAt = null;
        for (Candidate c : candidates(query, matter)) {
            Instant closedAt = closedAt(c.history());
            if (closedAt != null && !closedAt.isBefore(from) && !closedAt.isAfter(at)
                    && (latestAt == null || closedAt.isAfter(latestAt))) {
                latest = c.id();
                latestAt = closedAt;
            }
        }
        return latest;
    }

    /** When the complaint last went from open to not open, or null if it is open now. */
    private static Instant closedAt(List<ComplaintEvent> history) {
        ComplaintState state = null;
        Instant at = null;
        for (ComplaintEvent event : history) {
            boolean wasOpen = state == null || state.status().isOpen();
            state = ComplaintAggregate.apply(state, event);
            if (wasOpen && !state.status().isOpen()) {
                at = event.header().occurredAt();
            }
        }
        return state == null || state.status().isOpen() ? null : at;
    }

    /**
     * The grouping fingerprint for a complaint's index row after some events, or null when groups are not
     * detected or the complaint has no class in the group scheme yet.
     */
    String fingerprint(List<ComplaintEvent> history, List<ComplaintEvent> added) {
        if (groups == null) {
            return null;
        }
        List<ComplaintEvent> all = history;
        if (!added.isEmpty()) {
            all = new ArrayList<>(history.size() + added.size());
            all.addAll(history);
            all.addAll(added);
        }
        if (all.isEmpty() || !(all.get(0) instanceof ComplaintRegistered registered)) {
            return null;
        }
        ClassificationResult result = Classifications.current(all).orElse(null);
        if (result == null || result.in(groupScheme).map(ClassAssignment::needsPerson).orElse(true)) {
            return null;
        }
        var registration = registered.registration();
        return Fingerprints.of(result, groupScheme, productsOf(registration), scopeOf(registration.receivingUnit()));
    }

    /**
     * The incident scope's key of a receiving unit (see {@link GroupScope}): the unit's id, its branch's id, or
     * {@code *} for the bank. Under branch scope, a unit with no branch at or above it in the directory (the head
     * office, a provincial branch, a unit the directory does not know) is its own scope.
     */
    private String scopeOf(UnitId unit) {
        return switch (groups.scope()) {
            case RECEIVING_UNIT -> unit.value();
            case BANK -> "*";
            case BRANCH -> branchOf(unit).value();
        };
    }

    private UnitId branchOf(UnitId unit) {
        UnitId at = unit;
        for (int depth = 0; at != null && depth < MAX_DEPTH; depth++) {
            Optional<OrgUnit> found = directory.unit(at);
            if (found.isEmpty()) {
                return unit;
            }
            if (found.get().level() == UnitLevel.BRANCH) {
                return at;
            }
            at = found.get().parent();
        }
        return unit;
    }

    /** How many levels up a branch is looked for: deeper than any bank's hierarchy, and a guard against a cycle. */
    private static final int MAX_DEPTH = 32;

    /** A group the new complaint completes or joins. */
    record GroupFinding(GroupDetector.Incident incident, List<ComplaintId> others, String reason) {
    }

    /**
     * The group incident a new complaint belongs to, if any: the complaints received in the same scope within
     * the group window, fingerprinted by their classification, run through the detector with the new one.
     */
    GroupFinding findGroup(ComplaintRegistered registered, ClassificationResult result) {
        var registration = registered.registration();
        String scope = scopeOf(registration.receivingUnit());
        String fingerprint = Fingerprints.of(result, groupScheme, productsOf(registration), scope);
        if (result.in(groupScheme).map(ClassAssignment::needsPerson).orElse(true)) {
            return null;
        }
        Instant at = registration.receivedAt();
        List<GroupDetector.Arrival> arrivals = new ArrayList<>();
        arrivals.add(arrival(registered.complaintId(), registration, fingerprint));
        ComplaintQuery query = ComplaintQuery.all(ComplaintQuery.MAX_LIMIT).withFingerprint(fingerprint)
                .withReceivedBetween(at.minus(groups.window()), at.plusNanos(1));
        while (true) {
            ComplaintPage page = store.query(query);
            for (ComplaintId other : page.ids()) {
                List<ComplaintEvent> history = store.load(other);
                if (history.isEmpty() || !(history.get(0) instanceof ComplaintRegistered earlier)
                        || !scopeOf(earlier.registration().receivingUnit()).equals(scope)) {
                    continue;
                }
                Classifications.current(history).ifPresent(r -> arrivals.add(arrival(other, earlier.registration(),
                        Fingerprints.of(r, groupScheme, productsOf(earlier.registration()),
                                scopeOf(earlier.registration().receivingUnit())))));
            }
            if (page.next().isEmpty()) {
                break;
            }
            query = query.after(page.next().get());
        }
        for (GroupDetector.Incident incident : groups.detect(arrivals)) {
            if (incident.complaints().contains(registered.complaintId())) {
                List<ComplaintId> others = new ArrayList<>(incident.complaints());
                others.remove(registered.complaintId());
                return new GroupFinding(incident, others, incident.customers() + " customers with the same problem ("
                        + fingerprint + ") within " + groups.window() + ", " + incident.inPerson() + " in person"
                        + (incident.people() == incident.customers() ? "" : ", " + incident.people() + " people"));
            }
        }
        return null;
    }

    private static GroupDetector.Arrival arrival(ComplaintId id, Registration r,
                                                 String fingerprint) {
        boolean inPerson = r.channel() == Channel.COUNTER
                || r.channel() == Channel.VISIT
                || r.channel() == Channel.PETITION;
        return new GroupDetector.Arrival(id, r.complainant().customer(), fingerprint, r.receivedAt(),
                inPerson ? r.people() : 0, r.people());
    }

    private static List<String> productsOf(Registration r) {
        List<String> out = new ArrayList<>();
        r.subjects().forEach(s -> {
            if (s.kind() == SubjectKind.PRODUCT) {
                out.add(s.reference());
            }
        });
        return out;
    }
}
