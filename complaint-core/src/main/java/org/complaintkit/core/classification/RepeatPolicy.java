package org.complaintkit.core.classification;

import java.time.Duration;
import java.util.Objects;
import org.complaintkit.api.error.Checks;

/**
 * When a new complaint repeats an earlier one, and what to do about it (DOMAIN.md §3, CBIRC Art. 18): the
 * same customer complaining of the same matter (the same class in {@code scheme}) while an earlier complaint
 * received within {@code window} is still open. {@link Action#LINK} records the link and flags the new
 * complaint {@code REPEAT}, which makes it count as a complaint in statistics; {@link Action#MERGE} also
 * merges it into the earlier one at once, so it runs no clock of its own and the earlier complaint's clocks
 * do not restart (only new facts restart a clock).
 *
 * <p>Immutable and thread-safe.
 *
 * @param window how far back an earlier complaint counts, positive
 * @param scheme the scheme whose class defines "the same matter", such as {@code seed.matter}
 * @param action what to do with a repeat
 */
public record RepeatPolicy(Duration window, String scheme, Action action) {

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
     */
    public RepeatPolicy {
        if (window == null || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("the repeat window must be positive");
        }
        Checks.identifier(scheme, "repeat.scheme");
        Objects.requireNonNull(action, "action");
    }

    /**
     * Links repeats of the same seed matter within 30 days.
     *
     * @return the policy
     */
    public static RepeatPolicy standard() {
        return new RepeatPolicy(Duration.ofDays(30), "seed.matter", Action.LINK);
    }
}
