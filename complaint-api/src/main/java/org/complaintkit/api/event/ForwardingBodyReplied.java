package org.complaintkit.api.event;

import java.util.Objects;
import org.complaintkit.api.complaint.ContactPoint;
import org.complaintkit.api.complaint.ForwardingSource;
import org.complaintkit.api.complaint.Sensitive;

/**
 * The bank replied to the body that forwarded the complaint with the result of its handling (对口回复, seed 003).
 * Notifications send the reply to the body; its delivery is recorded as a {@link NoticeDelivered}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param header the complaint, sequence number, time and actor (who replied)
 * @param body which kind of body forwarded the complaint
 * @param bodyReference the body's own reference the reply quotes, or null if it gave none
 * @param content what the reply says
 * @param sentTo where the body receives it
 */
public record ForwardingBodyReplied(EventHeader header, ForwardingSource body, String bodyReference,
                                    Sensitive content, ContactPoint sentTo) implements ComplaintEvent {

    /**
     * Checks the components.
     *
     * @param header the complaint, sequence number, time and actor
     * @param body which kind of body forwarded the complaint
     * @param bodyReference the body's reference, or null
     * @param content what the reply says
     * @param sentTo where the body receives it
     */
    public ForwardingBodyReplied {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(sentTo, "sentTo");
    }
}
