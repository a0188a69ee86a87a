package org.complaintkit.api.event;

import java.util.Objects;
import org.complaintkit.api.complaint.ContactMethod;
import org.complaintkit.api.complaint.Sensitive;

/**
 * A clock was extended to a tier of its definition, by a staff member entitled to do so. The
 * {@link ClockChanged} event that follows in the same append carries the new deadline.
 *
 * <p>Immutable and thread-safe.
 *
 * @param header the complaint, sequence number, time and actor (the approver)
 * @param clockId the clock extended
 * @param tier the tier now in force
 * @param reason why more time is needed
 * @param noticeBy how the customer is told, or null when the tier needs no notice
 */
public record DeadlineExtended(EventHeader header, String clockId, String tier, Sensitive reason,
                               ContactMethod noticeBy) implements ComplaintEvent {

    /**
     * Checks the required components.
     *
     * @param header the complaint, sequence number, time and actor (the approver)
     * @param clockId the clock extended
     * @param tier the tier now in force
     * @param reason why more time is needed
     * @param noticeBy how the customer is told, or null
     */
    public DeadlineExtended {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(clockId, "clockId");
        Objects.requireNonNull(tier, "tier");
        Objects.requireNonNull(reason, "reason");
    }
}
