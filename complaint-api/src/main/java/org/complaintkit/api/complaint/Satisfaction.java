package org.complaintkit.api.complaint;

/**
 * The customer's answer at the return visit (回访).
 */
public enum Satisfaction {
    /** The customer is satisfied. */
    SATISFIED,
    /** The customer is dissatisfied; the complaint may be re-investigated. */
    DISSATISFIED,
    /** The customer could not be reached. */
    UNREACHABLE
}
