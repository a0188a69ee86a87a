package org.complaintkit.core.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.SortedMap;
import java.util.TreeMap;
import org.complaintkit.api.calendar.ProvisionalRule;
import org.complaintkit.api.error.CalendarException;
import org.complaintkit.api.error.ErrorCode;
import org.complaintkit.api.error.Violation;

/**
 * The statutory public holidays of mainland China, year by year, as data: the days the 全国年节及纪念日放假办法
 * as revised in November 2024 (in force from 2025) gives every citizen off, before any State Council notice
 * moves weekends around them. Per year: New Year's Day (1 January); Spring Festival, four days from New
 * Year's Eve (the last day of the twelfth lunar month) to the third day of the first lunar month; Qingming,
 * the day of the solar term 清明 in China time; Labour Day, 1 and 2 May; Dragon Boat, the fifth day of the
 * fifth lunar month; Mid-Autumn, the fifteenth day of the eighth lunar month; National Day, 1 to 3 October.
 *
 * <p>The lunar and solar-term dates are not computed here: they are read from a table shipped with the
 * library ({@link #mainlandChina()}), generated once and checked in tests against two independent
 * astronomical computations. Make-up working days cannot be predicted and are not part of the table.
 *
 * <p>The table's text format, one day per line, {@code #} starting a comment:
 *
 * <pre>
 * years 2025 2060
 * 2025-01-28 SPRING_FESTIVAL  春节 农历除夕
 * </pre>
 *
 * <p>Every year in the range must have exactly its thirteen days in the shape above (a date that is both
 * Mid-Autumn and a National Day date is listed once for each); every problem is
 * reported at once with its line. Immutable and thread-safe.
 */
public final class StatutoryHolidays {
    /** What a provisional rule from this table rests on, as records and explanations name it. */
    private static final String BASIS = "statutory holidays (全国年节及纪念日放假办法, 2024 revision), no make-up days";

    private static final String MAINLAND_CHINA = "cn-mainland-statutory.days";
    private static final Map<ChineseFestival, Integer> DAYS_PER_YEAR = new EnumMap<>(Map.of(
            ChineseFestival.NEW_YEAR, 1, ChineseFestival.SPRING_FESTIVAL, 4, ChineseFestival.QINGMING, 1,
            ChineseFestival.LABOUR_DAY, 2, ChineseFestival.DRAGON_BOAT, 1, ChineseFestival.MID_AUTUMN, 1,
            ChineseFestival.NATIONAL_DAY, 3));

    /**
     * One statutory day.
     *
     * @param date the date
     * @param festival the festival it belongs to
     * @param label the table's note, such as {@code 春节 农历除夕}
     */
    public record StatutoryDay(LocalDate date, ChineseFestival festival, String label) {
        /**
         * Checks the components.
         *
         * @param date the date
         * @param festival the festival it belongs to
         * @param label the table's note, such as {@code 春节 农历除夕}
         */
        public StatutoryDay {
            Objects.requireNonNull(date, "date");
            Objects.requireNonNull(festival, "festival");
            Objects.requireNonNull(label, "label");
        }
    }

    private final int firstYear;
    private final int lastYear;
    private final SortedMap<LocalDate, List<StatutoryDay>> days;

    private StatutoryHolidays(int firstYear, int lastYear, SortedMap<LocalDate, List<StatutoryDay>> days) {
        this.firstYear = firstYear;
        this.lastYear = lastYear;
        this.days = Collections.unmodifiableSortedMap(new TreeMap<>(days));
    }

