/**
 * Escalation up the organisation tree: the ladder (each unit's parent, from the organisation directory),
 * the policy of which triggers escalate at once, and the triggers a new complaint carries. Start with
 * {@link org.complaintkit.core.escalation.EscalationPolicy}.
 */
package org.complaintkit.core.escalation;
