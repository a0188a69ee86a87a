package org.complaintkit.core.notification;

/**
 * Whom a {@link NotificationRule} notifies, resolved against the complaint and the event.
 */
public enum Audience {
    /** The complainant, through the contact point on the complaint. */
    CUSTOMER,
    /** The named handler, if there is one. */
    HANDLER,
    /** The staff member who first received the complaint (首问负责人). */
    FIRST_CONTACT_OWNER,
    /** The complaint desk of the first-responsible unit, else of the receiving unit. */
    HANDLING_UNIT,
    /** The unit an escalation went to. */
    ESCALATION_TARGET,
    /** The staff member an urge was addressed to. */
    URGED_STAFF,
    /** The body that forwarded the complaint, at the contact point its reply names. */
    FORWARDING_BODY
}
