package org.complaintkit.api.classification;

/**
 * How a complaint counts in the bank's statistics (seed 002 第二篇 四(二); DOMAIN.md §3).
 */
public enum StatisticalBucket {
    /** Resolved by the receiving outlet itself: not counted. */
    NOT_COUNTED,
    /** Escalated to a branch or province but resolved within the time limit: counted as an enquiry (咨询类). */
    ENQUIRY,
    /** Raised through the head office or an external channel, repeated, or overdue: counted as a complaint. */
    COMPLAINT
}
