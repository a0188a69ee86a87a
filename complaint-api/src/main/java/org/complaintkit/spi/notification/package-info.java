/**
 * The notification SPI: what a host implements to deliver messages about complaints. Start with
 * {@link org.complaintkit.spi.notification.NotificationSender}.
 */
package org.complaintkit.spi.notification;
