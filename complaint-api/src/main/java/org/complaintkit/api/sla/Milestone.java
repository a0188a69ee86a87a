package org.complaintkit.api.sla;

/**
 * The moments in a complaint's life that start or stop a clock. Each lifecycle event marks at most one
 * milestone; {@link #RECEIVED} is timed by the registration's receipt time, every other milestone by its
 * event's time.
 */
public enum Milestone {
    /** The bank received the complaint (the registration's receipt time). */
    RECEIVED,
    /** The complaint was accepted. */
    ACCEPTED,
    /** The complaint was not accepted. */
    NOT_ACCEPTED,
    /** The complaint was assigned or re-assigned. */
    ASSIGNED,
    /** Investigation started. */
    INVESTIGATION_STARTED,
    /**
     * Handling ended with a decision: a resolution proposed that needs no approval, or approved. The
     * result exists but the customer has not been told yet.
     */
    DECIDED,
    /** The customer was told the result: the decision. */
    RESPONDED,
    /** The customer's satisfaction was recorded. */
    SATISFACTION_RECORDED,
    /** The complaint went back to investigation. */
    REINVESTIGATED,
    /** The complaint was closed, directly or after a review or referral. */
    CLOSED,
    /** The complainant withdrew. */
    WITHDRAWN,
    /** The complaint was merged into an earlier one. */
    MERGED,
    /** The complainant asked for a review. */
    REVIEW_REQUESTED,
    /** The review was concluded. */
    REVIEW_CONCLUDED,
    /** The complaint was referred to an external body. */
    REFERRED,
    /** The complainant supplied new facts. */
    NEW_FACTS,
    /** Every unit co-handling the complaint has given its opinion. */
    OPINIONS_COMPLETE
}
