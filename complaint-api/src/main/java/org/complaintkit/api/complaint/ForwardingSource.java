package org.complaintkit.api.complaint;

/**
 * Who forwarded a complaint to the bank.
 */
public enum ForwardingSource {
    /** A superior unit of the bank itself. */
    SUPERIOR_UNIT,
    /** A financial regulator. */
    REGULATOR,
    /** A consumer association (消保委). */
    CONSUMER_ASSOCIATION,
    /** The media. */
    MEDIA,
    /** Any other external body. */
    OTHER
}
