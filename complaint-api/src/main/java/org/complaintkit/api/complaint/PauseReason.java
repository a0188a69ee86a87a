package org.complaintkit.api.complaint;

/**
 * Why handling waits; clocks may pause for some reasons (REGULATIONS.md, CBIRC Arts. 18 and 23).
 */
public enum PauseReason {
    /** Waiting for the customer to supply information. */
    WAITING_FOR_CUSTOMER,
    /** Waiting for a third party, such as another bank or a merchant. */
    WAITING_FOR_THIRD_PARTY,
    /** External appraisal, testing or evaluation. */
    EXTERNAL_APPRAISAL,
    /** Mediation between the parties. */
    MEDIATION,
    /** A pause ordered by a regulator for a whole class of complaints. */
    REGULATOR_ORDERED
}
