package org.complaintkit.core.engine;

import java.time.LocalDate;
import java.util.Objects;

/**
 * How far one calendar of the engine's SLA setup still reaches, for monitoring: its official horizon, the
 * days left until it, and the provisional span past it, if the host asked for one. Read it with
 * {@link ComplaintEngine#calendarHealth()}; a sweep logs a warning once a day for each calendar whose
 * official data runs out within the engine's threshold.
 *
 * <p>Immutable and thread-safe.
 *
 * @param registeredAs how the setup names the calendar: {@code default}, or the id it is registered under
 * @param version the label of its latest version, such as {@code CN-mainland v1 (from 2024-01-01)}
 * @param officialHorizon the last date known officially
 * @param daysLeft the days from today (in the calendar's zone) to the official horizon; 0 on its last day,
 *     negative once it has passed
 * @param provisionalTo the last date guessed past the official horizon, or null if nothing is guessed
 * @param thresholdDays the engine's warning threshold, in days
 */
public record CalendarHealth(String registeredAs, String version, LocalDate officialHorizon, long daysLeft,
                             LocalDate provisionalTo, int thresholdDays) {

    /**
     * Checks the required components.
     *
     * @param registeredAs how the setup names the calendar
     * @param version the label of its latest version
     * @param officialHorizon the last date known officially
     * @param daysLeft the days from today to the official horizon
     * @param provisionalTo the last date guessed, or null
     * @param thresholdDays the engine's warning threshold, in days
     */
    public CalendarHealth {
        Objects.requireNonNull(registeredAs, "registeredAs");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(officialHorizon, "officialHorizon");
    }

    /**
     * Tells whether the official data runs out within the threshold: time to adopt the next version.
     *
     * @return true if fewer days are left than the threshold
     */
    public boolean runningOut() {
        return daysLeft < thresholdDays;
    }
}
