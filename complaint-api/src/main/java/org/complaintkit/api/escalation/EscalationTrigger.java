package org.complaintkit.api.escalation;

/**
 * Why a complaint is escalated to the next level of the organisation (DOMAIN.md §4; seed 002 第二篇
 * 四(一)2-3, 四(三)9, 14).
 */
public enum EscalationTrigger {
    /** The handler cannot resolve it and asks. */
    HANDLER_REQUEST,
    /** A clock whose breach escalates was breached (each further breach climbs again). */
    SLA_BREACH,
    /** A warning share of a clock was used, where the policy escalates on warnings. */
    SLA_WARNING,
    /** The complaint repeats an earlier one. */
    REPEAT,
    /** Three or more customers with the same problem. */
    GROUP,
    /** A major complaint: twenty or more in person (CBIRC Art. 29). */
    MAJOR,
    /** The customer threatens to go to the media. */
    MEDIA_THREAT,
    /** The customer bypassed a level (越级). */
    BYPASSED_LEVEL,
    /** A regulator, consumer association or the media forwarded it. */
    EXTERNAL_CHANNEL,
    /** The customer left angry, as staff recorded. */
    CUSTOMER_LEFT_ANGRY
}
