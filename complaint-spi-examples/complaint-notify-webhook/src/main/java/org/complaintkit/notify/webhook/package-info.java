/**
 * An HTTP webhook {@link org.complaintkit.spi.notification.NotificationSender} with {@code java.net.http}:
 * {@link org.complaintkit.notify.webhook.WebhookSender}.
 */
package org.complaintkit.notify.webhook;
