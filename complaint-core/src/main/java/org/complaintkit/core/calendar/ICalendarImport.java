package org.complaintkit.core.calendar;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.complaintkit.api.calendar.CalendarDefinition;
import org.complaintkit.api.calendar.DayHours;
import org.complaintkit.api.error.CalendarException;
import org.complaintkit.api.error.ErrorCode;
import org.complaintkit.api.error.Violation;
import java.time.Duration;

/**
 * Reads holidays and make-up working days from an iCalendar (RFC 5545) file of all-day events, such as
 * the holiday feeds many calendar services publish. Each {@code VEVENT} with a date-valued
 * {@code DTSTART} covers the days up to its {@code DTEND} (exclusive) or {@code DURATION}, one day if it
 * has neither. Which property says what an event marks is configurable: by default an event whose
 * {@code SUMMARY} contains 班 is a make-up working day and one that contains 休 is a holiday; events that
 * carry neither marker are counted and skipped, but a file in which no event carries a marker is refused (the
 * markers or the property are wrong for it). Folded lines and escaped text are handled. Every problem is reported
 * at once with its file and line.
 */
public final class ICalendarImport {
    private static final DateTimeFormatter BASIC_DATE = DateTimeFormatter.BASIC_ISO_DATE;

    /** The event property whose text carries the marker. */
    public enum MarkerProperty {
        /** {@code SUMMARY}. */
        SUMMARY,
        /** {@code DESCRIPTION}. */
        DESCRIPTION,
        /** {@code CATEGORIES}. */
        CATEGORIES
    }

    /**
     * How to tell a holiday from a make-up working day.
     *
     * @param property the property to read
     * @param holidayMarker text that marks a holiday, such as {@code 休}
     * @param workdayMarker text that marks a make-up working day, such as {@code 班}; checked first
     */
    public record Markers(MarkerProperty property, String holidayMarker, String workdayMarker) {
        /** The default: {@code SUMMARY} containing 休 or 班. */
        public static final Markers CHINESE_SUMMARY = new Markers(MarkerProperty.SUMMARY, "休", "班");

        /**
         * Checks that both markers are given and differ.
         *
         * @param property the property to read
         * @param holidayMarker text that marks a holiday, such as {@code 休}
         * @param workdayMarker text that marks a make-up working day, such as {@code 班}; checked first
         */
        public Markers {
            Objects.requireNonNull(property, "property");
            if (holidayMarker == null || holidayMarker.isEmpty() || workdayMarker == null || workdayMarker.isEmpty()
                    || holidayMarker.equals(workdayMarker)) {
                throw new IllegalArgumentException("give two different, non-empty markers");
            }
        }
    }

    /**
     * What a file marked.
     *
     * @param holidays the holidays
     * @param workdays the make-up working days
     * @param skippedEvents how many events carried neither marker
     */
    public record Marks(Set<LocalDate> holidays, Set<LocalDate> workdays, int skippedEvents) {
        /**
         * Copies the sets.
         *
         * @param holidays the holidays
         * @param workdays the make-up working days
         * @param skippedEvents how many events carried neither marker
         */
        public Marks {
            holidays = Set.copyOf(holidays);
            workdays = Set.copyOf(workdays);
        }

        /**
         * Adds the marks to a calendar being built.
         *
         * @param builder the calendar builder
         * @param makeUpHours the hours worked on a make-up day
         * @return the builder
         */
        public CalendarDefinition.Builder applyTo(CalendarDefinition.Builder builder, DayHours makeUpHours) {
            holidays.forEach(builder::holidays);
            workdays.forEach(d -> builder.makeUpDay(d, makeUpHours));
            return builder;
        }
    }

    private ICalendarImport() {
    }

