package org.complaintkit.core.calendar;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.complaintkit.api.calendar.CalendarDefinition;
import org.complaintkit.api.calendar.DayHours;
import org.complaintkit.api.error.CalendarException;
import org.complaintkit.api.error.ErrorCode;
import org.complaintkit.api.error.Violation;
import org.complaintkit.core.internal.UnreadableFile;

/**
 * A State Council holiday notice read from its published text: the yearly 国务院办公厅关于XXXX年部分节假日安排的通知,
 * or a later notice that changes a year (the 2015 anniversary holiday, the 2019 Labour Day change, the 2020
 * Spring Festival extension). It yields the year's days off and make-up working days (上班), arrangement by
 * arrangement, and applies them to a {@link CalendarDefinition} or as a new version of {@link CalendarVersions}.
 *
 * <p>Every form used since 2008 is read: {@code X至Y放假调休，共N天}, {@code X—Y放假}, {@code 放假公休},
 * {@code X放假，Y补休}, {@code X放假，与周末连休}, {@code 放假1天}, the 2008–2009 form that spells out which
 * weekend moved where ({@code 其中……公休日调至……}), make-up days ({@code X（星期六）、Y（星期日）上班}), dates
 * with or without their year and month ({@code 2018年12月30日至2019年1月1日}, {@code 9月3日至5日},
 * {@code 10月1日、2日、3日}), and notes in brackets ({@code （星期六）}, {@code （周三）}, {@code （农历除夕、周二）}).
 * Full-width and ASCII punctuation are both accepted. Lines starting with {@code #} are comments.
 *
 * <p>What is a day off: every day of a range or date that a clause gives off ({@code 放假}) or as a
 * substitute ({@code 补休}); weekends that merely adjoin ({@code 与周末连休}) are not listed. Clauses that
 * explain ({@code 其中……}) are not counted, but every date they name must be a day off or a make-up day of
 * the same arrangement. The text is checked as it is read, and every problem reported at once, coded
 * {@link ErrorCode#INVALID_HOLIDAY_NOTICE} with {@code source:line} and the reason: a weekday note that
 * does not match its date, a count ({@code 共N天}) that does not match the range, a make-up day that is
 * not a weekend day or is also a day off, a date that does not exist, a date named but neither off nor
 * worked, an arrangement without days off, a text with no recognisable arrangement.
 *
 * <p>Immutable and thread-safe.
 */
public final class StateCouncilNotice {

    /** Whether a notice arranges a whole year or changes one already arranged. */
    public enum Kind {
        /** The yearly notice, arranging every holiday of a year. */
        ANNUAL,
        /** A later notice changing or adding to a year's arrangement. */
        AMENDMENT
    }

    /** One arrangement of a notice: days off with their make-up days, or the extension of a holiday. */
    public sealed interface Arrangement permits Holiday, Extension {
        /**
         * Returns the line of the notice the arrangement was read from.
         *
         * @return the line number, from 1
         */
        int line();
    }

    /**
     * Days off for one or more festivals, or for a special occasion, with their make-up working days.
     *
     * @param line the line of the notice, from 1
     * @param name the heading as published, such as {@code 中秋节、国庆节} or
     *     {@code 中国人民抗日战争暨世界反法西斯战争胜利70周年纪念日}
     * @param festivals the statutory festivals it arranges; empty for a special occasion
     * @param daysOff the days off
     * @param workdays the make-up working days (调休上班)
     */
    public record Holiday(int line, String name, Set<ChineseFestival> festivals, SortedSet<LocalDate> daysOff,
                          SortedSet<LocalDate> workdays) implements Arrangement {
        /**
         * Copies the collections.
         *
         * @param line the line of the notice, from 1
         * @param name the heading as published
         * @param festivals the statutory festivals it arranges; empty for a special occasion
         * @param daysOff the days off
         * @param workdays the make-up working days
         */
        public Holiday {
            Objects.requireNonNull(name, "name");
            festivals = festivals.isEmpty() ? Collections.unmodifiableSet(EnumSet.noneOf(ChineseFestival.class))
                    : Collections.unmodifiableSet(EnumSet.copyOf(festivals));
            daysOff = Collections.unmodifiableSortedSet(new TreeSet<>(daysOff));
            workdays = Collections.unmodifiableSortedSet(new TreeSet<>(workdays));
        }

        /**
         * Tells whether this is a special occasion rather than a statutory festival.
         *
         * @return true if it names none of the seven festivals
         */
        public boolean special() {
            return festivals.isEmpty();
        }
    }

