/**
 * SLA clock arithmetic: deadlines and budgets from targets, pauses and calendars. Start with
 * {@link org.complaintkit.core.sla.Deadlines}.
 */
package org.complaintkit.core.sla;
