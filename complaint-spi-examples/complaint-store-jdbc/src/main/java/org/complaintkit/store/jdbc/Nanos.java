package org.complaintkit.store.jdbc;

import java.time.Instant;

/**
 * Instants as epoch nanoseconds, the form the store's index columns hold so that comparisons in SQL are as
 * exact as {@link Instant#compareTo}. Instants from 1684-12-22 to 2255-01-09 (nine billion seconds either
 * side of the epoch) are exact; instants beyond are clamped to the ends of the long range, which keeps
 * their order against every instant inside.
 */
final class Nanos {
    private static final long LIMIT_SECONDS = 9_000_000_000L;

    private Nanos() {
    }

    static long of(Instant instant) {
        long seconds = instant.getEpochSecond();
        if (seconds <= -LIMIT_SECONDS) {
            return Long.MIN_VALUE;
        }
        if (seconds >= LIMIT_SECONDS) {
            return Long.MAX_VALUE;
        }
        return seconds * 1_000_000_000L + instant.getNano();
    }

    static Instant toInstant(long nanos) {
        return Instant.ofEpochSecond(0, nanos);
    }
}
