package org.complaintkit.spi.notification;

import java.util.Objects;
import org.complaintkit.api.error.Violation;

/**
 * What a {@link NotificationSender} reports for one delivery attempt: delivered with the
 * provider's reference (the proof of notice), or failed with a reason.
 *
 * <p>Immutable and thread-safe.
 *
 * <p>A failure reason often quotes what a gateway answered, which the bank does not control. It is logged and
 * stored (in {@code NoticeFailed} and the outbox), so it is kept as a violation's message is
 * ({@link Violation#printable}): control characters and bidirectional overrides escaped, so it cannot forge
 * a log line, and cut at {@value #MAX_FAILURE_REASON} characters.
 *
 * @param delivered true if the provider accepted the message
 * @param providerReference the provider's reference for a delivered message, else null
 * @param failureReason why delivery failed, else null; must not contain personal data; escaped and cut as
 *     above
 */
public record SendOutcome(boolean delivered, String providerReference, String failureReason) {

    /** The longest failure reason kept, in characters, as for a violation's message. */
    public static final int MAX_FAILURE_REASON = Violation.MAX_MESSAGE;

    /**
     * Checks that exactly the fitting detail is present, and makes the failure reason safe to log.
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
        if (failureReason != null) {
            failureReason = Violation.printable(failureReason, MAX_FAILURE_REASON);
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
