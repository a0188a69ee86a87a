package org.complaintkit.api.classification;

import java.util.List;
import java.util.Objects;

/**
 * A flag on a complaint, and the rules that raised it.
 *
 * <p>Immutable and thread-safe.
 *
 * @param flag the flag
 * @param fired the rules that raised it; for flags from detection (repeat, group) a single match naming
 *     the detector and the complaints it linked
 */
public record FlagAssignment(ComplaintFlag flag, List<RuleMatch> fired) {

    /**
     * Checks and copies the components.
     *
     * @param flag the flag
     * @param fired the rules that raised it
     */
    public FlagAssignment {
        Objects.requireNonNull(flag, "flag");
        fired = List.copyOf(fired);
    }
}
