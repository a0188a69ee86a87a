package org.complaintkit.spring.boot;

import java.util.LinkedHashMap;
import java.util.Map;
import org.complaintkit.spi.notification.Notification;
import org.complaintkit.spi.notification.NotificationSender;
import org.complaintkit.spi.notification.SendOutcome;

/**
 * A sender bean that declares no channel of its own (a lambda, or a class that keeps
 * {@link NotificationSender#channel()}'s default), named after its bean: the name the ledger records and the
 * {@code channel} tag of {@code complaintkit.notices.delivery} carry, instead of {@code sender} or a generated
 * class name.
 *
 * @param delegate the application's sender
 * @param channel the bean name
 */
record ChannelNamedSender(NotificationSender delegate, String channel) implements NotificationSender {

    /**
     * The sender beans by name, each that declares no channel wrapped so that its channel is its bean name.
     *
     * @param beans the NotificationSender beans by bean name
     * @return the senders to dispatch with, by bean name, in the same order
     */
    static Map<String, NotificationSender> byBeanName(Map<String, NotificationSender> beans) {
        Map<String, NotificationSender> out = new LinkedHashMap<>();
        beans.forEach((name, sender) -> out.put(name, declaresChannel(sender) ? sender
                : new ChannelNamedSender(sender, name)));
        return out;
    }

    /**
     * Whether a sender names its channel: it overrides {@link NotificationSender#channel()} and the name it gives is
     * neither the default's {@code sender} nor a generated class name.
     *
     * @param sender the sender
     * @return true if its own channel name is kept
     */
    static boolean declaresChannel(NotificationSender sender) {
        try {
            if (sender.getClass().getMethod("channel").getDeclaringClass() == NotificationSender.class) {
                return false;
            }
        } catch (NoSuchMethodException e) {
            return false;
        }
        String channel = sender.channel();
        return channel != null && !channel.isBlank() && !channel.equals("sender") && !channel.contains("$");
    }

    @Override
    public SendOutcome send(Notification notification) {
        return delegate.send(notification);
    }
}
