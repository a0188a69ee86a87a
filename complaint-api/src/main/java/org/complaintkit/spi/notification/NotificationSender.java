package org.complaintkit.spi.notification;

/**
 * Delivers notifications over one channel (e-mail, SMS, a webhook, the bank's message bus). A
 * sender reports each attempt's outcome instead of throwing; delivery is at least once, so a
 * receiver drops repeats by {@link Notification#dedupeKey()}.
 *
 * <p>Implementations are thread-safe.
 *
 * <pre>{@code
 * NotificationSender sms = notification -> {
 *     try {
 *         String ref = smsGateway.send(render(notification), notification.dedupeKey());
 *         return SendOutcome.delivered(ref);
 *     } catch (IOException e) {
 *         return SendOutcome.failed("gateway unreachable");
 *     }
 * };
 * }</pre>
 */
@FunctionalInterface
public interface NotificationSender {

    /**
     * Attempts one delivery.
     *
     * @param notification the message
     * @return the outcome
     */
    SendOutcome send(Notification notification);
}
