package org.complaintkit.core.sla;

import java.time.Instant;
import java.util.Objects;

/**
 * A stretch of time during which a clock was paused: from {@code start} (included) to {@code end}
 * (excluded), or still paused when {@code end} is null.
 *
 * <p>Immutable and thread-safe.
 *
 * @param start when the pause began
 * @param end when it ended, or null while it lasts
 */
public record PauseInterval(Instant start, Instant end) {

    /**
     * Checks that a finished pause does not end before it starts.
     *
     * @param start when the pause began
     * @param end when it ended, or null while it lasts
     */
    public PauseInterval {
        Objects.requireNonNull(start, "start");
        if (end != null && end.isBefore(start)) {
            throw new IllegalArgumentException("a pause cannot end before it starts");
        }
    }

    /**
     * Tells whether the pause still lasts.
     *
     * @return true if it has no end yet
     */
    public boolean isOpen() {
        return end == null;
    }
}
