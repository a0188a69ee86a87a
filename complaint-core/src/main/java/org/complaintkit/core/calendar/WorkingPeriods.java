package org.complaintkit.core.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import org.complaintkit.api.calendar.DayHours;
import org.complaintkit.api.calendar.WorkingWindow;

/**
 * Turns a date's working windows into stretches of instants. Local times are resolved as
 * {@link ZonedDateTime#of} does: a time in a daylight-saving gap moves forward by the gap, a time in an
 * overlap takes the earlier offset. A stretch that would start before the previous one ends is clipped,
 * and an empty stretch is dropped, so the stretches are always ascending and disjoint.
 */
final class WorkingPeriods {
    private WorkingPeriods() {
    }

    /** One stretch of working time, [start, end). */
    record Period(Instant start, Instant end) {
    }

    static List<Period> of(LocalDate date, DayHours hours, ZoneId zone) {
        List<Period> out = new ArrayList<>(hours.windows().size());
        Instant floor = null;
        for (WorkingWindow w : hours.windows()) {
            Instant s = ZonedDateTime.of(date, w.start(), zone).toInstant();
            Instant e = ZonedDateTime.of(date, w.end(), zone).toInstant();
            if (floor != null && s.isBefore(floor)) {
                s = floor;
            }
            if (e.isAfter(s)) {
                out.add(new Period(s, e));
                floor = e;
            }
        }
        return out;
    }
}
