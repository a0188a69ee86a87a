/**
 * SLA clocks as data: targets, and (in later increments) clock definitions and policies. Start with
 * {@link org.complaintkit.api.sla.ClockTarget}.
 */
package org.complaintkit.api.sla;
