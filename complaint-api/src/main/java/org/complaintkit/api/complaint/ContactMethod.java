package org.complaintkit.api.complaint;

/**
 * How the bank reaches the complainant.
 */
public enum ContactMethod {
    /** By phone. */
    PHONE,
    /** By text message. */
    SMS,
    /** By e-mail. */
    EMAIL,
    /** By post. */
    POST,
    /** In person at a unit. */
    IN_PERSON,
    /** Through the online or mobile banking service. */
    ONLINE
}
