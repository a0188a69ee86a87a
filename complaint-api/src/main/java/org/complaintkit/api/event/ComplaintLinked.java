package org.complaintkit.api.event;

import java.util.List;
import java.util.Objects;
import org.complaintkit.api.complaint.ComplaintId;

/**
 * The engine linked the complaint to earlier ones: as a repeat of the same customer's complaint about the
 * same matter, or as part of a group of customers with the same problem. Recorded in the registration's
 * append; the complaint's classification carries the matching flag.
 *
 * <p>Immutable and thread-safe.
 *
 * @param header the complaint, sequence number, time and actor
 * @param kind why the complaints are linked
 * @param others the complaints linked to, earliest first; empty for a group that one joint complaint's headcount
 *     makes by itself (such as twenty people registered in one joint visit)
 * @param reason the detector's finding, for people; never personal data
 */
public record ComplaintLinked(EventHeader header, Kind kind, List<ComplaintId> others, String reason)
        implements ComplaintEvent {

    /** Why complaints are linked. */
    public enum Kind {
        /** The same customer, the same matter, within the repeat window. */
        REPEAT,
        /** Several customers, the same problem, within the group window. */
        GROUP,
        /** A group with so many people in person that it is a major complaint (CBIRC Art. 29). */
        MAJOR_GROUP
    }

    /**
     * Checks and copies the components.
     *
     * @param header the complaint, sequence number, time and actor
     * @param kind why the complaints are linked
     * @param others the complaints linked to; not empty for a repeat, empty for a group only when one joint
     *     complaint's headcount makes it by itself
     * @param reason the detector's finding
     */
    public ComplaintLinked {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(kind, "kind");
        others = List.copyOf(others);
        if (others.isEmpty() && kind == Kind.REPEAT) {
            throw new IllegalArgumentException("a link needs another complaint");
        }
        Objects.requireNonNull(reason, "reason");
    }
}
