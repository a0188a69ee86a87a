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
 * @param calendarEnded how many running clocks were recorded {@code HORIZON_REACHED}: their calendar ended
 *     before it could give their deadline
 */
public record SweepReport(Instant at, int complaintsChecked, int warnings, int overdue, int conflicts,
                          int calendarEnded) {

    /**
     * A report of a sweep in which no calendar ended.
     *
     * @param at the sweep's instant, from the engine's clock
     * @param complaintsChecked how many complaints the store reported as due
     * @param warnings how many warnings were recorded
     * @param overdue how many clocks were recorded as overdue
     * @param conflicts how many complaints were left for the next tick
     */
    public SweepReport(Instant at, int complaintsChecked, int warnings, int overdue, int conflicts) {
        this(at, complaintsChecked, warnings, overdue, conflicts, 0);
    }
}
