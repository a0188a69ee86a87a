package org.complaintkit.spring.boot;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.complaintkit.core.engine.CalendarHealth;
import org.complaintkit.core.engine.ComplaintEngine;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;

/**
 * DOWN when a calendar of the engine's SLA setup has fewer days of official data left than the warning threshold
 * ({@code complaintkit.calendar.warning-days}): time to adopt its next version (docs/sla.md). Details, per calendar:
 * its version, official horizon, days left and provisional end. Thread-safe.
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
        boolean runningOut = calendars.stream().anyMatch(CalendarHealth::runningOut);
        Health.Builder health = runningOut ? Health.down() : Health.up();
        for (CalendarHealth calendar : calendars) {
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("version", calendar.version());
            details.put("officialHorizon", calendar.officialHorizon().toString());
            details.put("daysLeft", calendar.daysLeft());
            details.put("warningDays", calendar.thresholdDays());
            details.put("runningOut", calendar.runningOut());
            if (calendar.provisionalTo() != null) {
                details.put("provisionalTo", calendar.provisionalTo().toString());
            }
            health.withDetail(calendar.registeredAs(), details);
        }
        return health.build();
    }
}
