package org.complaintkit.api.event;

import java.util.Objects;
import org.complaintkit.api.complaint.ContactMethod;
import org.complaintkit.api.complaint.Sensitive;

/**
 * The customer was told how handling stands, before the final answer; marks the milestone
 * {@code INTERIM_REPLY}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param header the complaint, sequence number, time and actor (who replied)
 * @param via the channel
 * @param told what the customer was told
 */
public record InterimReplySent(EventHeader header, ContactMethod via, Sensitive told) implements ComplaintEvent {

    /**
     * Checks the components.
     *
     * @param header the complaint, sequence number, time and actor
     * @param via the channel
     * @param told what the customer was told
     */
    public InterimReplySent {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(via, "via");
        Objects.requireNonNull(told, "told");
    }
}
