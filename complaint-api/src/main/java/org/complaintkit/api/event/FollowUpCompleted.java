package org.complaintkit.api.event;

import java.util.List;
import java.util.Objects;
import org.complaintkit.api.complaint.ComplaintId;

/**
 * The work a command left for other complaints is done. A registration that completes a group names the earlier
 * members in its own {@link ComplaintLinked} event, recorded in the same atomic append as the registration: that
 * link is the record of the work pending (each member must carry the group link too). The engine links the
 * members right after the registration, or, if it was cut off (a crash, a lost answer), when the registration is
 * sent again with the same key or at the next sweep; then it records this event on the complaint that caused the
 * work, once. A member that already carried the link is not linked twice.
 *
 * <p>Immutable and thread-safe.
 *
 * @param header the complaint that caused the work, sequence number, time recorded and actor (the system actor
 *     that did the work)
 * @param work what was done
 * @param members the other complaints the work touched, in the order the pending record names them; not empty
 * @param reason who finished the work: the registration itself, its replay, or a sweep
 */
public record FollowUpCompleted(EventHeader header, Work work, List<ComplaintId> members, String reason)
        implements ComplaintEvent {

    /** The kinds of follow-up work a command can leave for other complaints. */
    public enum Work {
        /** The earlier members of a group carry the group link the newest member names them in. */
        GROUP_LINKS
    }

    /**
     * Checks the components.
     *
     * @param header the complaint, sequence number, time recorded and actor
     * @param work what was done
     * @param members the other complaints the work touched, not empty
     * @param reason who finished the work
     */
    public FollowUpCompleted {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(work, "work");
        Objects.requireNonNull(reason, "reason");
        members = List.copyOf(members);
        if (members.isEmpty()) {
            throw new IllegalArgumentException("follow-up work touches at least one other complaint");
        }
    }
}
