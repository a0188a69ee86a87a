package org.complaintkit.spring.boot;

import java.util.List;
import java.util.function.Consumer;
import org.complaintkit.api.command.CommandType;
import org.complaintkit.api.error.ErrorCode;
import org.complaintkit.api.sla.ClockChange;
import org.complaintkit.spi.observation.CommandOutcome;
import org.complaintkit.spi.observation.EngineObserver;

/**
 * Several observers as one: each report goes to every one of them, in order, even when one throws; the first
 * exception is then rethrown, for the engine to log. Thread-safe if the observers are.
 */
public final class CompositeEngineObserver implements EngineObserver {
    private final List<EngineObserver> observers;

    private CompositeEngineObserver(List<EngineObserver> observers) {
        this.observers = List.copyOf(observers);
    }

    /**
     * Returns one observer for a list: none for none, the one for one, else a composite.
     *
     * @param observers the observers, in the order they are told
     * @return the observer
     */
    public static EngineObserver of(List<EngineObserver> observers) {
        return observers.isEmpty() ? EngineObserver.none()
                : observers.size() == 1 ? observers.get(0) : new CompositeEngineObserver(observers);
    }

    private void each(Consumer<EngineObserver> report) {
        RuntimeException first = null;
        for (EngineObserver observer : observers) {
            try {
                report.accept(observer);
            } catch (RuntimeException e) {
                if (first == null) {
                    first = e;
                }
            }
        }
        if (first != null) {
            throw first;
        }
    }

    @Override
    public void commandHandled(CommandType type, CommandOutcome outcome, long latencyNanos) {
        each(o -> o.commandHandled(type, outcome, latencyNanos));
    }

    @Override
    public void commandRefused(CommandType type, ErrorCode code) {
        each(o -> o.commandRefused(type, code));
    }

    @Override
    public void clockSignalled(String clockId, ClockChange change) {
        each(o -> o.clockSignalled(clockId, change));
    }

    @Override
    public void sweepRan(long durationNanos, int complaintsLeased) {
        each(o -> o.sweepRan(durationNanos, complaintsLeased));
    }

    @Override
    public void outboxState(long pending, long deadLetters) {
        each(o -> o.outboxState(pending, deadLetters));
    }

    @Override
    public void noticeDelivered(String channel, long latencyNanos) {
        each(o -> o.noticeDelivered(channel, latencyNanos));
    }

    @Override
    public void calendarHorizon(String calendar, long daysLeft) {
        each(o -> o.calendarHorizon(calendar, daysLeft));
    }
}
