package org.complaintkit.core.sla;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import org.complaintkit.api.error.Checks;

/**
 * How far one calendar the clocks run on reaches: the last day its official data covers, how many days are left
 * until then, and whether that is fewer than the engine's warning threshold. A bank adopts the next year's
 * calendar (for mainland China, from the State Council's notice, published in the autumn) before the days left
 * run out; past its horizon a calendar computes no deadline. Read it for monitoring:
 * {@code engine.calendarHorizons()}.
 *
 * @param calendar the calendar's id as the SLA setup registers it, or {@link #DEFAULT} for the default calendar
 * @param version the label of its latest version
 * @param officialUntil the last day its official data covers
 * @param daysLeft days from today until that day, inclusive of neither; negative once it has passed
 * @param belowThreshold true if fewer days are left than the warning threshold
 */
public record CalendarHorizon(String calendar, String version, LocalDate officialUntil, long daysLeft,
                              boolean belowThreshold) {
    /** The name the default calendar is reported under. */
    public static final String DEFAULT = "(default)";

    /**
     * Checks the components.
     *
     * @param calendar the calendar's id
     * @param version the label of its latest version
     * @param officialUntil the last day its official data covers
     * @param daysLeft days from today until that day
     * @param belowThreshold true if fewer days are left than the warning threshold
     */
    public CalendarHorizon {
        Checks.text(calendar, "calendar");
        Checks.text(version, "version");
        Objects.requireNonNull(officialUntil, "officialUntil");
    }

    /**
     * The horizon of a calendar as of a day.
     *
     * @param calendar the calendar's id
     * @param version the label of its latest version
     * @param officialUntil the last day its official data covers
     * @param today the day it is judged on
     * @param thresholdDays how many days left warn
     * @return the horizon
     */
    public static CalendarHorizon of(String calendar, String version, LocalDate officialUntil, LocalDate today,
                                     int thresholdDays) {
        long left = ChronoUnit.DAYS.between(today, officialUntil);
        return new CalendarHorizon(calendar, version, officialUntil, left, left < thresholdDays);
    }
}
