package org.complaintkit.spi.organisation;

/**
 * What an authority limit governs (DOMAIN.md §7).
 */
public enum AuthorityAction {
    /** An emergency payment to a customer during an outage. */
    EMERGENCY_PAYMENT,
    /** Compensation granted in a resolution. */
    COMPENSATION
}
