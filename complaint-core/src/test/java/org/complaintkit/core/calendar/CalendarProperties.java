package org.complaintkit.core.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.TimeZone;
import java.util.function.Supplier;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.complaintkit.api.calendar.CalendarDefinition;
import org.complaintkit.api.error.CalendarException;

class CalendarProperties {
    static final int QUERIES = 40;

    @Provide
    Arbitrary<CalendarDefinition> calendars() {
        return CalendarArbitraries.definitions();
    }

    /** What an operation gave: a value, or the code of the calendar error it threw. */
    static Object outcome(Supplier<Object> operation) {
        try {
            return operation.get();
        } catch (CalendarException e) {
            return e.code();
        }
    }

    static Instant randomInstant(CalendarDefinition def, Random r) {
        Instant from = def.validFrom().atStartOfDay(def.zone()).toInstant();
        Instant to = def.validTo().plusDays(1).atStartOfDay(def.zone()).toInstant();
        long span = Duration.between(from, to).getSeconds();
        Instant t = from.plusSeconds((long) (r.nextDouble() * span));
        return switch (r.nextInt(5)) {
            case 0 -> t.truncatedTo(ChronoUnit.HOURS).isBefore(from) ? from : t.truncatedTo(ChronoUnit.HOURS);
            case 1 -> t.plusNanos(r.nextInt(1_000_000_000));
            case 2 -> windowEdge(def, r, t);
            default -> t;
        };
    }

    /** The start or end of a working window on a random date, so that boundaries are hit often. */
    static Instant windowEdge(CalendarDefinition def, Random r, Instant fallback) {
        LocalDate d = randomDate(def, r);
        var windows = def.hoursOn(d).windows();
        if (windows.isEmpty()) {
            return fallback;
        }
        var w = windows.get(r.nextInt(windows.size()));
        Instant edge = java.time.ZonedDateTime.of(d, r.nextBoolean() ? w.start() : w.end(), def.zone()).toInstant();
        return def.covers(LocalDate.ofInstant(edge, def.zone())) ? edge : fallback;
    }

    static LocalDate randomDate(CalendarDefinition def, Random r) {
        long span = ChronoUnit.DAYS.between(def.validFrom(), def.validTo());
        return def.validFrom().plusDays((long) (r.nextDouble() * (span + 1)));
    }

    static Duration randomDuration(Random r) {
        return switch (r.nextInt(3)) {
            case 0 -> Duration.ofMinutes(r.nextInt(60 * 24));
            case 1 -> Duration.ofMinutes(r.nextInt(60 * 24 * 60));
            default -> Duration.ofSeconds(r.nextInt(60 * 60 * 10), r.nextInt(1_000_000_000));
        };
    }

    /** Runs the same random queries against a calendar and returns every outcome. */
    static List<Object> answers(BusinessCalendar cal, long seed) {
        CalendarDefinition def = cal.definition();
        Random r = new Random(seed);
        List<Object> out = new ArrayList<>();
        for (int q = 0; q < QUERIES; q++) {
            Instant t = randomInstant(def, r);
            Instant u = randomInstant(def, r);
            LocalDate d = randomDate(def, r);
            LocalDate e = randomDate(def, r).plusDays(r.nextInt(2));
            int n = r.nextInt(81) - 40;
            Duration amount = randomDuration(r);
            out.add(outcome(() -> cal.isWorkingDay(d)));
            out.add(outcome(() -> cal.isWorkingTime(t)));
            out.add(outcome(() -> cal.nextWorkingInstant(t)));
            out.add(outcome(() -> cal.previousWorkingInstant(t)));
            out.add(outcome(() -> cal.plusWorkingDays(d, n)));
            out.add(outcome(() -> cal.workingDaysBetween(d, e)));
            out.add(outcome(() -> cal.plusWorkingTime(t, amount)));
            out.add(outcome(() -> cal.workingTimeBetween(t, u)));
            out.add(outcome(() -> n > 0 ? cal.endOfWorkingDayAfter(d, n) : "n/a"));
        }
        return out;
    }

    @Property(tries = 400)
    void the_fast_and_reference_calendars_agree_on_random_calendars_zones_and_instants(
            @ForAll("calendars") CalendarDefinition def, @ForAll long seed) {
        assertEquals(answers(BusinessCalendar.reference(def), seed), answers(BusinessCalendar.of(def), seed));
    }

    @Property(tries = 300)
    void measuring_what_was_added_gives_back_the_amount_and_adding_twice_equals_adding_the_sum(
            @ForAll("calendars") CalendarDefinition def, @ForAll long seed) {
        BusinessCalendar cal = BusinessCalendar.of(def);
        Random r = new Random(seed);
        for (int q = 0; q < QUERIES; q++) {
            Instant t = randomInstant(def, r);
            Duration d1 = randomDuration(r);
            Duration d2 = randomDuration(r);
            Object sum = outcome(() -> cal.plusWorkingTime(t, d1.plus(d2)));
            if (sum instanceof Instant reached) {
                assertEquals(d1.plus(d2), cal.workingTimeBetween(t, reached));
                assertEquals(reached, cal.plusWorkingTime(cal.plusWorkingTime(t, d1), d2));
            }
        }
    }

    @Property(tries = 300)
    void counting_the_working_days_moved_gives_back_the_count(
            @ForAll("calendars") CalendarDefinition def, @ForAll long seed) {
        BusinessCalendar cal = BusinessCalendar.of(def);
        Random r = new Random(seed);
        for (int q = 0; q < QUERIES; q++) {
            LocalDate d = randomDate(def, r);
            int n = r.nextInt(40) + 1;
            Object moved = outcome(() -> cal.plusWorkingDays(d, n));
            if (moved instanceof LocalDate reached) {
                assertEquals(n, cal.workingDaysBetween(d.plusDays(1), reached.plusDays(1)));
                assertEquals(-n, cal.workingDaysBetween(reached.plusDays(1), d.plusDays(1)));
                if (cal.isWorkingDay(d)) {
                    assertEquals(d, cal.minusWorkingDays(reached, n));
                }
            }
        }
    }

    @Property(tries = 60)
    void results_do_not_depend_on_the_jvm_default_time_zone(@ForAll("calendars") CalendarDefinition def,
                                                            @ForAll long seed) {
        TimeZone saved = TimeZone.getDefault();
        try {
            List<List<Object>> runs = new ArrayList<>();
            for (String zone : List.of("UTC", "Pacific/Kiritimati", "America/St_Johns", "Asia/Shanghai")) {
                TimeZone.setDefault(TimeZone.getTimeZone(zone));
                runs.add(answers(BusinessCalendar.of(def), seed));
                runs.add(answers(BusinessCalendar.reference(def), seed));
            }
            for (List<Object> run : runs) {
                assertEquals(runs.get(0), run);
            }
        } finally {
            TimeZone.setDefault(Objects.requireNonNull(saved));
        }
    }
}
