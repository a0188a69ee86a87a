package org.complaintkit.core.classification;

import java.time.Duration;
import java.util.Objects;
import org.complaintkit.api.error.Checks;

/**
 * When a new complaint repeats an earlier one, and what to do about it (DOMAIN.md §3, CBIRC Art. 18): the
 * same customer complaining of the same matter (the same class in {@code scheme}) while an earlier complaint
 * received within {@code window} is still open, or within {@code closedLookBack} of an earlier complaint's
 * closure (seed 002 第二篇 四(三)9: "对已经处理但客户再次投诉…立即上报"). The look-back of a closed complaint is
 * measured from its closure (the time of the event that last made it not open: closed, withdrawn or not
 * accepted), not from its receipt, because the seed speaks of a complaint already handled: one that took
 * months to close is within reach for the whole look-back after it closed. A merged complaint is never a repeat
 * target (the complaint it was merged into is). {@link Action#LINK} records the link and flags the new
 * complaint {@code REPEAT}, which makes it count as a complaint in statistics and, with an escalation policy
 * acting on {@code REPEAT} and a directory, escalates it at once; {@link Action#MERGE} also merges it into the
 * earlier one at once when that one is still open, so it runs no clock of its own and the earlier complaint's
 * clocks do not restart (only new facts restart a clock). A repeat of a closed complaint is linked and never
 * merged: the customer's new complaint is handled on its own. An open earlier complaint is preferred to a
 * closed one; among closed ones the most recently closed.
 *
 * <p>Immutable and thread-safe.
 *
 * @param window how far back an earlier complaint counts, positive
 * @param scheme the scheme whose class defines "the same matter", such as {@code seed.matter}
 * @param action what to do with a repeat
 * @param closedLookBack how long after its closure a closed complaint counts, positive; the bank's own choice
 *                       (the seeds name no period), {@link #DEFAULT_CLOSED_LOOK_BACK} unless set
 */
public record RepeatPolicy(Duration window, String scheme, Action action, Duration closedLookBack) {

    /**
     * The look-back for closed complaints unless the bank sets another: twelve months, counted as 365 days. The
     * bank's own choice; neither the seeds nor the CBIRC measures name a period.
     */
    public static final Duration DEFAULT_CLOSED_LOOK_BACK = Duration.ofDays(365);

    /** What to do with a repeat. */
    public enum Action {
        /** Record the link and the flag; the new complaint is handled on its own. */
        LINK,
        /** Record the link and merge the new complaint into the earlier one. */
        MERGE
    }

    /**
     * Checks the components.
     *
     * @param window how far back an earlier complaint counts, positive
     * @param scheme the scheme whose class defines "the same matter"
     * @param action what to do with a repeat
     * @param closedLookBack how long after its closure a closed complaint counts, positive
     */
    public RepeatPolicy {
        if (window == null || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("the repeat window must be positive");
        }
        Checks.identifier(scheme, "repeat.scheme");
        Objects.requireNonNull(action, "action");
        if (closedLookBack == null || closedLookBack.isNegative() || closedLookBack.isZero()) {
            throw new IllegalArgumentException("the look-back for closed complaints must be positive");
        }
    }

    /**
     * A policy with the default look-back for closed complaints, {@link #DEFAULT_CLOSED_LOOK_BACK}.
     *
     * @param window how far back an earlier open complaint counts, positive
     * @param scheme the scheme whose class defines "the same matter"
     * @param action what to do with a repeat
     */
    public RepeatPolicy(Duration window, String scheme, Action action) {
        this(window, scheme, action, DEFAULT_CLOSED_LOOK_BACK);
    }

    /**
     * The same policy with another look-back for closed complaints.
     *
     * @param lookBack how long after its closure a closed complaint counts, positive
     * @return the policy
     */
    public RepeatPolicy withClosedLookBack(Duration lookBack) {
        return new RepeatPolicy(window, scheme, action, lookBack);
    }

    /**
     * Links repeats of the same seed matter: open complaints received within 30 days, closed ones closed within
     * the default look-back.
     *
     * @return the policy
     */
    public static RepeatPolicy standard() {
        return new RepeatPolicy(Duration.ofDays(30), "seed.matter", Action.LINK);
    }
}
