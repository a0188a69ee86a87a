package org.complaintkit.core.engine;

import java.time.Instant;

/**
 * What one {@link ComplaintEngine#tick()} did.
 *
 * <p>Immutable and thread-safe.
 *
 * @param at the sweep's instant, from the engine's clock
 * @param complaintsChecked how many complaints the store reported as due
 * @param warnings how many warnings were recorded
 * @param overdue how many clocks were recorded as overdue
 * @param conflicts how many complaints changed under the sweep twice in a row and were left for the next tick
 */
public record SweepReport(Instant at, int complaintsChecked, int warnings, int overdue, int conflicts) {
}
