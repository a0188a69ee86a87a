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
    /** A completion time was promised to the customer, or a promise was changed. */
    PROMISED,
    /** The bank replied to the body that forwarded the complaint. */
    FORWARDER_REPLIED,
    /**
     * The customer was first reached (seed 002 四(一)2 "第一时间联系投诉客户"): the first contact whose outcome is
     * {@code REACHED}; attempts that reach nobody, and later contacts, mark none.
     */
    FIRST_CONTACT,
    /** The customer was told how handling stands, before the final answer (seed 002 第二篇 五 "处理情况回复客户"). */
    INTERIM_REPLY,
    /** The result was reported to a unit's complaint team (seed 002 第二篇 五 "处理结果报本级行投诉处理工作组"). */
    INTERNAL_REPORT,
    /** Every unit co-handling the complaint has given its opinion. */
    OPINIONS_COMPLETE
}
