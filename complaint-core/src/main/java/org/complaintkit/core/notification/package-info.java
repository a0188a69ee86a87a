/**
 * Notices about complaints: which events notify whom ({@link org.complaintkit.core.notification.NotificationRules}),
 * in which words ({@link org.complaintkit.core.notification.NoticeTemplates}, per type and locale, with
 * required content checked before anything is stored), and how often a failed delivery is retried
 * ({@link org.complaintkit.core.notification.RetryPolicy}). The engine derives notices into the outbox in the
 * same append as their events; {@code NotificationDispatcher} in {@code core.engine} delivers them and
 * keeps the ledger.
 */
package org.complaintkit.core.notification;
