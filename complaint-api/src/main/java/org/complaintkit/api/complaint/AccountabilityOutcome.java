package org.complaintkit.api.complaint;

/**
 * What an accountability decision ({@code DecideAccountability}) concluded.
 */
public enum AccountabilityOutcome {
    /** Sanctions are imposed on named liable staff or units. */
    SANCTIONED,
    /** The case is closed with no sanction. */
    NO_SANCTION
}
