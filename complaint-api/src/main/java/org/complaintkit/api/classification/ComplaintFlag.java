package org.complaintkit.api.classification;

/**
 * Flags that raise a complaint's priority or route it specially (DOMAIN.md §3, §4, §7).
 */
public enum ComplaintFlag {
    /** The customer is a VIP. */
    VIP,
    /** The customer is vulnerable: elderly, disabled, pregnant. */
    VULNERABLE,
    /** The customer threatens to go to the media. */
    MEDIA_THREAT,
    /** The customer threatens to go to the regulator, a court or the police. */
    REGULATOR_THREAT,
    /** A regulator forwarded the complaint. */
    FORWARDED_BY_REGULATOR,
    /** A consumer association forwarded the complaint. */
    FORWARDED_BY_CONSUMER_ASSOCIATION,
    /** The customer claims compensation. */
    COMPENSATION_CLAIM,
    /** The customer bypassed a level of the bank (越级投诉). */
    BYPASSED_LEVEL,
    /** The complaint caused by a system migration or another incident (DOMAIN.md §3). */
    INCIDENT_RELATED,
    /** The same customer complained of the same matter within the repeat window. */
    REPEAT,
    /** One of three or more customers with the same problem within the group window. */
    GROUP,
    /** A major complaint: twenty or more in person, a disaster, an accident (CBIRC Art. 29). */
    MAJOR
}
