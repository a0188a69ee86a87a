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
import org.complaintkit.api.event.ComplaintClassified;
import org.complaintkit.api.event.ComplaintEvent;
import org.complaintkit.api.event.ComplaintLinked;
import org.complaintkit.api.event.ComplaintRegistered;
import org.complaintkit.api.event.EventHeader;
import org.complaintkit.core.complaint.ComplaintAggregate;
import org.complaintkit.core.complaint.ComplaintDecisions;
import org.complaintkit.spi.classification.Classifier;
import org.complaintkit.spi.storage.ComplaintStore;

/**
 * Registers a complaint: the registration, then, with a classifier, its classes, the repeats it links to and the
 * group it joins, then the escalation its triggers call for, then the pauses of the cohort orders that stand and
 * select it, recorded in one append; afterwards the earlier
 * members of a group are linked to the newcomer ({@link FollowUps}: the newcomer's group link is the pending work,
 * finished by the replay of the key or by a sweep if this run is cut off). Thread-safe.
 */
final class Registering {

    private final ComplaintStore store;
    private final ComplaintIdSource ids;
    /** The lifecycle's first status, which every registration must reach. */
    private final ComplaintStatus initial;
    private final Classifier classifier;
    private final LinkDetector links;
    private final OrganisationKeeper organisation;
    private final Recorder recorder;
    private final ClockSetup clocks;
    private final FollowUps followUps;

    Registering(ComplaintStore store, ComplaintIdSource ids, ComplaintStatus initial,
                Classifier classifier, LinkDetector links, OrganisationKeeper organisation, Recorder recorder,
                ClockSetup clocks, FollowUps followUps) {
        this.followUps = followUps;
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
            // The group link above is the pending work, stored with the registration; a crash before this
            // leaves it to the replay of the same key or to the next sweep.
            followUps.finish(id, "the registration", now);
        }
        return registered;
    }

    private static ComplaintLinked.Kind kindOf(LinkDetector.GroupFinding group) {
        return group.incident().major() ? ComplaintLinked.Kind.MAJOR_GROUP : ComplaintLinked.Kind.GROUP;
    }

    /**
     * Finishes what a registration left for other complaints (the earlier members' group links) if its first run
     * was cut off before: called when the registration's key is replayed.
     */
    void finishFollowUp(ComplaintId id, Instant now) {
        followUps.finish(id, "the replay of the registration", now);
    }
}
