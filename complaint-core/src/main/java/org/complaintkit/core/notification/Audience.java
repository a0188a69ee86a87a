package org.complaintkit.core.notification;

/**
 * Whom a {@link NotificationRule} notifies, resolved against the complaint and the event.
 */
public enum Audience {
    /** The complainant, through the contact point on the complaint. */
    CUSTOMER,
    /** The named handler, if there is one. */
    HANDLER,
    /** The complaint's current first-contact owner (首问负责人): who registered it, or was named or handed it since. */
    FIRST_CONTACT_OWNER,
    /** The complaint desk of the first-responsible unit, else of the receiving unit. */
    HANDLING_UNIT,
    /** The unit an escalation went to. */
    ESCALATION_TARGET,
    /** The staff member an urge was addressed to. */
    URGED_STAFF,
    /** The body that forwarded the complaint, at the contact point its reply names. */
    FORWARDING_BODY,
    /** The complaint desks of the units an assignment names as co-handlers (协办部门), save a unit complained about. */
    CO_HANDLING_UNITS,
    /** The head a first-contact owner raised the complaint with. */
    RAISED_HEAD,
    /**
     * The desks of the roles of the tier a complaint was handed up to ({@code TierRaised}), as the engine's tier
     * ladder names them; nobody without a ladder.
     */
    NEXT_TIER
}