    /**
     * The extension of a festival's days off to a later last day, as in 延长2020年春节假期至2月2日. Applied to
     * the year's arrangement, the days off run on to that day and make-up days that fall within them are off.
     *
     * @param line the line of the notice, from 1
     * @param festival the festival extended
     * @param lastDayOff the new last day off
     */
    public record Extension(int line, ChineseFestival festival, LocalDate lastDayOff) implements Arrangement {
        /**
         * Checks the components.
         *
         * @param line the line of the notice, from 1
         * @param festival the festival extended
         * @param lastDayOff the new last day off
         */
        public Extension {
            Objects.requireNonNull(festival, "festival");
            Objects.requireNonNull(lastDayOff, "lastDayOff");
        }
    }

    private static final Pattern ANNUAL_YEAR = Pattern.compile("(\\d{4})年[，\\s]*元旦");
    private static final Pattern ITEM = Pattern.compile("^\\s*([一二三四五六七八九十]+)[、.．]\\s*(.*)$");
    private static final Pattern EXTEND = Pattern.compile("延长(\\d{4})年(\\S+?)假期至");
    private static final Pattern ADJUST_TITLE = Pattern.compile("关于调整(\\d{4})年(\\S+?)(?:假期|放假)安排的通知");
    private static final Pattern SPECIAL_TITLE = Pattern.compile("关于(\\S+?)调休放假的通知");
    private static final Pattern SPECIAL_BODY = Pattern.compile("如下调休[：](.*)$");
    private static final Pattern YEAR = Pattern.compile("(\\d{4})年");
    private static final Pattern TITLE_YEAR = Pattern.compile("关于(\\d{4})年部分节假日安排");
    private static final Pattern DATE = Pattern.compile("(?:(\\d{4})年)?(?:(\\d{1,2})月)?(\\d{1,2})日");
    private static final Pattern WEEKDAY = Pattern.compile("(?:星期|周)([一二三四五六日天])");
    private static final Pattern COUNT = Pattern.compile("(?:共|放假)(\\d{1,2})天");
    private static final Pattern RESUMPTION = Pattern.compile("起(?:正常|照常)?上班");
    private static final String RANGE = "至—－-~～到";
    private static final char MARK = '\uE000';

    private final String source;
    private final Kind kind;
    private final int year;
    private final String title;
    private final List<Arrangement> arrangements;

    private StateCouncilNotice(String source, Kind kind, int year, String title, List<Arrangement> arrangements) {
        this.source = source;
        this.kind = kind;
        this.year = year;
        this.title = title;
        this.arrangements = List.copyOf(arrangements);
    }

