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

    /**
     * Returns the report as text; {@code calendarEnded} is named only when a calendar ended, so reports of
     * sweeps inside the horizon read as they always did.
     *
     * @return the text
     */
    @Override
    public String toString() {
        return "SweepReport[at=" + at + ", complaintsChecked=" + complaintsChecked + ", warnings=" + warnings
                + ", overdue=" + overdue + ", conflicts=" + conflicts
                + (calendarEnded == 0 ? "" : ", calendarEnded=" + calendarEnded) + "]";
    }
}
