package org.complaintkit.benchmarks.calendar;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Random;
import java.util.stream.Collectors;
import org.complaintkit.api.calendar.CalendarDefinition;
import org.complaintkit.api.calendar.DayHours;
import org.complaintkit.core.calendar.BusinessCalendar;
import org.jbpm.process.core.timer.BusinessCalendarImpl;
import org.kie.api.time.SessionClock;

/**
 * The working-time contenders on one London calendar: Monday to Friday 09:00 to 17:00, the 2025 bank holidays
 * of England, and the two daylight-saving changes of 2025. The start instants include early mornings, late
 * evenings, weekends, holiday eves and the weeks of the clock changes.
 */
public final class TimeContenders {
    private TimeContenders() {
    }

    /** The zone, with daylight saving. */
    public static final ZoneId LONDON = ZoneId.of("Europe/London");

    /** England's 2025 bank holidays. */
    public static final List<LocalDate> HOLIDAYS = List.of(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 4, 18),
            LocalDate.of(2025, 4, 21), LocalDate.of(2025, 5, 5), LocalDate.of(2025, 5, 26), LocalDate.of(2025, 8, 25),
            LocalDate.of(2025, 12, 25), LocalDate.of(2025, 12, 26));

    /** The calendar as ComplaintKit reads it. */
    public static final CalendarDefinition LONDON_OFFICE = CalendarDefinition.builder("GB-london", LONDON)
            .mondayToFriday(DayHours.parse("09:00-17:00")).holidays(HOLIDAYS.toArray(LocalDate[]::new))
            .horizon(LocalDate.of(2025, 1, 1), LocalDate.of(2026, 12, 31)).build();

    /** ComplaintKit's indexed calendar. */
    public static WorkingTime complaintKit() {
        BusinessCalendar calendar = BusinessCalendar.of(LONDON_OFFICE);
        Duration eight = Duration.ofHours(8);
        return new WorkingTime() {
            @Override
            public String name() {
                return "complaintkit";
            }

            @Override
            public Instant plusEightHours(Instant start) {
                return calendar.plusWorkingTime(start, eight);
            }
        };
    }

    /** A clock jBPM reads "now" from, set before each call. */
    private static final class SettableClock implements SessionClock {
        private long now;

        @Override
        public long getCurrentTime() {
            return now;
        }
    }

    /** jBPM's {@code BusinessCalendarImpl}, configured with the same hours, weekend, holidays and zone. */
    public static WorkingTime jbpm() {
        Properties properties = new Properties();
        properties.setProperty(BusinessCalendarImpl.DAYS_PER_WEEK, "5");
        properties.setProperty(BusinessCalendarImpl.HOURS_PER_DAY, "8");
        properties.setProperty(BusinessCalendarImpl.START_HOUR, "9");
        properties.setProperty(BusinessCalendarImpl.END_HOUR, "17");
        properties.setProperty(BusinessCalendarImpl.HOLIDAY_DATE_FORMAT, "yyyy-MM-dd");
        properties.setProperty(BusinessCalendarImpl.HOLIDAYS,
                HOLIDAYS.stream().map(LocalDate::toString).collect(Collectors.joining(",")));
        properties.setProperty(BusinessCalendarImpl.TIMEZONE, LONDON.getId());
        SettableClock clock = new SettableClock();
        BusinessCalendarImpl calendar = new BusinessCalendarImpl(properties, clock);
        return new WorkingTime() {
            @Override
            public String name() {
                return "jbpm";
            }

            @Override
            public Instant plusEightHours(Instant start) {
                clock.now = start.toEpochMilli();
                return calendar.calculateBusinessTimeAsDate("8h").toInstant();
            }
        };
    }

    /** Every contender, ComplaintKit first. */
    public static List<WorkingTime> all() {
        return List.of(complaintKit(), jbpm());
    }

    /**
     * The thousand start instants: every edge case named above, then random instants of 2025.
     *
     * @return the instants
     */
    public static List<Instant> starts() {
        List<LocalDateTime> local = new ArrayList<>();
        for (LocalDate day : List.of(LocalDate.of(2025, 3, 27), LocalDate.of(2025, 3, 28), LocalDate.of(2025, 3, 31),
                LocalDate.of(2025, 10, 23), LocalDate.of(2025, 10, 24), LocalDate.of(2025, 10, 27),
                LocalDate.of(2025, 4, 17), LocalDate.of(2025, 5, 23), LocalDate.of(2025, 8, 22),
                LocalDate.of(2025, 12, 24), LocalDate.of(2025, 3, 29), LocalDate.of(2025, 10, 26))) {
            for (LocalTime time : List.of(LocalTime.of(6, 30), LocalTime.of(9, 0), LocalTime.of(12, 15),
                    LocalTime.of(16, 59), LocalTime.of(17, 0), LocalTime.of(18, 45), LocalTime.of(23, 30))) {
                local.add(day.atTime(time));
            }
        }
        Random random = new Random(2025);
        while (local.size() < 1000) {
            local.add(LocalDate.of(2025, 1, 2).plusDays(random.nextInt(355)).atTime(random.nextInt(24),
                    random.nextInt(60)));
        }
        List<Instant> out = new ArrayList<>();
        local.forEach(t -> out.add(t.atZone(LONDON).toInstant()));
        return out;
    }
}