    /**
     * Reads a notice's published text.
     *
     * @param sourceName the name to report in errors, such as the file name
     * @param text the text, one paragraph per line; a title line is needed for an amendment
     * @return the notice
     * @throws CalendarException coded {@link ErrorCode#INVALID_HOLIDAY_NOTICE}, listing every problem with
     *     {@code sourceName:line}
     */
    public static StateCouncilNotice parse(String sourceName, String text) {
        Objects.requireNonNull(sourceName, "sourceName");
        Objects.requireNonNull(text, "text");
        List<Violation> problems = new ArrayList<>();
        String[] raw = text.split("\r?\n", -1);
        List<Integer> numbers = new ArrayList<>();
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < raw.length; i++) {
            String line = raw[i].strip();
            if (!line.isEmpty() && !line.startsWith("#")) {
                numbers.add(i + 1);
                lines.add(normalize(line));
            }
        }
        if (lines.isEmpty()) {
            throw CalendarException.of(ErrorCode.INVALID_HOLIDAY_NOTICE, sourceName, "the notice is empty");
        }
        String title = lines.get(0).startsWith("国务院") && lines.get(0).endsWith("通知") ? lines.get(0) : "";
        List<Arrangement> arrangements = new ArrayList<>();
        Kind kind;
        int year;
        Matcher annual = ANNUAL_YEAR.matcher(String.join("\n", lines));
        Matcher adjust = ADJUST_TITLE.matcher(title);
        Matcher special = SPECIAL_TITLE.matcher(title);
        if (annual.find()) {
            kind = Kind.ANNUAL;
            year = Integer.parseInt(annual.group(1));
            for (int i = 0; i < lines.size(); i++) {
                Matcher item = ITEM.matcher(lines.get(i));
                if (!item.matches()) {
                    continue;
                }
                String rest = item.group(2);
                int colon = rest.indexOf('：');
                int digit = firstDigit(rest);
                int split = colon >= 0 && (digit < 0 || colon < digit) ? colon : digit;
                if (split <= 0) {
                    problems.add(new Violation(ErrorCode.INVALID_HOLIDAY_NOTICE, sourceName + ":" + numbers.get(i),
                            "an arrangement needs a heading such as 春节： and its dates"));
                    continue;
                }
                String heading = rest.substring(0, split).strip();
                String body = rest.substring(colon == split ? split + 1 : split);
                holiday(sourceName, numbers.get(i), year, heading, body, problems).ifPresent(arrangements::add);
            }
            Matcher titled = TITLE_YEAR.matcher(title);
            if (titled.find() && Integer.parseInt(titled.group(1)) != year) {
                problems.add(new Violation(ErrorCode.INVALID_HOLIDAY_NOTICE, sourceName + ":" + numbers.get(0),
                        "the title arranges " + titled.group(1) + " but the notice's opening sentence " + year));
            }
            for (Arrangement arrangement : arrangements) {
                if (arrangement instanceof Holiday h) {
                    outsideTheYear(sourceName, h, year, problems);
                }
            }
        } else if (!title.isEmpty() && adjust.find()) {
            kind = Kind.AMENDMENT;
            year = Integer.parseInt(adjust.group(1));
            String heading = adjust.group(2);
            for (int i = 0; i < lines.size(); i++) {
                Matcher item = ITEM.matcher(lines.get(i));
                if (item.matches() && DATE.matcher(withoutNotes(item.group(2))).find()) {
                    holiday(sourceName, numbers.get(i), year, heading, item.group(2), problems)
                            .ifPresent(arrangements::add);
                }
            }
        } else if (!title.isEmpty() && special.find()) {
            kind = Kind.AMENDMENT;
            String heading = special.group(1);
            year = 0;
            for (int i = 0; i < lines.size() && arrangements.isEmpty(); i++) {
                Matcher body = SPECIAL_BODY.matcher(lines.get(i));
                Matcher y = YEAR.matcher(lines.get(i));
                if (body.find() && y.find()) {
                    year = Integer.parseInt(y.group(1));
                    holiday(sourceName, numbers.get(i), year, heading, body.group(1), problems)
                            .ifPresent(arrangements::add);
                }
            }
        } else {
            kind = Kind.AMENDMENT;
            year = 0;
            for (int i = 0; i < lines.size(); i++) {
                Matcher extend = EXTEND.matcher(lines.get(i));
                if (extend.find()) {
                    year = Integer.parseInt(extend.group(1));
                    extension(sourceName, numbers.get(i), year, extend.group(2),
                            lines.get(i).substring(extend.end()), problems).ifPresent(arrangements::add);
                }
            }
            if (year != 0 && title.isEmpty()) {
                problems.add(new Violation(ErrorCode.INVALID_HOLIDAY_NOTICE, sourceName + ":" + numbers.get(0),
                        "an amendment needs its title line (国务院……关于……的通知)"));
            }
        }
        if (arrangements.isEmpty() && problems.isEmpty()) {
            problems.add(new Violation(ErrorCode.INVALID_HOLIDAY_NOTICE, sourceName + ":" + numbers.get(0),
                    "no holiday arrangement found: a yearly notice names its year in its opening sentence "
                            + "(经国务院批准，现将XXXX年元旦、春节……通知如下), which is missing, and this is no titled "
                            + "amendment either (关于调整XXXX年……假期安排的通知, 关于……调休放假的通知, 延长XXXX年……假期至……)"));
        }
        checkAcross(sourceName, arrangements, problems);
        if (!problems.isEmpty()) {
            problems.sort(Comparator.comparingInt(v -> lineNumber(v.path())));
            throw new CalendarException(problems);
        }
        return new StateCouncilNotice(sourceName, kind, year, title, arrangements);
    }

    /**
     * Reads a notice from a UTF-8 file.
     *
     * @param file the file
     * @return the notice
     * @throws CalendarException coded {@link ErrorCode#INVALID_HOLIDAY_NOTICE}, listing every problem with
     *     {@code file-name:line}; coded {@link ErrorCode#FILE_UNREADABLE} ({@code CMP-4120}), naming the file and
     *     why, if the file cannot be read (missing, a directory, access denied)
     */
    public static StateCouncilNotice read(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new CalendarException(List.of(UnreadableFile.violation(file, e)), e);
        }
        return parse(file.getFileName().toString(), text);
    }

    private static Optional<Arrangement> holiday(String source, int line, int year, String heading,
                                                           String body, List<Violation> problems) {
        String where = source + ":" + line;
        int before = problems.size();
        Set<ChineseFestival> festivals = EnumSet.noneOf(ChineseFestival.class);
        for (String part : heading.split("[、，]")) {
            ChineseFestival.inHeading(part).ifPresent(festivals::add);
        }
        // A New Year arrangement may start in December of the year before (12月31日至1月2日).
        LocalDate anchor = festivals.contains(ChineseFestival.NEW_YEAR) ? LocalDate.of(year, 1, 1) : null;
        Body parsed = Body.read(where, year, anchor, body, problems);
        SortedSet<LocalDate> off = new TreeSet<>();
        SortedSet<LocalDate> work = new TreeSet<>();
        Set<LocalDate> mentioned = new LinkedHashSet<>();
        String[] sentences = parsed.plain().split("[。；]");
        int cursor = 0;
        for (String sentence : sentences) {
            boolean explaining = sentence.strip().startsWith("其中");
            int offBefore = off.size();
            Matcher count = COUNT.matcher(sentence);
            for (String clause : sentence.split("[，：]")) {
                List<LocalDate> dates = new ArrayList<>();
                for (int i = 0; i < clause.length(); i++) {
                    if (clause.charAt(i) != MARK) {
                        continue;
                    }
                    LocalDate d = parsed.dates().get(cursor++);
                    mentioned.add(d);
                    int next = i + 1;
                    if (next + 1 < clause.length() && RANGE.indexOf(clause.charAt(next)) >= 0
                            && clause.charAt(next + 1) == MARK) {
                        LocalDate end = parsed.dates().get(cursor++);
                        mentioned.add(end);
                        if (end.isBefore(d) || ChronoUnit.DAYS.between(d, end) > 31) {
                            problems.add(new Violation(ErrorCode.INVALID_HOLIDAY_NOTICE, where,
                                    "the range " + d + " to " + end + " is not in order or longer than a month"));
                        } else {
                            d.datesUntil(end.plusDays(1)).forEach(dates::add);
                        }
                        i = next + 1;
                    } else {
                        dates.add(d);
                    }
                }
                String words = clause.replace(String.valueOf(MARK), "");
                if (words.contains("上班")) {
                    if (!RESUMPTION.matcher(words).find()) {
                        work.addAll(dates);
                    }
                } else if (words.strip().endsWith("补休") || (words.contains("放假") && !explaining)) {
                    off.addAll(dates);
                }
            }
            if (count.find() && off.size() > offBefore && !explaining) {
                int n = Integer.parseInt(count.group(1));
                if (n != off.size() - offBefore) {
                    problems.add(new Violation(ErrorCode.INVALID_HOLIDAY_NOTICE, where, "the notice says " + n
                            + " days but its dates give " + (off.size() - offBefore)));
                }
            }
        }
        if (off.isEmpty()) {
            problems.add(new Violation(ErrorCode.INVALID_HOLIDAY_NOTICE, where,
                    "the arrangement for " + heading + " gives no day off"));
        }
        for (LocalDate d : mentioned) {
            if (!off.contains(d) && !work.contains(d)) {
                problems.add(new Violation(ErrorCode.INVALID_HOLIDAY_NOTICE, where,
                        d + " is named but is neither a day off nor a make-up working day of " + heading));
            }
        }
        for (LocalDate d : work) {
            if (off.contains(d)) {
                problems.add(new Violation(ErrorCode.INVALID_HOLIDAY_NOTICE, where,
                        d + " is both a day off and a make-up working day"));
            } else if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
                problems.add(new Violation(ErrorCode.INVALID_HOLIDAY_NOTICE, where,
                        "the make-up working day " + d + " is a " + d.getDayOfWeek() + ", not a weekend day"));
            }
        }
        if (problems.size() > before) {
            return Optional.empty();
        }
        return Optional.of(new Holiday(line, heading, festivals, off, work));
    }

    private static Optional<Arrangement> extension(String source, int line, int year, String heading,
                                                             String rest, List<Violation> problems) {
        String where = source + ":" + line;
        int before = problems.size();
        Optional<ChineseFestival> festival = ChineseFestival.inHeading(heading);
        if (festival.isEmpty()) {
            problems.add(new Violation(ErrorCode.INVALID_HOLIDAY_NOTICE, where,
                    "the extension names no festival: " + heading));
        }
        Body parsed = Body.read(where, year, null, rest, problems);
        if (parsed.dates().isEmpty()) {
            problems.add(new Violation(ErrorCode.INVALID_HOLIDAY_NOTICE, where, "the extension gives no last day"));
        }
        if (problems.size() > before) {
            return Optional.empty();
        }
        return Optional.of(new Extension(line, festival.orElseThrow(), parsed.dates().get(0)));
    }

    private static void checkAcross(String source, List<Arrangement> arrangements, List<Violation> problems) {
        Map<LocalDate, Holiday> off = new TreeMap<>();
        Map<LocalDate, Holiday> work = new TreeMap<>();
        for (Arrangement a : arrangements) {
            if (a instanceof Holiday h) {
                for (LocalDate d : h.daysOff()) {
                    Holiday other = off.put(d, h);
                    if (other != null || work.containsKey(d)) {
                        problems.add(new Violation(ErrorCode.INVALID_HOLIDAY_NOTICE, source + ":" + h.line(),
                                d + " is arranged twice"));
                    }
                }
                for (LocalDate d : h.workdays()) {
                    if (off.containsKey(d) || work.put(d, h) != null) {
                        problems.add(new Violation(ErrorCode.INVALID_HOLIDAY_NOTICE, source + ":" + h.line(),
                                d + " is arranged twice"));
                    }
                }
            }
        }
    }

    /** An arrangement's text with its dates resolved: the plain text has one MARK per date outside notes. */
    private record Body(String plain, List<LocalDate> dates) {
        static Body read(String where, int year, LocalDate anchor, String text, List<Violation> problems) {
            StringBuilder plain = new StringBuilder();
            List<LocalDate> dates = new ArrayList<>();
            LocalDate previous = anchor;
            Integer month = null;
            int i = 0;
            while (i < text.length()) {
                char c = text.charAt(i);
                if (c == '（') {
                    int close = text.indexOf('）', i);
                    i = close < 0 ? text.length() : close + 1;
                    continue;
                }
                Matcher m = DATE.matcher(text).region(i, text.length());
                if (m.lookingAt()) {
                    LocalDate resolved = null;
                    try {
                        if (m.group(2) != null) {
                            month = Integer.parseInt(m.group(2));
                        }
                        if (month == null) {
                            throw new DateTimeException("a day without its month");
                        }
                        int day = Integer.parseInt(m.group(3));
                        if (m.group(1) != null) {
                            resolved = LocalDate.of(Integer.parseInt(m.group(1)), month, day);
                        } else {
                            resolved = closest(previous != null ? previous : LocalDate.of(year, month, 1), month, day);
                        }
                        if (Math.abs(resolved.getYear() - year) > 1) {
                            throw new DateTimeException(resolved + " lies far from the notice's year " + year);
                        }
                    } catch (DateTimeException e) {
                        problems.add(new Violation(ErrorCode.INVALID_HOLIDAY_NOTICE, where,
                                "the date " + m.group() + " cannot be read: " + e.getMessage()));
                    }
                    int end = m.end();
                    if (end < text.length() && text.charAt(end) == '（' && resolved != null) {
                        int close = text.indexOf('）', end);
                        String note = text.substring(end + 1, close < 0 ? text.length() : close);
                        checkWeekday(where, resolved, note, problems);
                    }
                    if (resolved != null) {
                        dates.add(resolved);
                        previous = resolved;
                        plain.append(MARK);
                    }
                    i = end;
                    continue;
                }
                plain.append(c);
                i++;
            }
            return new Body(plain.toString(), dates);
        }

        /** The date with this month and day nearest the anchor: a notice's dates run on from each other. */
        private static LocalDate closest(LocalDate anchor, int month, int day) {
            LocalDate best = LocalDate.of(anchor.getYear(), month, day); // throws for a day the month lacks
            for (int y = anchor.getYear() - 1; y <= anchor.getYear() + 1; y += 2) {
                try {
                    LocalDate candidate = LocalDate.of(y, month, day);
                    if (Math.abs(ChronoUnit.DAYS.between(anchor, candidate)) < Math.abs(ChronoUnit.DAYS.between(anchor, best))) {
                        best = candidate;
                    }
                } catch (DateTimeException e) {
                    // 2月29日 exists in the anchor's year but not in this one
                }
            }
            return best;
        }

        private static void checkWeekday(String where, LocalDate date, String note, List<Violation> problems) {
            Matcher w = WEEKDAY.matcher(note);
            if (w.find()) {
                int index = w.group(1).equals("天") ? 6 : "一二三四五六日".indexOf(w.group(1));
                DayOfWeek said = DayOfWeek.of(index + 1);
                if (said != date.getDayOfWeek()) {
                    problems.add(new Violation(ErrorCode.INVALID_HOLIDAY_NOTICE, where, date + " is a "
                            + date.getDayOfWeek() + ", but the notice says " + w.group()));
                }
            }
        }
    }

    private static String withoutNotes(String text) {
        return text.replaceAll("（[^）]*）", "");
    }

    private static int firstDigit(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isDigit(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    private static String normalize(String line) {
        StringBuilder out = new StringBuilder(line.length());
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            out.append(switch (c) {
                case '(' -> '（';
                case ')' -> '）';
                case ',' -> '，';
                case ':' -> '：';
                case ';' -> '；';
                case '\u3000' -> ' ';
                default -> c;
            });
        }
        return out.toString();
    }

    /**
     * A yearly notice arranges its own year: a day in another year is a typing error (a 2026 in a 2027 notice),
     * except the last days of December before a New Year holiday that starts the year.
     */
    private static void outsideTheYear(String source, Holiday holiday, int year, List<Violation> problems) {
        List<LocalDate> days = new ArrayList<>(holiday.daysOff());
        days.addAll(holiday.workdays());
        for (LocalDate day : days) {
            boolean before = day.getYear() == year - 1 && day.getMonthValue() == 12;
            if (day.getYear() != year && !before) {
                problems.add(new Violation(ErrorCode.INVALID_HOLIDAY_NOTICE, source + ":" + holiday.line(),
                        holiday.name() + " names " + day + ", outside the notice's year " + year));
                return;
            }
        }
    }

    /**
     * Refuses to make a year official when the notice leaves one of its statutory holidays a working day: the
     * notice lacks a paragraph, or a paragraph lacks a day. Checked for the years the statutory table covers.
     */
    private void checkStatutoryDays(SortedSet<LocalDate> off) {
        StatutoryHolidays statutory = StatutoryHolidays.mainlandChina();
        if (!statutory.covers(year)) {
            return;
        }
        List<Violation> missing = new ArrayList<>();
        for (StatutoryHolidays.StatutoryDay day : statutory.daysIn(year)) {
            if (!off.contains(day.date())) {
                missing.add(new Violation(ErrorCode.INVALID_HOLIDAY_NOTICE, source, "the notice leaves the statutory "
                        + "holiday " + day.date() + " (" + day.festival().chineseName() + ") a working day: is a "
                        + "paragraph or a day missing? A notice arranges every statutory holiday of its year"));
            }
        }
        if (!missing.isEmpty()) {
            throw new CalendarException(missing);
        }
    }

    /** The line of a violation's {@code file:line} path, 0 if it names none; for listing problems in file order. */
    static int lineNumber(String path) {
        int colon = path.lastIndexOf(':');
        try {
            return colon < 0 ? 0 : Integer.parseInt(path.substring(colon + 1));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /**
     * Returns the name the notice was read from.
     *
     * @return the source name
     */
    public String source() {
        return source;
    }

    /**
     * Returns whether the notice arranges a year or changes one.
     *
     * @return the kind
     */
    public Kind kind() {
        return kind;
    }

    /**
     * Returns the year the notice arranges or changes.
     *
     * @return the year
     */
    public int year() {
        return year;
    }

    /**
     * Returns the title line, if the text had one.
     *
     * @return the title, empty if the text starts with the addressees
     */
    public String title() {
        return title;
    }

    /**
     * Returns the arrangements in the order published.
     *
     * @return the arrangements
     */
    public List<Arrangement> arrangements() {
        return arrangements;
    }

    /**
     * Returns every day off the notice names; an {@link Extension} contributes none until applied to the
     * year's notice with {@link #amendedBy}.
     *
     * @return the days off, some possibly at the end of the year before (元旦 from 12月30日)
     */
    public SortedSet<LocalDate> daysOff() {
        SortedSet<LocalDate> days = new TreeSet<>();
        arrangements.forEach(a -> {
            if (a instanceof Holiday h) {
                days.addAll(h.daysOff());
            }
        });
        return Collections.unmodifiableSortedSet(days);
    }

    /**
     * Returns every make-up working day the notice names.
     *
     * @return the make-up working days, some possibly in the year before
     */
    public SortedSet<LocalDate> workdays() {
        SortedSet<LocalDate> days = new TreeSet<>();
        arrangements.forEach(a -> {
            if (a instanceof Holiday h) {
                days.addAll(h.workdays());
            }
        });
        return Collections.unmodifiableSortedSet(days);
    }

    /**
     * Applies a later notice that changes this year: an arrangement for a festival replaces this notice's
     * arrangement for it, a special occasion is added, an extension moves the festival's last day off
     * (make-up days it swallows become days off).
     *
     * @param amendment the later notice, of the same year
     * @return the year's arrangement as amended, an {@link Kind#ANNUAL} notice whose source names both
     * @throws CalendarException coded {@link ErrorCode#INVALID_HOLIDAY_NOTICE} if this is not a yearly notice,
     *     the amendment is not one or is for another year, or the result arranges a day twice
     */
    public StateCouncilNotice amendedBy(StateCouncilNotice amendment) {
        Objects.requireNonNull(amendment, "amendment");
        String where = amendment.source();
        if (kind != Kind.ANNUAL || amendment.kind() != Kind.AMENDMENT || amendment.year() != year) {
            throw CalendarException.of(ErrorCode.INVALID_HOLIDAY_NOTICE, where, "an amendment of " + year
                    + " applies to the yearly notice of " + year + "; got " + amendment.kind() + " of "
                    + amendment.year() + " on " + kind + " of " + year);
        }
        List<Violation> problems = new ArrayList<>();
        List<Arrangement> result = new ArrayList<>(arrangements);
        for (Arrangement change : amendment.arrangements()) {
            if (change instanceof Holiday h) {
                result.removeIf(a -> a instanceof Holiday old && (h.special() ? old.name().equals(h.name())
                        : !Collections.disjoint(old.festivals(), h.festivals())));
                result.add(h);
            } else if (change instanceof Extension e) {
                List<Holiday> matching = result.stream().filter(a -> a instanceof Holiday old
                        && old.festivals().contains(e.festival())).map(a -> (Holiday) a).toList();
                if (matching.size() != 1 || e.lastDayOff().isBefore(matching.get(0).daysOff().first())) {
                    problems.add(new Violation(ErrorCode.INVALID_HOLIDAY_NOTICE, where + ":" + e.line(),
                            "the extension of " + e.festival() + " to " + e.lastDayOff()
                                    + " needs one arrangement of it in " + year + " that starts before"));
                    continue;
                }
                Holiday old = matching.get(0);
                SortedSet<LocalDate> off = new TreeSet<>(old.daysOff());
                old.daysOff().first().datesUntil(e.lastDayOff().plusDays(1)).forEach(off::add);
                SortedSet<LocalDate> work = new TreeSet<>(old.workdays());
                work.removeAll(off);
                result.set(result.indexOf(old), new Holiday(old.line(), old.name(), old.festivals(), off, work));
            }
        }
        checkAcross(where, result, problems);
        if (!problems.isEmpty()) {
            throw new CalendarException(problems);
        }
        return new StateCouncilNotice(source + " + " + amendment.source(), Kind.ANNUAL, year, title, result);
    }

    /**
     * Applies the notice's year to a calendar: the calendar's holidays and make-up days within the year are
     * replaced by the notice's, days the notice names in the year before are set too, and the horizon is
     * extended to the end of the year if it ended earlier. Apply the notices of consecutive years in order.
     *
     * @param base the calendar, whose horizon must reach the year or end on the day before it starts
     * @param makeUpHours the working hours of the make-up days
     * @return the new definition, with the base's id, zone, weekly hours and special hours, and the base's
     *     provisional part for the years after the notice's, if it reaches them
     * @throws CalendarException coded {@link ErrorCode#INVALID_HOLIDAY_NOTICE} for an amendment (apply it to
     *     its year with {@link #amendedBy} first) or a year that would leave a gap in the horizon; coded
     *     {@link ErrorCode#INVALID_CALENDAR} if the result is inconsistent
     */
    public CalendarDefinition applyTo(CalendarDefinition base, DayHours makeUpHours) {
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(makeUpHours, "makeUpHours");
        LocalDate first = LocalDate.of(year, 1, 1);
        LocalDate last = LocalDate.of(year, 12, 31);
        SortedSet<LocalDate> off = daysOff();
        SortedSet<LocalDate> work = workdays();
        LocalDate from = off.isEmpty() ? first : min(first, off.first());
        if (!work.isEmpty()) {
            from = min(from, work.first());
        }
        if (kind != Kind.ANNUAL) {
            throw CalendarException.of(ErrorCode.INVALID_HOLIDAY_NOTICE, source,
                    "an amendment applies to its year's notice (amendedBy), not to a calendar on its own");
        }
        checkStatutoryDays(off);
        if (base.validTo().plusDays(1).isBefore(from) || base.validFrom().isAfter(last.plusDays(1))) {
            throw CalendarException.of(ErrorCode.INVALID_HOLIDAY_NOTICE, source, "calendar " + base.id() + " knows "
                    + base.validFrom() + " to " + base.validTo() + "; the notice of " + year + " would leave a gap");
        }
        CalendarDefinition.Builder b = CalendarDefinition.builder(base.id(), base.zone())
                .horizon(min(base.validFrom(), from), max(base.validTo(), last));
        base.weekly().forEach((day, hours) -> b.weekly(hours, day));
        if (!base.hasWeeklyHours()) {
            b.calendarDaysOnly();
        }
        base.specialHours().forEach(b::specialHours);
        base.holidays().stream().filter(d -> d.isBefore(first) || d.isAfter(last)).filter(d -> !work.contains(d))
                .forEach(b::holidays);
        base.makeUpDays().forEach((d, hours) -> {
            if ((d.isBefore(first) || d.isAfter(last)) && !off.contains(d)) {
                b.makeUpDay(d, hours);
            }
        });
        off.forEach(b::holidays);
        work.forEach(d -> b.makeUpDay(d, makeUpHours));
        CalendarDefinition applied = b.build();
        // A guess beyond the year the notice makes official stays a guess; the notice replaces it up to 31 December.
        return base.provisional() != null && base.provisionalTo().isAfter(applied.validTo())
                ? applied.withProvisional(base.provisional(), base.provisionalTo()) : applied;
    }

    /**
     * Builds a calendar of the notice's year alone: Monday to Friday working the given hours, the notice's
     * days off closed and its make-up days working the same hours.
     *
     * @param id the calendar's name
     * @param zone its time zone
     * @param hours the working hours of a working day
     * @return the definition, from the first date the notice names (or 1 January) to 31 December
     */
    public CalendarDefinition toCalendar(String id, ZoneId zone, DayHours hours) {
        Objects.requireNonNull(hours, "hours");
        CalendarDefinition empty = CalendarDefinition.builder(id, zone).mondayToFriday(hours)
                .horizon(LocalDate.of(year, 1, 1), LocalDate.of(year, 1, 1)).build();
        return applyTo(empty, hours);
    }

    /**
     * Adopts the notice as the next version of a calendar's history, effective from the first date whose
     * hours it changes (or the day after the horizon, if it only extends it): the step that records, for
     * example, the 2019 Labour Day change as a new version from 2019-04-28.
     *
     * @param history the calendar's history
     * @param makeUpHours the working hours of the make-up days
     * @return the history with one more version
     * @throws CalendarException coded {@link ErrorCode#INVALID_HOLIDAY_NOTICE} if the notice changes nothing or
     *     does not fit the calendar; coded {@link ErrorCode#INVALID_CALENDAR} if the version does not fit the history
     */
    public CalendarVersions adoptInto(CalendarVersions history, DayHours makeUpHours) {
        Objects.requireNonNull(history, "history");
        CalendarDefinition current = history.latest().calendar().definition();
        CalendarDefinition next = applyTo(current, makeUpHours);
        LocalDate effective = null;
        for (LocalDate d = current.validFrom(); !d.isAfter(current.validTo()); d = d.plusDays(1)) {
            if (!current.hoursOn(d).equals(next.hoursOn(d))) {
                effective = d;
                break;
            }
        }
        if (effective == null) {
            if (!next.validTo().isAfter(current.validTo())) {
                throw CalendarException.of(ErrorCode.INVALID_HOLIDAY_NOTICE, source,
                        "the notice changes no date of calendar " + current.id());
            }
            effective = current.validTo().plusDays(1);
        }
        return history.change(effective, next);
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    @Override
    public String toString() {
        return "StateCouncilNotice[" + source + ", " + kind + " " + year + ", " + arrangements.size()
                + " arrangements, " + daysOff().size() + " days off, " + workdays().size() + " make-up days]";
    }
}
