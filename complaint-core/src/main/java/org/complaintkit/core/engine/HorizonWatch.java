package org.complaintkit.core.engine;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.complaintkit.core.calendar.CalendarVersions;
import org.complaintkit.core.sla.CalendarHorizon;
import org.complaintkit.core.sla.SlaSetup;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches how far the calendars in force reach: reports each one's horizon, and logs a warning once a day (by the
 * engine's clock, in its zone) for each calendar with fewer days left than the threshold. Thread-safe.
 */
final class HorizonWatch {
    private static final Logger LOG = LoggerFactory.getLogger(HorizonWatch.class);

    private final Clock clock;
    private final ClockSetup clocks;
    private final int thresholdDays;
    private final AtomicReference<LocalDate> lastWarned = new AtomicReference<>(LocalDate.MIN);

    HorizonWatch(Clock clock, ClockSetup clocks, int thresholdDays) {
        this.clock = clock;
        this.clocks = clocks;
        this.thresholdDays = thresholdDays;
    }

    /** Every calendar of the setup in force, the default first, as of today by the engine's clock. */
    List<CalendarHorizon> horizons() {
        LocalDate today = LocalDate.ofInstant(clock.instant(), clock.getZone());
        SlaSetup setup = clocks.current().setup();
        List<CalendarHorizon> out = new ArrayList<>();
        setup.defaultCalendar().ifPresent(c -> out.add(horizon(CalendarHorizon.DEFAULT, c, today)));
        for (Map.Entry<String, CalendarVersions> named : setup.calendars().entrySet()) {
            out.add(horizon(named.getKey(), named.getValue(), today));
        }
        return out;
    }

    private CalendarHorizon horizon(String id, CalendarVersions versions, LocalDate today) {
        CalendarVersions.Version latest = versions.latest();
        return CalendarHorizon.of(id, latest.label(), latest.calendar().definition().validTo(), today, thresholdDays);
    }

    /** Logs the calendars near their horizon, at most once a day. */
    void warnOncePerDay() {
        LocalDate today = LocalDate.ofInstant(clock.instant(), clock.getZone());
        LocalDate last = lastWarned.get();
        if (!today.isAfter(last) || !lastWarned.compareAndSet(last, today)) {
            return;
        }
        for (CalendarHorizon horizon : horizons()) {
            if (horizon.belowThreshold()) {
                LOG.warn("calendar {} ({}) ends on {}, {} days from now: adopt the next calendar before then, or "
                        + "deadlines after it cannot be computed", horizon.calendar(), horizon.version(),
                        horizon.officialUntil(), horizon.daysLeft());
            }
        }
    }
}
