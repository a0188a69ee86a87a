package org.complaintkit.spi.observation;

import org.complaintkit.api.command.CommandType;
import org.complaintkit.api.error.ErrorCode;
import org.complaintkit.api.sla.ClockChange;

/**
 * Listens to what the engine measures about itself: commands and their latency, refusals by code, clocks that
 * warn, fall overdue or are breached, sweeps, the outbox and how far each calendar's official data reaches.
 * Give one to {@code ComplaintEngine.Builder.observer}; the notification dispatcher of that engine reports to it
 * too.
 *
 * <p>Every method has a default that does nothing, so an implementation overrides only what it measures. Nothing
 * passed identifies a complaint or a person: only enums, error codes, ids of clocks, calendars and sending
 * channels, and numbers.
 *
 * <p>The engine calls these methods on the thread that did the work, after it is done (a command's events are
 * appended before {@link #commandHandled} is called), so an implementation must be thread-safe and quick. One
 * that throws does not change what the engine did: the engine logs the exception's class at WARN (the first time,
 * then at DEBUG) and carries on.
 */
public interface EngineObserver {

    /**
     * Returns the observer that does nothing: the engine's default.
     *
     * @return the observer that ignores every report
     */
    static EngineObserver none() {
        return NoObserver.INSTANCE;
    }

    /**
     * A command was handled: accepted, replayed, refused or failed.
     *
     * @param type the command's type
     * @param outcome how it ended
     * @param latencyNanos how long {@code execute} took, in nanoseconds of the JVM's monotonic timer
     */
    default void commandHandled(CommandType type, CommandOutcome outcome, long latencyNanos) {
    }

    /**
     * A command was refused or failed with a coded error: called once for each distinct code the error carries,
     * before {@link #commandHandled}.
     *
     * @param type the command's type
     * @param code the code, such as {@code CMP-2001}
     */
    default void commandRefused(CommandType type, ErrorCode code) {
    }

    /**
     * A clock warned ({@link ClockChange#WARNED}), fell overdue ({@link ClockChange#OVERDUE}) or stopped after its
     * deadline ({@link ClockChange#BREACHED}), once the change was stored.
     *
     * @param clockId the clock definition's id, such as {@code cbirc.decision}
     * @param change {@code WARNED}, {@code OVERDUE} or {@code BREACHED}
     */
    default void clockSignalled(String clockId, ClockChange change) {
    }

    /**
     * A sweep of the clocks due ran ({@code ComplaintEngine.tick()}).
     *
     * @param durationNanos how long it took, in nanoseconds of the JVM's monotonic timer
     * @param complaintsLeased how many complaints it leased and checked
     */
    default void sweepRan(long durationNanos, int complaintsLeased) {
    }

    /**
     * The outbox as a dispatcher run left it: called after each run of the notification dispatcher.
     *
     * @param pending the notices waiting to be delivered (due or waiting for a retry)
     * @param deadLetters the notices dead-lettered, waiting for a person to put them back
     */
    default void outboxState(long pending, long deadLetters) {
    }

    /**
     * A notice was delivered.
     *
     * @param channel the sending channel, as its sender names itself ({@code NotificationSender.channel()})
     * @param latencyNanos the time from when the notice was derived to its delivery, by the engine's clock
     */
    default void noticeDelivered(String channel, long latencyNanos) {
    }

    /**
     * How far a calendar's official data reaches: reported by each sweep for each calendar of the SLA setup.
     *
     * @param calendar how the setup names the calendar: {@code default}, or the id it is registered under
     * @param daysLeft the days from today, in the calendar's zone, to its official horizon; negative once passed
     */
    default void calendarHorizon(String calendar, long daysLeft) {
    }
}
