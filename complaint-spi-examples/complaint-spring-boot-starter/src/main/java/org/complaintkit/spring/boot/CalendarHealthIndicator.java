package org.complaintkit.spring.boot;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.complaintkit.core.engine.CalendarHealth;
import org.complaintkit.core.engine.ComplaintEngine;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;

/**
 * The reach of the engine's calendars. UP while every calendar still covers today with official data; inside a
 * calendar's warning window ({@code complaintkit.calendar.warning-days}) still UP, with a {@code warning} detail
 * (days left, horizon): time to adopt its next version (docs/sla.md), but no reason to take the node out of service.
 * DOWN only once a calendar's official horizon has passed, when deadlines are counted on provisional or no data.
 * Details, per calendar: its version, official horizon, days left, warning window and provisional end. Thread-safe.
 */
public final class CalendarHealthIndicator implements HealthIndicator {
    private final ComplaintEngine engine;

    /**
     * Creates the indicator.
     *
     * @param engine the engine
     */
    public CalendarHealthIndicator(ComplaintEngine engine) {
        this.engine = engine;
    }

    @Override
    public Health health() {
        List<CalendarHealth> calendars = engine.calendarHealth();
        boolean passed = calendars.stream().anyMatch(c -> c.daysLeft() < 0);
        Health.Builder health = passed ? Health.down() : Health.up();
        for (CalendarHealth calendar : calendars) {
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("version", calendar.version());
            details.put("officialHorizon", calendar.officialHorizon().toString());
            details.put("daysLeft", calendar.daysLeft());
            details.put("warningDays", calendar.thresholdDays());
            details.put("runningOut", calendar.runningOut());
            if (calendar.daysLeft() < 0) {
                details.put("warning", "official data ended on " + calendar.officialHorizon() + ", "
                        + -calendar.daysLeft() + " days ago: adopt the calendar's next version");
            } else if (calendar.runningOut()) {
                details.put("warning", "official data ends in " + calendar.daysLeft() + " days, on "
                        + calendar.officialHorizon() + ": adopt the calendar's next version");
            }
            if (calendar.provisionalTo() != null) {
                details.put("provisionalTo", calendar.provisionalTo().toString());
            }
            health.withDetail(calendar.registeredAs(), details);
        }
        return health.build();
    }
}
