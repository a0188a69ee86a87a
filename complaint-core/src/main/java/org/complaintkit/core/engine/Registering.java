package org.complaintkit.core.engine;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.complaintkit.api.classification.ClassificationInput;
import org.complaintkit.api.classification.ClassificationResult;
import org.complaintkit.api.command.CommandResult;
import org.complaintkit.api.command.RegisterComplaint;
import org.complaintkit.api.complaint.ComplaintId;
import org.complaintkit.api.complaint.ComplaintState;
import org.complaintkit.api.complaint.ComplaintStatus;
import org.complaintkit.api.error.StoreException;
import org.complaintkit.api.event.ComplaintClassified;
import org.complaintkit.api.event.ComplaintEvent;
import org.complaintkit.api.event.ComplaintLinked;
import org.complaintkit.api.event.ComplaintRegistered;
import org.complaintkit.api.event.EventHeader;
import org.complaintkit.api.organisation.Actor;
import org.complaintkit.core.complaint.ComplaintAggregate;
import org.complaintkit.core.complaint.ComplaintDecisions;
import org.complaintkit.spi.classification.Classifier;
import org.complaintkit.spi.storage.ComplaintStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Registers a complaint: the registration, then, with a classifier, its classes, the repeats it links to and the
 * group it joins, then the escalation its triggers call for, then the pauses of the cohort orders that stand and
 * select it, recorded in one append; afterwards the earlier
 * members of a group are linked to the newcomer. Thread-safe.
 */
final class Registering {
    private static final Logger LOG = LoggerFactory.getLogger(Registering.class);
    /** The actor of the links a group detection records on earlier members. */
    private static final Actor GROUP_DETECTOR = Actor.system("group-detector");

    private final ComplaintStore store;
    private final ComplaintIdSource ids;
    /** The lifecycle's first status, which every registration must reach. */
    private final ComplaintStatus initial;
    private final Classifier classifier;
    private final LinkDetector links;
    private final OrganisationKeeper organisation;
    private final Recorder recorder;
    private final ClockSetup clocks;

    Registering(ComplaintStore store, ComplaintIdSource ids, ComplaintStatus initial,
                Classifier classifier, LinkDetector links, OrganisationKeeper organisation, Recorder recorder,
                ClockSetup clocks) {
        this.store = store;
        this.ids = ids;
        this.initial = initial;
        this.classifier = classifier;
        this.links = links;
        this.organisation = organisation;
        this.recorder = recorder;
        this.clocks = clocks;
    }

    CommandResult register(RegisterComplaint command, Instant now) {
        ComplaintId id = ids.next(command);
        EventHeader header = new EventHeader(id, 1, now, command.actor());
        ComplaintRegistered event = ComplaintDecisions.register(command, header);
        ComplaintState state = ComplaintAggregate.apply(null, event);
        if (state.status() != initial) {
            throw new IllegalStateException("registration must lead to " + initial);
        }
        List<ComplaintEvent> added = new ArrayList<>(List.of(event));
        LinkDetector.GroupFinding group = null;
        if (classifier != null) {
            Classifier model = classifier.snapshot();
            ClassificationResult result = model.classify(ClassificationInput.of(event.registration(), null, Set.of()));
            ComplaintClassified classified = new ComplaintClassified(new EventHeader(id, 2, now, command.actor()),
                    classifier.name(), result, model.version());
            added.add(classified);
            state = ComplaintAggregate.apply(state, classified);
            if (links.detectsRepeats()) {
                for (ComplaintEvent linked : links.repeatEvents(event, result, added.size(), command, now)) {
                    added.add(linked);
                    state = ComplaintAggregate.apply(state, linked);
                }
            }
            group = links.detectsGroups() ? links.findGroup(event, result) : null;
            if (group != null) {
                ComplaintLinked linked = new ComplaintLinked(new EventHeader(id, added.size() + 1, now, command.actor()),
                        kindOf(group), group.others(), group.reason());
                added.add(linked);
                state = ComplaintAggregate.apply(state, linked);
            }
        }
        ComplaintEvent escalated = organisation.escalateAtRegistration(state, added, now);
        if (escalated != null) {
            added.add(escalated);
            state = ComplaintAggregate.apply(state, escalated);
        }
        // A complaint registered while a cohort order stands starts with its clocks paused (DISP App 5).
        for (ComplaintEvent paused : CohortPauses.atRegistration(store, state, added)) {
            added.add(paused);
            state = ComplaintAggregate.apply(state, paused);
        }
        CommandResult registered = recorder.command(History.none(id), null, state, added, command, now);
        if (group != null) {
            linkEarlierMembers(group, id, now);
        }
        return registered;
    }

    private static ComplaintLinked.Kind kindOf(LinkDetector.GroupFinding group) {
        return group.incident().major() ? ComplaintLinked.Kind.MAJOR_GROUP : ComplaintLinked.Kind.GROUP;
    }

    /**
     * Links the earlier members of a group to it, each in its own append by the system actor
     * {@code group-detector}; best effort: the new complaint's registration is already stored, and a member that
     * changes under the link twice in a row is left for the next member to link.
     */
    private void linkEarlierMembers(LinkDetector.GroupFinding group, ComplaintId newcomer, Instant now) {
        ComplaintLinked.Kind kind = kindOf(group);
        for (ComplaintId member : group.others()) {
            try {
                ConflictRetry.TWICE.attempt(() -> link(member, kind, newcomer, group.reason(), now));
            } catch (StoreException e) {
                LOG.warn("could not link complaint {} to its group: {}", member, e.code());
            }
        }
    }

    private void link(ComplaintId member, ComplaintLinked.Kind kind, ComplaintId newcomer, String reason, Instant now) {
        History history = History.read(store, member);
        boolean already = history.events().stream().anyMatch(e -> e instanceof ComplaintLinked l && l.kind() == kind);
        if (already || history.isEmpty()) {
            return;
        }
        Instant at = history.notBefore(now);
        // Recorded with the clock changes it causes: the group flag it raises may select a policy (one conditioned
        // on ComplaintFlag.GROUP), whose clocks then start with the link.
        recorder.ownEvent(history, sequence -> new ComplaintLinked(new EventHeader(member, sequence, at,
                GROUP_DETECTOR), kind, List.of(newcomer), reason), List.of(), at);
    }
}
