package org.complaintkit.api.complaint;

/**
 * What the investigation found about the staff and units named in a responsibility finding
 * ({@code RecordResponsibility}): whether they answer for what went wrong (有责 / 无责 / 双方责任). Not the bank's
 * liability towards the customer, which {@code CloseComplaint} records as a {@link Liability}: a complaint the bank
 * is liable for may find no member of staff at fault, and the person found liable may not be the one complained
 * about.
 */
public enum ResponsibilityVerdict {
    /** The named staff and units are responsible (有责). */
    LIABLE,
    /** No member of staff or unit is responsible (无责); the finding names nobody. */
    NOT_LIABLE,
    /** The named staff and units share the responsibility with others, such as the customer (双方责任). */
    SHARED
}
