package org.complaintkit.sample;

import java.time.Instant;
import org.complaintkit.core.sla.ClockState;

/**
 * A complaint's SLA clock as the queue screen shows it.
 *
 * @param id the clock's id, such as {@code cbirc.decision}
 * @param description what the clock is for
 * @param status where it stands
 * @param startedAt when it started, or null
 * @param deadline when it runs out, or null while it is not running
 * @param stoppedAt when it stopped, or null
 * @param provisional whether the deadline rests on provisional calendar data
 */
record ClockSummary(String id, String description, ClockState.Status status, Instant startedAt, Instant deadline,
                    Instant stoppedAt, boolean provisional) {

    static ClockSummary of(ClockState state) {
        return new ClockSummary(state.definition().id(), state.definition().description(), state.status(),
                state.startedAt(), state.deadline(), state.stoppedAt(), state.provisional());
    }
}
