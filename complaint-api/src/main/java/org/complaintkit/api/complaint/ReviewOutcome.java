package org.complaintkit.api.complaint;

/**
 * The outcome of a review (核查) of a decision.
 */
public enum ReviewOutcome {
    /** The original decision stands. */
    DECISION_UPHELD,
    /** The decision is amended by the review's findings. */
    DECISION_AMENDED
}
