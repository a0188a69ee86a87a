package org.complaintkit.spi.notification;

import java.util.Objects;

/**
 * What a {@link NotificationSender} reports for one delivery attempt: delivered with the
 * provider's reference (the proof of notice), or failed with a reason.
 *
 * <p>Immutable and thread-safe.
 *
 * @param delivered true if the provider accepted the message
 * @param providerReference the provider's reference for a delivered message, else null
 * @param failureReason why delivery failed, else null; must not contain personal data
 */
public record SendOutcome(boolean delivered, String providerReference, String failureReason) {

    /**
     * Checks that exactly the fitting detail is present.
     *
     * @param delivered true if the provider accepted the message
     * @param providerReference the provider's reference for a delivered message, else null
     * @param failureReason why delivery failed, else null; must not contain personal data
     */
    public SendOutcome {
        if (delivered ? providerReference == null : failureReason == null) {
            throw new IllegalArgumentException(delivered ? "a delivery needs a provider reference"
                    : "a failure needs a reason");
        }
    }

    /**
     * A delivered message.
     *
     * @param providerReference the provider's reference
     * @return the outcome
     */
    public static SendOutcome delivered(String providerReference) {
        return new SendOutcome(true, Objects.requireNonNull(providerReference, "providerReference"), null);
    }

    /**
     * A failed attempt.
     *
     * @param reason why, without personal data
     * @return the outcome
     */
    public static SendOutcome failed(String reason) {
        return new SendOutcome(false, null, Objects.requireNonNull(reason, "reason"));
    }
}
