package org.complaintkit.api.complaint;

/**
 * The outcome of a resolution from the complainant's point of view, as regulators count it.
 */
public enum Outcome {
    /** The complaint is upheld. */
    UPHELD,
    /** The complaint is partly upheld. */
    PARTLY_UPHELD,
    /** The complaint is not upheld. */
    REJECTED
}
