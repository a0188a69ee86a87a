package org.complaintkit.api.event;

import java.util.Objects;
import org.complaintkit.api.casework.ContactDirection;
import org.complaintkit.api.casework.ContactOutcome;
import org.complaintkit.api.complaint.ContactMethod;
import org.complaintkit.api.complaint.Sensitive;

/**
 * A contact with the customer, or an attempt at one, was recorded.
 *
 * <p>Immutable and thread-safe.
 *
 * @param header the complaint, sequence number, time and actor (who made or took the contact)
 * @param channel how
 * @param direction who started it
 * @param outcome how it ended
 * @param summary what was said, or tried
 * @param firstReached whether this is the first contact of the complaint that reached the customer: decided by
 *     the engine from the history when it was recorded; such a contact marks the milestone {@code FIRST_CONTACT}
 */
public record CustomerContacted(EventHeader header, ContactMethod channel, ContactDirection direction,
                                ContactOutcome outcome, Sensitive summary, boolean firstReached)
        implements ComplaintEvent {

    /**
     * Checks the components.
     *
     * @param header the complaint, sequence number, time and actor
     * @param channel how
     * @param direction who started it
     * @param outcome how it ended
     * @param summary what was said
     * @param firstReached whether it is the first contact that reached the customer
     */
    public CustomerContacted {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(summary, "summary");
        if (firstReached && outcome != ContactOutcome.REACHED) {
            throw new IllegalArgumentException("only a contact that reached the customer is the first to reach them");
        }
    }
}
