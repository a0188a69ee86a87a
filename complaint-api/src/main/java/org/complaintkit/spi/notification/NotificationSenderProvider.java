package org.complaintkit.spi.notification;

/**
 * Makes a {@link NotificationSender} discoverable with {@link java.util.ServiceLoader}.
 *
 * <pre>{@code
 * public final class SmsSenderProvider implements NotificationSenderProvider {
 *     public String name() { return "sms"; }
 *     public NotificationSender create() { return new SmsSender(SmsGateway.fromEnvironment()); }
 * }
 * }</pre>
 */
public interface NotificationSenderProvider {

    /**
     * Returns a short name for messages, such as {@code sms}.
     *
     * @return the name
     */
    String name();

    /**
     * Creates the sender.
     *
     * @return a ready sender
     */
    NotificationSender create();
}
