package org.complaintkit.core.sla;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.complaintkit.api.sla.ClockDefinition;
import org.complaintkit.api.sla.ClockTarget;

/**
 * Where one clock of one complaint stands at an instant.
 *
 * <p>Immutable and thread-safe.
 *
 * @param definition the clock's definition
 * @param status where it stands
 * @param startedAt when it (last) started, or null before it starts
 * @param pauses the pauses since it (last) started
 * @param deadline when it is due, or null while unknown (not started, held by an open pause, or beyond the
 *     calendar's horizon); read it with {@link #dueAt()}
 * @param stoppedAt when it stopped, or null while it has not
 * @param restarts how many times new facts restarted it
 * @param warningsDueAt when each of the definition's warning shares falls due, in the same order; empty
 *     while the deadline is unknown
 * @param beyondHorizon true if the deadline is unknown because it lies beyond the calendar's horizon
 * @param tier the extension tier in force, or null for the clock's own target
 * @param provisional true if the deadline rests on dates the calendar only guesses (past its official
 *     horizon): warnings, overdue and outcome are judged on it and corrected when the official data arrives
 * @param calendarEnd while the deadline is unknown because it lies beyond the calendar, the first instant the
 *     calendar does not know: the clock is due for a look then; null otherwise
 */
public record ClockState(ClockDefinition definition, Status status, Instant startedAt, List<PauseInterval> pauses,
                         Instant deadline, Instant stoppedAt, int restarts, List<Instant> warningsDueAt,
                         boolean beyondHorizon, String tier, boolean provisional, Instant calendarEnd) {

    /** Where a clock stands. */
    public enum Status {
        /** Its start milestone has not happened. */
        NOT_STARTED,
        /** Running and not yet due. */
        RUNNING,
        /** Paused, for a reason the definition does not count. */
        PAUSED,
        /** Running or paused past its deadline. */
        OVERDUE,
        /** Stopped at or before its deadline. */
        MET,
        /** Stopped after its deadline. */
        BREACHED,
        /**
         * Stopped after the official horizon while its deadline was unknown: the outcome is pending until a
         * calendar version settles the deadline.
         */
        STOPPED,
        /** The complaint ended (withdrawn, merged, not accepted) before the clock stopped. */
        CANCELLED
    }

    /**
     * Checks and copies the components.
     *
     * @param definition the clock's definition
     * @param status where it stands
     * @param startedAt when it (last) started, or null before it starts
     * @param pauses the pauses since it (last) started
     * @param deadline when it is due, or null while unknown
     * @param stoppedAt when it stopped, or null while it has not
     * @param restarts how many times new facts restarted it
     * @param warningsDueAt when each warning share falls due; empty while the deadline is unknown
     * @param beyondHorizon true if the deadline is unknown because it lies beyond the calendar's horizon
     * @param tier the extension tier in force, or null for the clock's own target
     * @param provisional true if the deadline rests on dates the calendar only guesses
     * @param calendarEnd while the deadline lies beyond the calendar, the first instant it does not know
     */
    public ClockState {
        Objects.requireNonNull(definition, "definition");
        Objects.requireNonNull(status, "status");
        pauses = List.copyOf(pauses);
        warningsDueAt = List.copyOf(warningsDueAt);
    }

    /**
     * A state computed on official dates only.
     *
     * @param definition the clock's definition
     * @param status where it stands
     * @param startedAt when it (last) started, or null before it starts
     * @param pauses the pauses since it (last) started
     * @param deadline when it is due, or null while unknown
     * @param stoppedAt when it stopped, or null while it has not
     * @param restarts how many times new facts restarted it
     * @param warningsDueAt when each warning share falls due; empty while the deadline is unknown
     * @param beyondHorizon true if the deadline is unknown because it lies beyond the calendar's horizon
     * @param tier the extension tier in force, or null for the clock's own target
     */
    public ClockState(ClockDefinition definition, Status status, Instant startedAt, List<PauseInterval> pauses,
                      Instant deadline, Instant stoppedAt, int restarts, List<Instant> warningsDueAt,
                      boolean beyondHorizon, String tier) {
        this(definition, status, startedAt, pauses, deadline, stoppedAt, restarts, warningsDueAt, beyondHorizon, tier,
                false, null);
    }

    /**
     * Tells whether the clock stopped but its outcome is not final: pending on an unknown deadline, or met or
     * breached on a provisional one.
     *
     * @return true if a calendar version may still settle or correct the outcome
     */
    public boolean outcomePending() {
        return status == Status.STOPPED
                || (provisional && (status == Status.MET || status == Status.BREACHED));
    }

    /**
     * Tells whether the clock has stopped, one way or another.
     *
     * @return true if met, breached, stopped with its outcome pending, or cancelled
     */
    public boolean isStopped() {
        return status == Status.MET || status == Status.BREACHED || status == Status.STOPPED
                || status == Status.CANCELLED;
    }

    /**
     * Returns the target in force: the clock's own, or its extension tier's.
     *
     * @return the target
     */
    public ClockTarget target() {
        return definition.targetAt(tier);
    }

    /**
     * Tells whether the clock can still be met: started, not stopped and not overdue.
     *
     * @return true if running or paused
     */
    public boolean isLive() {
        return status == Status.RUNNING || status == Status.PAUSED;
    }

    /**
     * Returns when the clock is due, or <strong>null</strong> while that is unknown: before the clock starts
     * ({@link Status#NOT_STARTED}), while an open pause that began before the deadline holds it
     * ({@link Status#PAUSED}; a clock paused only after its deadline keeps it), and while the deadline lies beyond the
     * calendar's horizon ({@link #beyondHorizon()}). A paused clock's deadline is known again when it resumes, moved
     * by the pause. Prefer {@link #dueAt()}, which says the same as an {@link Optional} and cannot be dereferenced by
     * mistake.
     *
     * @return the deadline, or null while unknown
     */
    public Instant deadline() {
        return deadline;
    }

    /**
     * Returns the deadline if it is known: empty before the clock starts, while an open pause holds it, and while
     * it lies beyond the calendar's horizon. The null-free form of {@link #deadline()}.
     *
     * @return the deadline, or empty
     */
    public Optional<Instant> dueAt() {
        return Optional.ofNullable(deadline);
    }
}
