package org.complaintkit.crashtest;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Business time for the crash test, from the wall time since the run began: every {@link #STEP_MILLIS} it jumps
 * {@link #STEP} ahead, and between jumps it runs at wall speed. So warnings, overdue clocks and breaches happen within
 * seconds (twelve business hours every two wall seconds), while a sweep's 60-second lease still holds for the rest of
 * its step: a child restarted within the step that its predecessor was killed in finds the dead sweep's leases, as a
 * node restarted on a real clock would. Every child JVM of a run is given the same wall-clock origin, so business time
 * keeps moving forward across kills and restarts without anything stored. Never goes backwards within one JVM.
 * Thread-safe.
 */
final class CrashClock extends Clock {
    /** How long business time stands (running at wall speed) between jumps. */
    static final long STEP_MILLIS = 2_000;
    /** How far business time jumps every step. */
    static final Duration STEP = Duration.ofHours(12);

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
        long elapsed = wallMillis - wallOrigin;
        return start.plus(STEP.multipliedBy(Math.floorDiv(elapsed, STEP_MILLIS))).plusMillis(Math.floorMod(elapsed,
                STEP_MILLIS));
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
