package org.complaintkit.api.event;

import java.time.Instant;
import java.util.Objects;
import org.complaintkit.spi.notification.Recipient;

/**
 * A notice about the complaint was delivered: an entry of the notice ledger. For a notice to the
 * complainant it is the proof of notice a regulator asks for (CBIRC Art. 21): the channel, the time it
 * was sent and the provider's reference. A clock that stops when the customer is notified stops at
 * {@link #sentAt()}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param header the complaint, sequence number, time recorded and actor (the dispatcher)
 * @param dedupeKey the notice's dedupe key
 * @param noticeType the kind of notice, such as {@code decision}
 * @param sourceSequence the sequence number of the event that caused the notice
 * @param recipient who it was delivered to; for the complainant, the contact point used
 * @param channel the channel that delivered it, as its sender names itself
 * @param sentAt when the provider accepted it
 * @param providerReference the provider's reference for the message
 * @param attempts the attempts it took, this one included
 * @param contentDigest the SHA-256 of the rendered subject and body, hex, so the text sent can be verified later
 */
public record NoticeDelivered(EventHeader header, String dedupeKey, String noticeType, long sourceSequence,
                              Recipient recipient, String channel, Instant sentAt, String providerReference,
                              int attempts, String contentDigest) implements ComplaintEvent {

    /**
     * Checks the components.
     *
     * @param header the complaint, sequence number, time recorded and actor
     * @param dedupeKey the notice's dedupe key
     * @param noticeType the kind of notice
     * @param sourceSequence the sequence number of the event that caused the notice
     * @param recipient who it was delivered to
     * @param channel the channel that delivered it
     * @param sentAt when the provider accepted it
     * @param providerReference the provider's reference for the message
     * @param attempts the attempts it took, at least 1
     * @param contentDigest the SHA-256 of the rendered subject and body, hex
     */
    public NoticeDelivered {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(dedupeKey, "dedupeKey");
        Objects.requireNonNull(noticeType, "noticeType");
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(sentAt, "sentAt");
        Objects.requireNonNull(providerReference, "providerReference");
        Objects.requireNonNull(contentDigest, "contentDigest");
        if (attempts < 1) {
            throw new IllegalArgumentException("a delivery takes at least one attempt");
        }
    }

    /**
     * Tells whether this delivery went to the complainant.
     *
     * @return true for a customer notice
     */
    public boolean toCustomer() {
        return recipient.kind() == Recipient.Kind.CUSTOMER;
    }

    /**
     * Tells whether this delivery went to the body that forwarded the complaint: proof that the bank replied to
     * it (seed 003, 对口回复).
     *
     * @return true for a reply to the forwarding body
     */
    public boolean toForwardingBody() {
        return recipient.kind() == Recipient.Kind.FORWARDING_BODY;
    }
}
