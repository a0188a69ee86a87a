package org.complaintkit.core.engine;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.complaintkit.api.calendar.CalendarDefinition;
import org.complaintkit.core.calendar.CalendarVersions;
import org.complaintkit.core.sla.SlaSetup;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches how far the engine's calendars reach: reports each one's health, and logs a warning once a day
 * (per calendar, by the calendar's own date) for each whose official data runs out within the threshold.
 * Thread-safe.
 */
final class HorizonWatch {
    private static final Logger LOG = LoggerFactory.getLogger(HorizonWatch.class);
    /** The default threshold: warn when fewer than this many days of official data are left. */
    static final int DEFAULT_THRESHOLD_DAYS = 60;

    private final Clock clock;
    private final ClockSetup clocks;
    private final int thresholdDays;
    private final Map<String, LocalDate> warnedOn = new ConcurrentHashMap<>();

    HorizonWatch(Clock clock, ClockSetup clocks, int thresholdDays) {
        this.clock = clock;
        this.clocks = clocks;
        this.thresholdDays = thresholdDays;
    }

    List<CalendarHealth> health() {
        return health(clock.instant());
    }

    List<CalendarHealth> health(Instant now) {
        SlaSetup setup = clocks.current().setup();
        Map<String, CalendarVersions> named = new LinkedHashMap<>();
        setup.defaultCalendar().ifPresent(v -> named.put("default", v));
        named.putAll(setup.calendars());
        Map<CalendarVersions, Boolean> seen = new IdentityHashMap<>();
        List<CalendarHealth> out = new ArrayList<>();
        for (Map.Entry<String, CalendarVersions> e : named.entrySet()) {
            if (seen.put(e.getValue(), Boolean.TRUE) != null) {
                continue;
            }
            CalendarDefinition definition = e.getValue().latest().calendar().definition();
            LocalDate today = LocalDate.ofInstant(now, definition.zone());
            out.add(new CalendarHealth(e.getKey(), e.getValue().latest().label(), definition.validTo(),
                    ChronoUnit.DAYS.between(today, definition.validTo()), definition.provisionalTo(), thresholdDays));
        }
        return out;
    }

    /** Logs a warning for each calendar running out, at most once a day each; returns those it warned of. */
    List<CalendarHealth> warnIfRunningOut(Instant now) {
        List<CalendarHealth> warned = new ArrayList<>();
        for (CalendarHealth h : health(now)) {
            if (!h.runningOut()) {
                continue;
            }
            LocalDate day = h.officialHorizon().minusDays(h.daysLeft());
            if (!day.equals(warnedOn.put(h.registeredAs() + " " + h.version(), day))) {
                warned.add(h);
                LOG.warn("calendar {} ({}) has {} days of official data left, to {}; {}; adopt its next version",
                        h.registeredAs(), h.version(), h.daysLeft(), h.officialHorizon(), h.provisionalTo() == null
                                ? "nothing is guessed past it" : "guessed to " + h.provisionalTo());
            }
        }
        return warned;
    }
}
