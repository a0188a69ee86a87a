package org.complaintkit.spi.notification;

/**
 * Delivers notifications over one channel (e-mail, SMS, a webhook, the bank's message bus). A
 * sender reports each attempt's outcome instead of throwing; delivery is at least once, so a
 * receiver drops repeats by {@link Notification#dedupeKey()}.
 *
 * <p>The dispatcher calls a sender from its own threads, gives up on an attempt that takes longer than
 * its timeout (the attempt then counts as failed and is retried), and treats an exception as a failed
 * attempt. A failure reason is recorded on the complaint, so it must not contain personal data.
 *
 * <p>Implementations are thread-safe.
 *
 * <pre>{@code
 * NotificationSender sms = notification -> {
 *     try {
 *         String ref = smsGateway.send(notification.body(), notification.dedupeKey());
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

    /**
     * Returns the channel's name as the ledger records it, such as {@code smtp} or {@code webhook}.
     * Default: the class's simple name.
     *
     * @return the name
     */
    default String channel() {
        String simple = getClass().getSimpleName();
        return simple.isEmpty() || simple.contains("$") ? "sender" : simple;
    }
}
