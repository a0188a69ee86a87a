/**
 * An e-mail {@link org.complaintkit.spi.notification.NotificationSender} over SMTP with Jakarta Mail:
 * {@link org.complaintkit.notify.email.EmailSender}.
 */
package org.complaintkit.notify.email;
