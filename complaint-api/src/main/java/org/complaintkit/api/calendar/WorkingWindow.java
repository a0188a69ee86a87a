package org.complaintkit.api.calendar;

import java.time.LocalTime;
import java.util.Objects;
import org.complaintkit.api.error.CalendarException;
import org.complaintkit.api.error.ErrorCode;
import java.time.format.DateTimeParseException;

/**
 * One stretch of working time within a day, in local time: from {@code start} (included) to {@code end}
 * (excluded), for example 09:00–12:00. A day with a lunch break has two windows.
 *
 * <p>Immutable and thread-safe.
 *
 * @param start when work starts
 * @param end when work stops; after {@code start} on the same day
 */
public record WorkingWindow(LocalTime start, LocalTime end) implements Comparable<WorkingWindow> {

    /**
     * Checks that the window is non-empty and within one day.
     *
     * @param start when work starts
     * @param end when work stops; after {@code start} on the same day
     */
    public WorkingWindow {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (!end.isAfter(start)) {
            throw CalendarException.of(ErrorCode.INVALID_CALENDAR, "window",
                    "a working window must end after it starts, on the same day");
        }
    }

    /**
     * Parses {@code HH:MM-HH:MM}.
     *
     * @param text the window, for example {@code 09:00-12:00}
     * @return the window
     * @throws CalendarException if the text is not a window
     */
    public static WorkingWindow parse(String text) {
        String[] parts = text == null ? new String[0] : text.trim().split("-");
        try {
            if (parts.length == 2) {
                return new WorkingWindow(LocalTime.parse(parts[0].trim()), LocalTime.parse(parts[1].trim()));
            }
        } catch (DateTimeParseException e) {
            // reported below
        }
        throw CalendarException.of(ErrorCode.INVALID_CALENDAR, "window", "expected HH:MM-HH:MM");
    }

    /**
     * Creates a window.
     *
     * @param start the start, {@code HH:MM}
     * @param end the end, {@code HH:MM}
     * @return the window
     */
    public static WorkingWindow of(String start, String end) {
        return new WorkingWindow(LocalTime.parse(start), LocalTime.parse(end));
    }

    @Override
    public int compareTo(WorkingWindow other) {
        return start.compareTo(other.start);
    }

    @Override
    public String toString() {
        return start + "-" + end;
    }
}
