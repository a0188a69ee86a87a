package org.complaintkit.api.calendar;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.complaintkit.api.error.CalendarException;
import org.complaintkit.api.error.ErrorCode;

/**
 * The working windows of one day, sorted and non-overlapping; no windows means a day off.
 *
 * <p>Immutable and thread-safe.
 *
 * @param windows the windows, sorted by start, not overlapping or touching
 */
public record DayHours(List<WorkingWindow> windows) {
    /** A day off. */
    public static final DayHours CLOSED = new DayHours(List.of());

    /**
     * Sorts and copies the windows; refuses overlaps.
     *
     * @param windows the windows, sorted by start, not overlapping or touching
     */
    public DayHours {
        List<WorkingWindow> sorted = new ArrayList<>(windows);
        sorted.sort(null);
        for (int i = 1; i < sorted.size(); i++) {
            if (!sorted.get(i).start().isAfter(sorted.get(i - 1).end())) {
                throw CalendarException.of(ErrorCode.INVALID_CALENDAR, "windows",
                        "working windows must not overlap or touch: " + sorted.get(i - 1) + " and " + sorted.get(i));
            }
        }
        windows = List.copyOf(sorted);
    }

    /**
     * Creates the hours of a day.
     *
     * @param windows the windows
     * @return the hours
     */
    public static DayHours of(WorkingWindow... windows) {
        return new DayHours(Arrays.asList(windows));
    }

    /**
     * Parses windows separated by commas, for example {@code 09:00-12:00,13:30-17:30}; {@code closed} or
     * an empty text is a day off.
     *
     * @param text the windows
     * @return the hours
     * @throws CalendarException if a window is malformed or windows overlap
     */
    public static DayHours parse(String text) {
        String trimmed = text == null ? "" : text.trim();
        if (trimmed.isEmpty() || trimmed.equalsIgnoreCase("closed")) {
            return CLOSED;
        }
        List<WorkingWindow> windows = new ArrayList<>();
        for (String part : trimmed.split(",")) {
            windows.add(WorkingWindow.parse(part));
        }
        return new DayHours(windows);
    }

    /**
     * Tells whether this is a working day.
     *
     * @return true if there is at least one window
     */
    public boolean isWorking() {
        return !windows.isEmpty();
    }

    @Override
    public String toString() {
        return windows.isEmpty() ? "closed" : windows.stream().map(WorkingWindow::toString).collect(Collectors.joining(","));
    }
}
