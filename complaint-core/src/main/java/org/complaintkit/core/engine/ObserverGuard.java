package org.complaintkit.core.engine;

import java.util.concurrent.atomic.AtomicBoolean;
import org.complaintkit.api.command.CommandType;
import org.complaintkit.api.error.ErrorCode;
import org.complaintkit.api.sla.ClockChange;
import org.complaintkit.spi.observation.CommandOutcome;
import org.complaintkit.spi.observation.EngineObserver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The host's observer, shielded: an exception it throws is logged (its class, at WARN the first time and at DEBUG
 * after) and swallowed, so that a broken metrics binding never fails a command, a sweep or a dispatch that has
 * already done its work. Resolved once at build: the engine holds either this or {@link EngineObserver#none()}.
 * Thread-safe if the observer is.
 */
final class ObserverGuard implements EngineObserver {
    private static final Logger LOG = LoggerFactory.getLogger(ObserverGuard.class);

    private final EngineObserver observer;
    private final AtomicBoolean warned = new AtomicBoolean();

    private ObserverGuard(EngineObserver observer) {
        this.observer = observer;
    }

    /** The observer the engine calls: none for none, else the host's behind a guard. */
    static EngineObserver of(EngineObserver observer) {
        return observer == null || observer == EngineObserver.none() ? EngineObserver.none()
                : new ObserverGuard(observer);
    }

    private void failed(String report, RuntimeException e) {
        if (warned.compareAndSet(false, true)) {
            LOG.warn("the engine observer {} threw {} on {}; the engine carries on (later failures at DEBUG)",
                    observer.getClass().getName(), e.getClass().getName(), report);
        } else {
            LOG.debug("the engine observer {} threw {} on {}", observer.getClass().getName(), e.getClass().getName(),
                    report);
        }
    }

    @Override
    public void commandHandled(CommandType type, CommandOutcome outcome, long latencyNanos) {
        try {
            observer.commandHandled(type, outcome, latencyNanos);
        } catch (RuntimeException e) {
            failed("commandHandled", e);
        }
    }

    @Override
    public void commandRefused(CommandType type, ErrorCode code) {
        try {
            observer.commandRefused(type, code);
        } catch (RuntimeException e) {
            failed("commandRefused", e);
        }
    }

    @Override
    public void clockSignalled(String clockId, ClockChange change) {
        try {
            observer.clockSignalled(clockId, change);
        } catch (RuntimeException e) {
            failed("clockSignalled", e);
        }
    }

    @Override
    public void sweepRan(long durationNanos, int complaintsLeased) {
        try {
            observer.sweepRan(durationNanos, complaintsLeased);
        } catch (RuntimeException e) {
            failed("sweepRan", e);
        }
    }

    @Override
    public void outboxState(long pending, long deadLetters) {
        try {
            observer.outboxState(pending, deadLetters);
        } catch (RuntimeException e) {
            failed("outboxState", e);
        }
    }

    @Override
    public void noticeDelivered(String channel, long latencyNanos) {
        try {
            observer.noticeDelivered(channel, latencyNanos);
        } catch (RuntimeException e) {
            failed("noticeDelivered", e);
        }
    }

    @Override
    public void calendarHorizon(String calendar, long daysLeft) {
        try {
            observer.calendarHorizon(calendar, daysLeft);
        } catch (RuntimeException e) {
            failed("calendarHorizon", e);
        }
    }
}
