package org.complaintkit.core.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.complaintkit.api.calendar.CalendarDefinition;
import org.complaintkit.api.calendar.DayHours;
import org.complaintkit.api.error.CalendarException;
import org.complaintkit.api.error.ComplaintKitException;
import org.complaintkit.api.error.ErrorCode;
import org.complaintkit.api.error.Violation;
import org.complaintkit.core.internal.UnreadableFile;
import java.util.Comparator;

/**
 * Reads a calendar from a plain UTF-8 text file, one statement per line; {@code #} starts a comment and
 * text after a statement's values is a free label (for example the holiday's name):
 *
 * <pre>
 * calendar     CN-mainland
 * zone         Asia/Shanghai
 * horizon      2024-01-01 2026-12-31
 * weekly       MON,TUE,WED,THU,FRI 09:00-12:00,13:30-17:30
 * makeup-hours 09:00-12:00,13:30-17:30
 * holiday      2024-02-10..2024-02-17  春节
 * workday      2024-02-04              春节调休上班
 * workday      2024-02-18 09:00-12:00  (a make-up day with its own hours)
 * special      2024-12-31 09:00-15:00  (special hours for one date)
 * </pre>
 *
 * <p>Weekdays not named by a {@code weekly} line are closed. A file with no {@code weekly} line is refused
 * unless it says {@code calendar-days-only} (a calendar for clocks counted in calendar days alone). A {@code workday} without hours works the
 * {@code makeup-hours}. Every problem is reported at once, each as a {@link Violation} whose path is
 * {@code file:line}.
 */
public final class CalendarFile {
    private static final String MAINLAND_CHINA = "cn-mainland-2024-2026.calendar";

    private CalendarFile() {
    }

    /**
     * The mainland-China calendar for 2024 to 2026, entered from the State Council's holiday notices
     * (国务院办公厅关于2024年、2025年、2026年部分节假日安排的通知), with bank working hours 09:00–12:00 and
     * 13:30–17:30 on working days and make-up days.
     *
     * @return the definition
     */
    public static CalendarDefinition mainlandChina() {
        try (InputStream in = CalendarFile.class.getResourceAsStream(MAINLAND_CHINA)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + MAINLAND_CHINA);
            }
            return parse(MAINLAND_CHINA, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads a calendar file.
     *
     * @param file the file
     * @return the definition
     * @throws CalendarException listing every problem with its file and line; coded {@code CMP-4120}, naming the
     *     file and why, if the file cannot be read (missing, a directory, access denied)
     */
    public static CalendarDefinition read(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new CalendarException(List.of(UnreadableFile.violation(file, e)), e);
        }
        return parse(file.getFileName().toString(), text);
    }

