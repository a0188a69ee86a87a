package org.complaintkit.core.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import org.complaintkit.api.calendar.CalendarDefinition;
import org.complaintkit.api.calendar.DayHours;
import org.complaintkit.api.calendar.WorkingWindow;

/** Random calendars: zones with and without daylight saving, lunch breaks, night windows, holidays, make-up days. */
final class CalendarArbitraries {
    static final List<String> ZONES = List.of("UTC", "Asia/Shanghai", "Europe/London", "America/New_York",
            "Australia/Sydney", "Asia/Kolkata", "America/Santiago", "Pacific/Chatham");

    private CalendarArbitraries() {
    }

    static Arbitrary<CalendarDefinition> definitions() {
        return Arbitraries.longs().map(CalendarArbitraries::definition);
    }

    static DayHours randomHours(Random r) {
        if (r.nextInt(4) == 0) {
            return DayHours.parse("09:00-12:00,13:30-17:30");
        }
        int k = r.nextInt(4);
        TreeSet<Integer> minutes = new TreeSet<>();
        while (minutes.size() < 2 * k) {
            minutes.add(r.nextInt(24 * 60));
        }
        List<Integer> m = new ArrayList<>(minutes);
        List<WorkingWindow> windows = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            windows.add(new WorkingWindow(LocalTime.ofSecondOfDay(m.get(2 * i) * 60L),
                    LocalTime.ofSecondOfDay(m.get(2 * i + 1) * 60L)));
        }
        return new DayHours(windows);
    }

    static CalendarDefinition definition(long seed) {
        Random r = new Random(seed);
        ZoneId zone = ZoneId.of(ZONES.get(r.nextInt(ZONES.size())));
        LocalDate from = LocalDate.of(2020, 1, 1).plusDays(r.nextInt(3000));
        LocalDate to = from.plusDays(30 + r.nextInt(470));
        CalendarDefinition.Builder b = CalendarDefinition.builder("random-" + seed, zone).horizon(from, to);
        boolean working = false;
        for (DayOfWeek d : DayOfWeek.values()) {
            DayHours hours = r.nextInt(5) == 0 ? DayHours.CLOSED : randomHours(r);
            working |= hours.isWorking();
            b.weekly(hours, d);
        }
        if (!working) {
            // A calendar with no weekly hours is refused unless declared for calendar days only; keep one weekday.
            b.weekly(DayHours.parse("09:00-17:00"), DayOfWeek.WEDNESDAY);
        }
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            int roll = r.nextInt(100);
            if (roll < 8) {
                b.holidays(d);
            } else if (roll < 11) {
                DayHours h = randomHours(r);
                b.makeUpDay(d, h.isWorking() ? h : DayHours.parse("08:30-17:00"));
            } else if (roll < 13) {
                b.specialHours(d, randomHours(r));
            }
        }
        return b.build();
    }
}
