package org.complaintkit.api.complaint;

/**
 * The channel through which a complaint reached the bank (DOMAIN.md §2).
 */
public enum Channel {
    /** At a counter or on site at an outlet (柜面 / 现场). */
    COUNTER,
    /** A visit to the bank's reception (来访). */
    VISIT,
    /** Through the petition (信访) office. */
    PETITION,
    /** By phone to a unit (来电). */
    PHONE,
    /** The customer-service hotline. */
    HOTLINE,
    /** The card centre's own hotline. */
    CARD_CENTRE_HOTLINE,
    /** By letter (来函). */
    LETTER,
    /** By e-mail. */
    EMAIL,
    /** The website's message board. */
    WEBSITE,
    /** The online or mobile banking service. */
    ONLINE_BANKING,
    /** Forwarded by a superior unit, a regulator, a consumer association or the media; see {@link Forwarding}. */
    FORWARDED
}
