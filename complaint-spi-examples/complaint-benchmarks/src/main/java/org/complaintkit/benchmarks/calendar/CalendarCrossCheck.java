package org.complaintkit.benchmarks.calendar;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.complaintkit.api.calendar.CalendarDefinition;

/**
 * The calendar benchmarks' inputs and their expected answers, from naive oracles that walk the calendar a
 * day or a minute at a time. Every contender's answers are compared with them before it is timed; wrong
 * answers are counted and shown, never hidden.
 */
public final class CalendarCrossCheck {
    private CalendarCrossCheck() {
    }

    /** The holiday-heavy year every day of which the add-15 benchmark starts from. */
    public static final int YEAR = 2025;

    /**
     * A contender's wrong answers on one benchmark's inputs.
     *
     * @param contender who answered
     * @param benchmark which inputs
     * @param inputs how many inputs were asked
     * @param wrong how many answers differ from the oracle's
     * @param examples up to five of them, as text
     * @param byConvention how many answers differ only by where they put the end of the working time: at the
     *     close of a day (17:00) or at the next opening (09:00 the next working day), the same working instant
     */
    public record Result(String contender, String benchmark, int inputs, int wrong, List<String> examples,
                         int byConvention) {
    }

    /** Every day of the year. */
    public static List<LocalDate> everyDay() {
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate d = LocalDate.of(YEAR, 1, 1); d.getYear() == YEAR; d = d.plusDays(1)) {
            days.add(d);
        }
        return days;
    }

    /** Ten thousand random (from, to) pairs within the year and the next, from not after to. */
    public static List<LocalDate[]> pairs() {
        Random random = new Random(10_000);
        List<LocalDate[]> out = new ArrayList<>();
        LocalDate start = LocalDate.of(YEAR, 1, 1);
        for (int i = 0; i < 10_000; i++) {
            LocalDate a = start.plusDays(random.nextInt(700));
            LocalDate b = start.plusDays(random.nextInt(700));
            out.add(a.isAfter(b) ? new LocalDate[] {b, a} : new LocalDate[] {a, b});
        }
        return out;
    }

    /** Whether a date is a working day, read straight off the definition. */
    static boolean working(CalendarDefinition calendar, LocalDate date) {
        if (calendar.makeUpDays().containsKey(date)) {
            return true;
        }
        return !calendar.holidays().contains(date) && calendar.weekly().containsKey(date.getDayOfWeek());
    }

    static LocalDate oraclePlus(CalendarDefinition calendar, LocalDate date, int n) {
        LocalDate d = date;
        for (int left = n; left > 0; ) {
            d = d.plusDays(1);
            if (working(calendar, d)) {
                left--;
            }
        }
        return d;
    }

    static int oracleBetween(CalendarDefinition calendar, LocalDate from, LocalDate to) {
        int count = 0;
        for (LocalDate d = from; d.isBefore(to); d = d.plusDays(1)) {
            count += working(calendar, d) ? 1 : 0;
        }
        return count;
    }

    /** Eight working hours after an instant, counted a minute at a time on the London office calendar. */
    static Instant oracleEightHours(Instant start) {
        ZonedDateTime t = start.atZone(TimeContenders.LONDON);
        int left = 8 * 60;
        while (true) {
            LocalDate day = t.toLocalDate();
            LocalTime time = t.toLocalTime();
            boolean open = working(TimeContenders.LONDON_OFFICE, day) && !time.isBefore(LocalTime.of(9, 0))
                    && time.isBefore(LocalTime.of(17, 0));
            t = t.plus(Duration.ofMinutes(1));
            if (open && --left == 0) {
                return t.toInstant();
            }
        }
    }

    /** Checks a working-day contender on both benchmarks' inputs. */
    public static List<Result> check(WorkingDays contender) {
        CalendarDefinition cn = DayContenders.CHINA;
        List<String> wrongPlus = new ArrayList<>();
        int plusWrong = 0;
        for (LocalDate day : everyDay()) {
            LocalDate expected = oraclePlus(cn, day, 15);
            LocalDate actual = contender.plus(day, 15);
            if (!expected.equals(actual)) {
                plusWrong++;
                if (wrongPlus.size() < 5) {
                    wrongPlus.add(day + " + 15 = " + actual + ", not " + expected);
                }
            }
        }
        List<String> wrongBetween = new ArrayList<>();
        int betweenWrong = 0;
        for (LocalDate[] pair : pairs()) {
            int expected = oracleBetween(cn, pair[0], pair[1]);
            int actual = contender.between(pair[0], pair[1]);
            if (expected != actual) {
                betweenWrong++;
                if (wrongBetween.size() < 5) {
                    wrongBetween.add(pair[0] + " to " + pair[1] + " = " + actual + ", not " + expected);
                }
            }
        }
        return List.of(new Result(contender.name(), "add 15 working days", everyDay().size(), plusWrong, wrongPlus, 0),
                new Result(contender.name(), "working days between", pairs().size(), betweenWrong, wrongBetween, 0));
    }

    /** Checks a working-time contender on the thousand start instants. */
    public static Result check(WorkingTime contender) {
        List<String> wrong = new ArrayList<>();
        int count = 0;
        int convention = 0;
        for (Instant start : TimeContenders.starts()) {
            Instant expected = oracleEightHours(start);
            Instant actual = contender.plusEightHours(start);
            if (!expected.equals(actual) && actual.equals(nextOpening(expected))) {
                convention++;
            } else if (!expected.equals(actual)) {
                count++;
                if (wrong.size() < 5) {
                    wrong.add(start.atZone(TimeContenders.LONDON).toLocalDateTime() + " + 8h = "
                            + actual.atZone(TimeContenders.LONDON).toLocalDateTime() + ", not "
                            + expected.atZone(TimeContenders.LONDON).toLocalDateTime());
                }
            }
        }
        return new Result(contender.name(), "add 8 working hours", TimeContenders.starts().size(), count, wrong,
                convention);
    }

    /** The next opening after a close (17:00): 09:00 on the next working day; other instants stand. */
    static Instant nextOpening(Instant instant) {
        ZonedDateTime t = instant.atZone(TimeContenders.LONDON);
        if (!t.toLocalTime().equals(LocalTime.of(17, 0))) {
            return instant;
        }
        LocalDate day = t.toLocalDate().plusDays(1);
        while (!working(TimeContenders.LONDON_OFFICE, day)) {
            day = day.plusDays(1);
        }
        return day.atTime(9, 0).atZone(TimeContenders.LONDON).toInstant();
    }
}
