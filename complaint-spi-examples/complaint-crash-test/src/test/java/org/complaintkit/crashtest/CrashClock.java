package org.complaintkit.crashtest;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Business time for the crash test: a start instant plus the wall time since the run began, times a large
 * multiplier, so that warnings, overdue clocks and breaches happen within seconds. Every child JVM of a run is given
 * the same start and the same wall-clock origin, so business time keeps moving forward across kills and restarts
 * without anything stored. Never goes backwards within one JVM. Thread-safe.
 */
final class CrashClock extends Clock {
    /** Business seconds per wall second: one wall second is six business hours. */
    static final long MULTIPLIER = 21_600;

    private final Instant start;
    private final long wallOrigin;
    private final ZoneId zone;
    private final AtomicLong last = new AtomicLong(Long.MIN_VALUE);

    CrashClock(Instant start, long wallOrigin, ZoneId zone) {
        this.start = start;
        this.wallOrigin = wallOrigin;
        this.zone = zone;
    }

    /** The business instant a wall-clock time (epoch milliseconds) maps to. */
    Instant at(long wallMillis) {
        return start.plusMillis((wallMillis - wallOrigin) * MULTIPLIER);
    }

    @Override
    public Instant instant() {
        long now = System.currentTimeMillis();
        long kept = last.accumulateAndGet(now, Math::max);
        return at(kept);
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
        return new CrashClock(start, wallOrigin, other);
    }
}
