package org.complaintkit.core.lifecycle;

import java.time.Period;
import java.time.ZoneId;
import java.util.Objects;

/**
 * The configurable rules the standard lifecycle's guards apply.
 *
 * <p>Immutable and thread-safe.
 *
 * @param approvalRule which proposals need approval
 * @param reviewWindow how long after the decision the complainant may ask for a review, in calendar
 *     days counted inclusively (以内): a decision on 1 March with a 30-day window may be reviewed on
 *     request up to and including 31 March
 * @param zone the time zone in which calendar days are counted
 */
public record LifecycleRules(ApprovalRule approvalRule, Period reviewWindow, ZoneId zone) {
    /** The review window of CBIRC Order 2020 No. 3, Art. 20: 30 calendar days from the decision. */
    public static final Period CBIRC_REVIEW_WINDOW = Period.ofDays(30);

    /**
     * Checks the components.
     *
     * @param approvalRule which proposals need approval
     * @param reviewWindow how long after the decision the complainant may ask for a review, in calendar days counted inclusively (以内): a decision on 1 March with a 30-day window may be reviewed on request up to and including 31 March
     * @param zone the time zone in which calendar days are counted
     */
    public LifecycleRules {
        Objects.requireNonNull(approvalRule, "approvalRule");
        Objects.requireNonNull(reviewWindow, "reviewWindow");
        Objects.requireNonNull(zone, "zone");
        if (reviewWindow.isNegative()) {
            throw new IllegalArgumentException("the review window must not be negative");
        }
    }

    /**
     * The defaults: every proposal needs approval; a 30-day review window (CBIRC Art. 20).
     *
     * @param zone the zone in which calendar days are counted
     * @return the rules
     */
    public static LifecycleRules defaults(ZoneId zone) {
        return new LifecycleRules(ApprovalRule.always(), CBIRC_REVIEW_WINDOW, zone);
    }

    /**
     * Returns these rules with another approval rule.
     *
     * @param rule the approval rule
     * @return new rules
     */
    public LifecycleRules withApprovalRule(ApprovalRule rule) {
        return new LifecycleRules(rule, reviewWindow, zone);
    }

    /**
     * Returns these rules with another review window.
     *
     * @param window the review window
     * @return new rules
     */
    public LifecycleRules withReviewWindow(Period window) {
        return new LifecycleRules(approvalRule, window, zone);
    }
}
