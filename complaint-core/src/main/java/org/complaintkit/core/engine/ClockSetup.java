package org.complaintkit.core.engine;

import java.util.Objects;

/**
 * The clocks the engine computes on now: one {@link ClockKeeper}, replaced as a whole when a recalculation is
 * applied, read by every part (commands, sweeps, reads) so that they agree. Thread-safe.
 */
final class ClockSetup {
    private volatile ClockKeeper current;

    ClockSetup(ClockKeeper initial) {
        this.current = Objects.requireNonNull(initial, "initial");
    }

    ClockKeeper current() {
        return current;
    }

    void replace(ClockKeeper next) {
        this.current = Objects.requireNonNull(next, "next");
    }
}
