package org.complaintkit.core.engine;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What one {@link ComplaintEngine#applyRecalculation} recorded.
 *
 * <p>Immutable and thread-safe.
 *
 * @param at the instant of the recalculation, from the engine's clock
 * @param applied the clock moves recorded, by complaint id then clock order
 * @param conflicts how many complaints changed under the recalculation three times in a row and were left as
 *     they were; run the recalculation again (it is idempotent) to finish them
 */
public record RecalculationReport(Instant at, List<DeadlineMove> applied, int conflicts) {

    /**
     * Checks and copies the components.
     *
     * @param at the instant of the recalculation
     * @param applied the clock moves recorded
     * @param conflicts how many complaints were left after repeated conflicts
     */
    public RecalculationReport {
        Objects.requireNonNull(at, "at");
        applied = List.copyOf(applied);
    }
}
