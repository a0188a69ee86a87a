package org.complaintkit.api.event;

import java.util.Objects;
import org.complaintkit.api.complaint.Sensitive;
import org.complaintkit.api.organisation.UnitId;

/**
 * A co-handling unit gave its opinion on the complaint.
 *
 * <p>Immutable and thread-safe.
 *
 * @param header the complaint, sequence number, time and actor (the co-handling unit's staff member)
 * @param unit the co-handling unit
 * @param opinion what the unit found and advises
 * @param completesOpinions whether, with it, every unit co-handling the complaint has given its opinion (the
 *     event then marks the milestone {@code OPINIONS_COMPLETE})
 */
public record CoHandlerOpinionGiven(EventHeader header, UnitId unit, Sensitive opinion, boolean completesOpinions)
        implements ComplaintEvent {

    /**
     * Checks the components.
     *
     * @param header the complaint, sequence number, time and actor
     * @param unit the co-handling unit
     * @param opinion the opinion
     * @param completesOpinions whether every co-handler's opinion is now in
     */
    public CoHandlerOpinionGiven {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(opinion, "opinion");
    }
}