    /**
     * Reads an iCalendar text.
     *
     * @param name the file name to report in errors
     * @param text the file's content
     * @param markers how events are told apart
     * @return the marked days
     * @throws CalendarException listing every problem with its file and line
     */
    public static Marks read(String name, String text, Markers markers) {
        List<Violation> problems = new ArrayList<>();
        Set<LocalDate> holidays = new TreeSet<>();
        Set<LocalDate> workdays = new TreeSet<>();
        int skipped = 0;
        Event event = null;
        for (Line line : unfold(text)) {
            String where = name + ":" + line.number();
            int colon = line.text().indexOf(':');
            if (colon < 0) {
                if (!line.text().isBlank()) {
                    problems.add(new Violation(ErrorCode.INVALID_CALENDAR, where, "a content line needs NAME:VALUE"));
                }
                continue;
            }
            String[] head = line.text().substring(0, colon).split(";");
            String property = head[0].toUpperCase(Locale.ROOT);
            String value = line.text().substring(colon + 1);
            if (property.equals("BEGIN") && value.equalsIgnoreCase("VEVENT")) {
                event = new Event(where);
            } else if (property.equals("END") && value.equalsIgnoreCase("VEVENT") && event != null) {
                if (event.broken) {
                    event = null;
                    continue;
                }
                try {
                    String marked = event.marker;
                    boolean workday = marked != null && marked.contains(markers.workdayMarker());
                    boolean holiday = !workday && marked != null && marked.contains(markers.holidayMarker());
                    if (event.start == null) {
                        throw new IllegalArgumentException("an event needs DTSTART");
                    }
                    if (workday || holiday) {
                        LocalDate end = event.end != null ? event.end
                                : event.start.plus(event.duration != null ? event.duration : Period.ofDays(1));
                        if (!end.isAfter(event.start) || event.start.plusDays(366).isBefore(end)) {
                            throw new IllegalArgumentException("an event must last one day to a year");
                        }
                        for (LocalDate d = event.start; d.isBefore(end); d = d.plusDays(1)) {
                            (workday ? workdays : holidays).add(d);
                        }
                    } else {
                        skipped++;
                    }
                } catch (IllegalArgumentException | DateTimeException e) {
                    problems.add(new Violation(ErrorCode.INVALID_CALENDAR, event.where, e.getMessage()));
                }
                event = null;
            } else if (event != null) {
                try {
                    event.read(property, value, markers);
                } catch (IllegalArgumentException | DateTimeException e) {
                    event.broken = true;
                    problems.add(new Violation(ErrorCode.INVALID_CALENDAR, where, e.getMessage()));
                }
            }
        }
        if (event != null) {
            problems.add(new Violation(ErrorCode.INVALID_CALENDAR, event.where, "BEGIN:VEVENT without END:VEVENT"));
        }
        if (problems.isEmpty() && holidays.isEmpty() && workdays.isEmpty()) {
            // Nothing silent: a file of events none of which carries a marker (the wrong property, or markers in
            // another language) would import as a calendar with no holidays at all.
            problems.add(new Violation(ErrorCode.INVALID_CALENDAR, name, skipped == 0 ? "the file holds no event"
                    : "none of its " + skipped + " events carries the holiday marker '" + markers.holidayMarker()
                            + "' or the working-day marker '" + markers.workdayMarker() + "' in its "
                            + markers.property()));
        }
        if (!problems.isEmpty()) {
            throw new CalendarException(problems);
        }
        return new Marks(holidays, workdays, skipped);
    }

    private record Line(int number, String text) {
    }

    /** Joins folded lines (RFC 5545 §3.1): a line starting with a space or tab continues the one before. */
    private static List<Line> unfold(String text) {
        List<Line> out = new ArrayList<>();
        String[] raw = text.split("\r?\n", -1);
        for (int i = 0; i < raw.length; i++) {
            String line = raw[i];
            if (!out.isEmpty() && (line.startsWith(" ") || line.startsWith("\t"))) {
                Line last = out.remove(out.size() - 1);
                out.add(new Line(last.number(), last.text() + line.substring(1)));
            } else {
                out.add(new Line(i + 1, line));
            }
        }
        return out;
    }

    private static final class Event {
        final String where;
        LocalDate start;
        LocalDate end;
        Period duration;
        String marker;
        boolean broken;

        Event(String where) {
            this.where = where;
        }

        void read(String property, String value, Markers markers) {
            switch (property) {
                case "DTSTART" -> start = date(value);
                case "DTEND" -> end = date(value);
                case "DURATION" -> {
                    Duration d = Duration.parse(value.trim());
                    if (d.toSeconds() % 86_400 != 0) {
                        throw new IllegalArgumentException("an all-day event lasts whole days");
                    }
                    duration = Period.ofDays((int) d.toDays());
                }
                default -> {
                    if (property.equals(markers.property().name())) {
                        marker = (marker == null ? "" : marker + ",") + unescape(value);
                    }
                }
            }
        }

        private static LocalDate date(String value) {
            String v = value.trim();
            if (v.length() != 8) {
                throw new IllegalArgumentException("only all-day events (VALUE=DATE, YYYYMMDD) mark days; got a date-time");
            }
            return LocalDate.parse(v, BASIC_DATE);
        }
    }

    private static String unescape(String value) {
        return value.replace("\\n", "\n").replace("\\N", "\n").replace("\\,", ",").replace("\\;", ";")
                .replace("\\\\", "\\");
    }
}
