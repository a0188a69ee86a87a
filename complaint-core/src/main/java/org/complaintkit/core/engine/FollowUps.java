package org.complaintkit.core.engine;

import java.time.Instant;
import java.util.List;
import org.complaintkit.api.complaint.ComplaintId;
import org.complaintkit.api.error.StoreException;
import org.complaintkit.api.event.ComplaintEvent;
import org.complaintkit.api.event.ComplaintLinked;
import org.complaintkit.api.event.EventHeader;
import org.complaintkit.api.event.FollowUpCompleted;
import org.complaintkit.api.organisation.Actor;
import org.complaintkit.spi.storage.ComplaintStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The work a command leaves for other complaints, finished whatever crashed. A registration that completes a group
 * records its own group link, naming the earlier members, in the registration's atomic append: that link is the
 * pending work. While no {@link FollowUpCompleted} follows it, the complaint's index row is due for a sweep at the
 * link's instant ({@link #dueAt}), so a sweep finds it even if the process died right after the commit. The work
 * (each earlier member's group link, each in its own append, with the clock changes it causes) is done right after
 * the registration, again by the replay of the registration's key, and by the sweep; a member that already
 * carries a group link is not linked twice, and the completion is recorded once (a second writer meets a version
 * conflict, reads again and finds nothing pending). Thread-safe.
 */
final class FollowUps {
    private static final Logger LOG = LoggerFactory.getLogger(FollowUps.class);
    /** The actor of the links a group detection records on earlier members, and of the completion. */
    static final Actor GROUP_DETECTOR = Actor.system("group-detector");

    private final ComplaintStore store;
    private final Recorder recorder;
    private final boolean enabled;

    FollowUps(ComplaintStore store, Recorder recorder, boolean enabled) {
        this.store = store;
        this.recorder = recorder;
        this.enabled = enabled;
    }

    /** True if commands can leave follow-up work (groups are detected), so sweeps must look for it. */
    boolean enabled() {
        return enabled;
    }

    /**
     * The group link a complaint's history records as pending work (its own, recorded by a command, with no
     * completion after it), or null.
     */
    static ComplaintLinked pending(List<ComplaintEvent> history) {
        ComplaintLinked open = null;
        for (ComplaintEvent event : history) {
            if (event instanceof ComplaintLinked l && l.kind() != ComplaintLinked.Kind.REPEAT && !l.others().isEmpty()
                    && !GROUP_DETECTOR.staffId().equals(l.actor().staffId())) {
                open = l;
            } else if (event instanceof FollowUpCompleted) {
                open = null;
            }
        }
        return open;
    }

    /** The complaint's next due instant for the index: the clocks' own, or earlier while follow-up work is pending. */
    static Instant dueAt(Instant clocksDue, List<ComplaintEvent> history) {
        ComplaintLinked open = pending(history);
        if (open == null) {
            return clocksDue;
        }
        Instant at = open.occurredAt();
        return clocksDue == null || at.isBefore(clocksDue) ? at : clocksDue;
    }

    /**
     * Finishes the complaint's pending work, if any: reads it afresh, links each member that lacks the link, then
     * records the completion. Best effort: a store failure leaves the work pending for the next sweep.
     *
     * @param by who finishes it, for the record
     * @return true if nothing is left pending
     */
    boolean finish(ComplaintId id, String by, Instant now) {
        try {
            return ConflictRetry.TWICE.get(() -> finishOnce(id, by, now)).orElse(false);
        } catch (StoreException e) {
            LOG.warn("follow-up work of complaint {} left for the next sweep: {}", id, e.code());
            return false;
        }
    }

    private boolean finishOnce(ComplaintId id, String by, Instant now) {
        History history = History.read(store, id);
        ComplaintLinked open = pending(history.events());
        if (open == null) {
            return true;
        }
        boolean linked = true;
        for (ComplaintId member : open.others()) {
            try {
                ConflictRetry.TWICE.attempt(() -> link(member, open, now));
            } catch (StoreException e) {
                LOG.warn("could not link complaint {} to its group: {}", member, e.code());
                linked = false;
            }
        }
        if (!linked) {
            return false;
        }
        History current = History.read(store, id);
        if (pending(current.events()) == null) {
            return true;
        }
        Instant at = current.notBefore(now);
        recorder.ownEvent(current, sequence -> new FollowUpCompleted(new EventHeader(id, sequence, at, GROUP_DETECTOR),
                FollowUpCompleted.Work.GROUP_LINKS, open.others(), by), List.of(), at);
        return true;
    }

    private void link(ComplaintId member, ComplaintLinked group, Instant now) {
        History history = History.read(store, member);
        boolean already = history.events().stream()
                .anyMatch(e -> e instanceof ComplaintLinked l && l.kind() == group.kind());
        if (already || history.isEmpty()) {
            return;
        }
        Instant at = history.notBefore(now);
        // Recorded with the clock changes it causes: the group flag it raises may select a policy (one conditioned
        // on ComplaintFlag.GROUP), whose clocks then start with the link.
        recorder.ownEvent(history, sequence -> new ComplaintLinked(new EventHeader(member, sequence, at,
                GROUP_DETECTOR), group.kind(), List.of(group.complaintId()), group.reason()), List.of(), at);
    }
}
