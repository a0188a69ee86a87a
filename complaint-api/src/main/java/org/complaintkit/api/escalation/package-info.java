/**
 * Escalation up the bank's hierarchy: why a complaint climbs a level. Start with
 * {@link org.complaintkit.api.escalation.EscalationTrigger}.
 */
package org.complaintkit.api.escalation;
