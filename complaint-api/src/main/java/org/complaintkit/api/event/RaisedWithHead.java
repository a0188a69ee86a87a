package org.complaintkit.api.event;

import java.util.Objects;
import org.complaintkit.api.complaint.Sensitive;
import org.complaintkit.api.organisation.StaffId;
import org.complaintkit.api.organisation.UnitId;

/**
 * The first-contact owner raised the complaint with the head of the unit handling it. Notifications act on it.
 *
 * <p>Immutable and thread-safe.
 *
 * @param header the complaint, sequence number, time and actor (the owner)
 * @param unit the unit handling the complaint
 * @param head the head it was raised with (their deputy if they are absent)
 * @param note what the owner reported
 */
public record RaisedWithHead(EventHeader header, UnitId unit, StaffId head, Sensitive note) implements ComplaintEvent {

    /**
     * Checks the components.
     *
     * @param header the complaint, sequence number, time and actor
     * @param unit the handling unit
     * @param head the head
     * @param note the note
     */
    public RaisedWithHead {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(head, "head");
        Objects.requireNonNull(note, "note");
    }
}