    /**
     * Parses a calendar's text.
     *
     * @param name the file name to report in errors
     * @param text the file's content
     * @return the definition
     * @throws CalendarException listing every problem with its file and line
     */
    public static CalendarDefinition parse(String name, String text) {
        List<Violation> problems = new ArrayList<>();
        String id = null;
        ZoneId zone = null;
        LocalDate from = null;
        LocalDate to = null;
        DayHours makeUpHours = null;
        List<Statement> dated = new ArrayList<>();
        List<Statement> weekly = new ArrayList<>();
        boolean daysOnly = false;
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            int hash = line.indexOf('#');
            String[] t = (hash >= 0 ? line.substring(0, hash) : line).trim().split("\\s+");
            if (t.length == 1 && t[0].isEmpty()) {
                continue;
            }
            String where = name + ":" + (i + 1);
            try {
                switch (t[0].toLowerCase(Locale.ROOT)) {
                    case "calendar" -> id = need(t, 1, "calendar needs a name");
                    case "zone" -> zone = ZoneId.of(need(t, 1, "zone needs an IANA zone id"));
                    case "horizon" -> {
                        from = LocalDate.parse(need(t, 1, "horizon needs two dates"));
                        to = LocalDate.parse(need(t, 2, "horizon needs two dates"));
                    }
                    case "makeup-hours" -> makeUpHours = DayHours.parse(need(t, 1, "makeup-hours needs windows"));
                    case "calendar-days-only" -> daysOnly = true;
                    case "weekly" -> weekly.add(new Statement(where, t));
                    case "holiday", "workday", "special" -> dated.add(new Statement(where, t));
                    default -> problems.add(new Violation(ErrorCode.INVALID_CALENDAR, where,
                            "unknown statement '" + t[0] + "'"));
                }
            } catch (DateTimeException | IllegalArgumentException e) {
                problems.add(new Violation(ErrorCode.INVALID_CALENDAR, where, reason(e)));
            } catch (ComplaintKitException e) {
                e.violations().forEach(v -> problems.add(new Violation(ErrorCode.INVALID_CALENDAR, where, v.message())));
            }
        }
        if (id == null || zone == null || from == null) {
            problems.add(new Violation(ErrorCode.INVALID_CALENDAR, name,
                    "a calendar file needs 'calendar', 'zone' and 'horizon' lines"));
            throw new CalendarException(problems);
        }
        CalendarDefinition.Builder builder = CalendarDefinition.builder(id, zone).horizon(from, to);
        if (daysOnly) {
            builder.calendarDaysOnly();
        }
        for (Statement s : weekly) {
            try {
                DayHours hours = DayHours.parse(need(s.tokens(), 2, "weekly needs days and windows"));
                for (String day : need(s.tokens(), 1, "weekly needs days").split(",")) {
                    builder.weekly(hours, weekday(day));
                }
            } catch (IllegalArgumentException | DateTimeException e) {
                problems.add(new Violation(ErrorCode.INVALID_CALENDAR, s.where(), reason(e)));
            } catch (ComplaintKitException e) {
                e.violations().forEach(v -> problems.add(new Violation(ErrorCode.INVALID_CALENDAR, s.where(), v.message())));
            }
        }
        for (Statement s : dated) {
            try {
                apply(s, builder, makeUpHours);
            } catch (IllegalArgumentException | DateTimeException e) {
                problems.add(new Violation(ErrorCode.INVALID_CALENDAR, s.where(), reason(e)));
            } catch (ComplaintKitException e) {
                e.violations().forEach(v -> problems.add(new Violation(ErrorCode.INVALID_CALENDAR, s.where(), v.message())));
            }
        }
        if (!problems.isEmpty()) {
            problems.sort(Comparator.comparingInt(CalendarFile::lineOf));
            throw new CalendarException(problems);
        }
        try {
            return builder.build();
        } catch (CalendarException e) {
            List<Violation> located = new ArrayList<>();
            e.violations().forEach(v -> located.add(new Violation(v.code(), name, v.message())));
            throw new CalendarException(located);
        }
    }

    private record Statement(String where, String[] tokens) {
    }

    private static void apply(Statement s, CalendarDefinition.Builder builder, DayHours makeUpHours) {
        String[] t = s.tokens();
        String kind = t[0].toLowerCase(Locale.ROOT);
        String range = need(t, 1, kind + " needs a date or a range FROM..TO");
        String[] ends = range.split("\\.\\.");
        LocalDate first = LocalDate.parse(ends[0]);
        LocalDate last = ends.length == 2 ? LocalDate.parse(ends[1]) : first;
        if (ends.length > 2 || last.isBefore(first) || first.plusDays(366).isBefore(last)) {
            throw new IllegalArgumentException("a range is FROM..TO, in order, at most a year long");
        }
        DayHours hours = t.length > 2 && Character.isDigit(t[2].charAt(0)) ? DayHours.parse(t[2]) : null;
        for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
            switch (kind) {
                case "holiday" -> builder.holidays(d);
                case "workday" -> {
                    DayHours h = hours != null ? hours : makeUpHours;
                    if (h == null) {
                        throw new IllegalArgumentException("a workday needs hours or an earlier makeup-hours line");
                    }
                    builder.makeUpDay(d, h);
                }
                default -> {
                    if (hours == null) {
                        throw new IllegalArgumentException("special needs windows or 'closed'");
                    }
                    builder.specialHours(d, hours);
                }
            }
        }
    }

    private static DayOfWeek weekday(String text) {
        for (DayOfWeek d : DayOfWeek.values()) {
            if (d.name().startsWith(text.toUpperCase(Locale.ROOT)) && text.length() >= 3) {
                return d;
            }
        }
        throw new IllegalArgumentException("unknown weekday '" + text + "'");
    }

    private static String need(String[] tokens, int index, String message) {
        if (tokens.length <= index) {
            throw new IllegalArgumentException(message);
        }
        return tokens[index];
    }

    private static int lineOf(Violation v) {
        int colon = v.path().lastIndexOf(':');
        try {
            return colon < 0 ? 0 : Integer.parseInt(v.path().substring(colon + 1));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static String reason(RuntimeException e) {
        String message = e.getMessage();
        return message == null ? e.getClass().getSimpleName() : message;
    }
}