    /**
     * The table shipped with the library: mainland China from 2025, the first year of the revised
     * regulation.
     *
     * @return the table
     */
    public static StatutoryHolidays mainlandChina() {
        try (InputStream in = StatutoryHolidays.class.getResourceAsStream(MAINLAND_CHINA)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + MAINLAND_CHINA);
            }
            return parse(MAINLAND_CHINA, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads a table.
     *
     * @param name the name to report in errors, such as the file name
     * @param text the table's text
     * @return the table
     * @throws CalendarException coded {@link ErrorCode#INVALID_CALENDAR}, listing every problem with its line
     */
    public static StatutoryHolidays parse(String name, String text) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(text, "text");
        List<Violation> problems = new ArrayList<>();
        Integer from = null;
        Integer to = null;
        int yearsLine = 0;
        SortedMap<LocalDate, List<StatutoryDay>> days = new TreeMap<>();
        Map<LocalDate, Integer> lineOf = new TreeMap<>();
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String where = name + ":" + (i + 1);
            int hash = lines[i].indexOf('#');
            String line = (hash >= 0 ? lines[i].substring(0, hash) : lines[i]).strip();
            if (line.isEmpty()) {
                continue;
            }
            String[] t = line.split("\\s+", 3);
            try {
                if (t[0].equals("years")) {
                    if (t.length < 3 || from != null) {
                        throw new IllegalArgumentException("one 'years FIRST LAST' line is needed");
                    }
                    String[] ends = t[2].split("\\s+");
                    from = Integer.parseInt(t[1]);
                    to = Integer.parseInt(ends[0]);
                    yearsLine = i + 1;
                    if (to < from || ends.length > 1) {
                        throw new IllegalArgumentException("'years FIRST LAST' needs two years in order");
                    }
                    continue;
                }
                if (t.length < 2) {
                    throw new IllegalArgumentException("a day needs a date and a festival");
                }
                LocalDate date = LocalDate.parse(t[0]);
                ChineseFestival festival = ChineseFestival.valueOf(t[1]);
                List<StatutoryDay> same = days.computeIfAbsent(date, d -> new ArrayList<>());
                if (same.stream().anyMatch(d -> d.festival() == festival)) {
                    throw new IllegalArgumentException(date + " is listed twice for " + festival);
                }
                same.add(new StatutoryDay(date, festival, t.length > 2 ? t[2].strip() : ""));
                lineOf.putIfAbsent(date, i + 1);
            } catch (DateTimeException | IllegalArgumentException e) {
                problems.add(new Violation(ErrorCode.INVALID_CALENDAR, where,
                        e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
            }
        }
        if (from == null) {
            problems.add(new Violation(ErrorCode.INVALID_CALENDAR, name, "the table needs a 'years FIRST LAST' line"));
            throw new CalendarException(problems);
        }
        for (Map.Entry<LocalDate, List<StatutoryDay>> e : days.entrySet()) {
            int year = e.getKey().getYear();
            if (year < from || year > to) {
                problems.add(new Violation(ErrorCode.INVALID_CALENDAR, name + ":" + lineOf.get(e.getKey()),
                        e.getKey() + " lies outside the years " + from + " to " + to));
            }
        }
        for (int year = from; year <= to; year++) {
            checkYear(name, yearsLine, year, days.subMap(LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1)),
                    lineOf, problems);
        }
        if (!problems.isEmpty()) {
            problems.sort(Comparator.comparingInt(v -> StateCouncilNotice.lineNumber(v.path())));
            throw new CalendarException(problems);
        }
        return new StatutoryHolidays(from, to, days);
    }

    private static void checkYear(String name, int yearsLine, int year, SortedMap<LocalDate, List<StatutoryDay>> days,
                                  Map<LocalDate, Integer> lineOf, List<Violation> problems) {
        Map<ChineseFestival, List<LocalDate>> byFestival = new EnumMap<>(ChineseFestival.class);
        days.values().forEach(same -> same.forEach(
                d -> byFestival.computeIfAbsent(d.festival(), f -> new ArrayList<>()).add(d.date())));
        String where = days.isEmpty() ? name + ":" + yearsLine : name + ":" + lineOf.get(days.firstKey());
        for (Map.Entry<ChineseFestival, Integer> e : DAYS_PER_YEAR.entrySet()) {
            List<LocalDate> dates = byFestival.getOrDefault(e.getKey(), List.of());
            if (dates.size() != e.getValue()) {
                problems.add(new Violation(ErrorCode.INVALID_CALENDAR, where, year + " has " + dates.size() + " days of "
                        + e.getKey() + ", the regulation gives " + e.getValue()));
                continue;
            }
            for (int i = 1; i < dates.size(); i++) {
                if (!dates.get(i).equals(dates.get(i - 1).plusDays(1))) {
                    problems.add(new Violation(ErrorCode.INVALID_CALENDAR, name + ":" + lineOf.get(dates.get(i)),
                            "the days of " + e.getKey() + " in " + year + " are not consecutive"));
                }
            }
            MonthDay first = MonthDay.from(dates.get(0));
            MonthDay expected = switch (e.getKey()) {
                case NEW_YEAR -> MonthDay.of(1, 1);
                case LABOUR_DAY -> MonthDay.of(5, 1);
                case NATIONAL_DAY -> MonthDay.of(10, 1);
                default -> null;
            };
            boolean plausible = switch (e.getKey()) {
                case SPRING_FESTIVAL -> within(first, MonthDay.of(1, 20), MonthDay.of(2, 20));
                case QINGMING -> within(first, MonthDay.of(4, 3), MonthDay.of(4, 6));
                case DRAGON_BOAT -> within(first, MonthDay.of(5, 27), MonthDay.of(6, 26));
                case MID_AUTUMN -> within(first, MonthDay.of(9, 6), MonthDay.of(10, 8));
                default -> first.equals(expected);
            };
            if (!plausible) {
                problems.add(new Violation(ErrorCode.INVALID_CALENDAR, name + ":" + lineOf.get(dates.get(0)),
                        dates.get(0) + " cannot be the first day of " + e.getKey()));
            }
        }
    }

    private static boolean within(MonthDay day, MonthDay from, MonthDay to) {
        return !day.isBefore(from) && !day.isAfter(to);
    }

    /**
     * Returns the first year the table covers.
     *
     * @return the year
     */
    public int firstYear() {
        return firstYear;
    }

    /**
     * Returns the last year the table covers.
     *
     * @return the year
     */
    public int lastYear() {
        return lastYear;
    }

    /**
     * Tells whether the table covers a year.
     *
     * @param year the year
     * @return true if its statutory days are known
     */
    public boolean covers(int year) {
        return year >= firstYear && year <= lastYear;
    }

    /**
     * Returns every statutory day, in date order. A date that belongs to two festivals (Mid-Autumn on one
     * of the National Day dates) appears once for each.
     *
     * @return the days
     */
    public List<StatutoryDay> days() {
        return days.values().stream().flatMap(List::stream).toList();
    }

    /**
     * Returns the distinct dates of one year that are statutory days off: thirteen, or twelve when
     * Mid-Autumn falls on a National Day date.
     *
     * @param year the year
     * @return the dates, in order
     * @throws CalendarException coded {@link ErrorCode#BEYOND_CALENDAR_HORIZON} for a year the table does not cover
     */
    public Set<LocalDate> datesIn(int year) {
        daysIn(year);
        return Collections.unmodifiableSet(new TreeSet<>(
                days.subMap(LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1)).keySet()));
    }

