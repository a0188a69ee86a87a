package org.complaintkit.demo;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;

/**
 * The demo's clock: it stands still until the simulation moves it on, so a run does in a second what a bank
 * does in six weeks, and the same seed gives the same history. Thread-safe.
 */
final class SimulatedClock extends Clock {
    private final ZoneId zone;
    private volatile Instant now;

    SimulatedClock(Instant start, ZoneId zone) {
        this.now = Objects.requireNonNull(start, "start");
        this.zone = Objects.requireNonNull(zone, "zone");
    }

    /** Moves the clock to an instant, never backwards. */
    void moveTo(Instant instant) {
        if (instant.isAfter(now)) {
            now = instant;
        }
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
        throw new UnsupportedOperationException("the demo runs in one zone");
    }

    @Override
    public Instant instant() {
        return now;
    }
}
