package org.complaintkit.api.event;

import java.util.Objects;
import org.complaintkit.api.complaint.Sensitive;
import org.complaintkit.api.organisation.StaffId;

/**
 * The first-contact ownership of the complaint moved to another staff member. The complaint's registration, as
 * its state shows it, names the new owner from then on; the registration event keeps the first.
 *
 * <p>Immutable and thread-safe.
 *
 * @param header the complaint, sequence number, time and actor
 * @param from the owner before
 * @param to the owner after
 * @param reason why
 */
public record OwnershipTransferred(EventHeader header, StaffId from, StaffId to, Sensitive reason)
        implements ComplaintEvent {

    /**
     * Checks the components.
     *
     * @param header the complaint, sequence number, time and actor
     * @param from the owner before
     * @param to the owner after
     * @param reason why
     */
    public OwnershipTransferred {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(reason, "reason");
    }
}