    /**
     * Returns the statutory days of one year, in date order.
     *
     * @param year the year
     * @return its thirteen days, one entry per festival and date
     * @throws CalendarException coded {@link ErrorCode#BEYOND_CALENDAR_HORIZON} for a year the table does not cover
     */
    public List<StatutoryDay> daysIn(int year) {
        if (!covers(year)) {
            throw CalendarException.of(ErrorCode.BEYOND_CALENDAR_HORIZON, "year",
                    "the statutory table covers " + firstYear + " to " + lastYear + ", not " + year);
        }
        return days.subMap(LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1)).values().stream()
                .flatMap(List::stream).toList();
    }

    /**
     * Returns the festivals a date belongs to.
     *
     * @param date the date
     * @return the festivals, empty on a day that is not a statutory day; two when Mid-Autumn falls on a
     *     National Day date
     * @throws CalendarException coded {@link ErrorCode#BEYOND_CALENDAR_HORIZON} for a year the table does not cover
     */
    public Set<ChineseFestival> festivalsOn(LocalDate date) {
        if (!covers(date.getYear())) {
            throw CalendarException.of(ErrorCode.BEYOND_CALENDAR_HORIZON, "date",
                    "the statutory table covers " + firstYear + " to " + lastYear + ", not " + date);
        }
        Set<ChineseFestival> festivals = EnumSet.noneOf(ChineseFestival.class);
        days.getOrDefault(date, List.of()).forEach(d -> festivals.add(d.festival()));
        return Collections.unmodifiableSet(festivals);
    }

    /**
     * The table as a provisional rule: a calendar whose official data ends extended with it guesses every
     * statutory holiday after its horizon, and no make-up working day (those only the State Council's notice
     * fixes). For example {@code CalendarFile.mainlandChina().withProvisional(table.provisionalRule(),
     * table.lastDay())}; the deadlines it gives past the official horizon are marked provisional and corrected
     * on the record when the next notice is adopted.
     *
     * @return the rule, with every date of the table
     */
    public ProvisionalRule provisionalRule() {
        return ProvisionalRule.dated(BASIS, days.keySet());
    }

    /**
     * Returns the last day of the last year the table covers: how far a calendar extended with
     * {@link #provisionalRule()} may guess.
     *
     * @return 31 December of {@link #lastYear()}
     */
    public LocalDate lastDay() {
        return LocalDate.of(lastYear, 12, 31);
    }

    @Override
    public String toString() {
        return "StatutoryHolidays[" + firstYear + ".." + lastYear + ", " + days.size() + " days]";
    }
}
