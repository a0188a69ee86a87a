package org.complaintkit.spring.boot;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.complaintkit.api.error.ComplaintKitException;
import org.complaintkit.core.engine.ComplaintEngine;
import org.complaintkit.core.engine.NotificationDispatcher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Runs the engine's sweep ({@link ComplaintEngine#tick()}) and the dispatcher ({@link NotificationDispatcher#dispatchDue()})
 * on their own threads, each with a fixed pause between the end of one run and the start of the next, from the
 * application's start to its stop.
 *
 * <p>Safe on several nodes: a sweep leases the complaints it checks and a dispatcher the notices it sends, in the
 * store, so two nodes never work on one at the same time while a lease lasts, and what is recorded rests on the
 * store's versioned appends, not on the leases. On stop no new run starts; a run in progress is given
 * {@code complaintkit.shutdown.await} to finish, then interrupted: a send in flight then counts as a failed attempt and
 * is retried, and whatever could not be recorded is taken up again when its lease runs out. A run that fails is logged with its error codes and the schedule goes on.
 */
public final class ComplaintKitScheduler implements SmartLifecycle {
    private static final Logger LOG = LoggerFactory.getLogger(ComplaintKitScheduler.class);

    private final ComplaintEngine engine;
    private final NotificationDispatcher dispatcher;
    private final Duration sweepInterval;
    private final Duration dispatchInterval;
    private final Duration await;
    private final List<ScheduledExecutorService> running = new ArrayList<>();

    /**
     * Creates a scheduler.
     *
     * @param engine the engine whose clocks it sweeps
     * @param dispatcher the dispatcher it runs, or null for none
     * @param sweepInterval the pause between sweeps, or null to run none
     * @param dispatchInterval the pause between dispatch runs
     * @param await how long stopping waits for a run in progress
     */
    public ComplaintKitScheduler(ComplaintEngine engine, NotificationDispatcher dispatcher, Duration sweepInterval,
                                 Duration dispatchInterval, Duration await) {
        this.engine = engine;
        this.dispatcher = dispatcher;
        this.sweepInterval = sweepInterval;
        this.dispatchInterval = dispatchInterval;
        this.await = await;
    }

    @Override
    public synchronized void start() {
        if (!running.isEmpty()) {
            return;
        }
        if (sweepInterval != null) {
            running.add(every("complaintkit-sweep", sweepInterval, engine::tick));
        }
        if (dispatcher != null) {
            running.add(every("complaintkit-dispatch", dispatchInterval, dispatcher::dispatchDue));
        }
    }

    private static ScheduledExecutorService every(String name, Duration pause, Runnable run) {
        ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
        executor.scheduleWithFixedDelay(() -> {
            try {
                run.run();
            } catch (ComplaintKitException e) {
                LOG.warn("{} run failed with {}; the next run is in {}", name, e.violations().stream()
                        .map(v -> v.code().code()).distinct().toList(), pause);
            } catch (RuntimeException e) {
                LOG.warn("{} run failed with {}; the next run is in {}", name, e.getClass().getName(), pause);
            }
        }, 0, pause.toMillis(), TimeUnit.MILLISECONDS);
        return executor;
    }

    @Override
    public synchronized void stop() {
        running.forEach(ScheduledExecutorService::shutdown);
        for (ScheduledExecutorService executor : running) {
            try {
                if (!executor.awaitTermination(await.toMillis(), TimeUnit.MILLISECONDS)) {
                    executor.shutdownNow();
                    LOG.warn("a sweep or dispatch run did not finish within {} and was interrupted; a send in flight"
                            + " counts as a failed attempt and is retried, and what could not be recorded is taken up"
                            + " again when its lease runs out", await);
                    // a moment for the interrupted run to record what it can before the application closes its store
                    executor.awaitTermination(1, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                executor.shutdownNow();
                Thread.currentThread().interrupt();
            }
        }
        running.clear();
    }

    @Override
    public synchronized boolean isRunning() {
        return !running.isEmpty();
    }
}
