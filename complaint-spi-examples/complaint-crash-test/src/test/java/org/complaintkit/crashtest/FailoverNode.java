package org.complaintkit.crashtest;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReadWriteLock;
import org.complaintkit.api.command.CommandResult;
import org.complaintkit.api.command.ComplaintCommand;
import org.complaintkit.api.complaint.ComplaintId;
import org.complaintkit.api.error.ComplaintKitException;
import org.complaintkit.api.error.ErrorCode;
import org.complaintkit.core.engine.ComplaintEngine;
import org.complaintkit.core.engine.NotificationDispatcher;
import org.complaintkit.core.engine.SweepReport;
import org.complaintkit.notify.webhook.WebhookSender;
import org.complaintkit.spi.storage.OutboxStatus;
import org.complaintkit.store.jdbc.JdbcComplaintStore;

/**
 * One application node of the failover test: its own pool on the multi-host URL, its own engine on the JDBC store,
 * its clock sweeper and notification dispatcher, and client threads sending their {@link CrashWorkload}. A command
 * that fails because the store cannot be reached, or whose outcome is unknown, is resent, the same command under the
 * same key, until it is acknowledged or refused: that is the host's duty (docs/storage.md, "Failover to a standby").
 * Every unit of work (one command with its resends, one sweep, one dispatch) holds the run's read lock, so that the
 * run can quiet every node to compare a report on the standby with the primary's.
 */
final class FailoverNode implements AutoCloseable {
    /** How long a command is resent before the node gives up on it (and the run reports it). */
    static final Duration GIVE_UP = Duration.ofSeconds(60);
    /** How long the final drain waits without one pending notice fewer before it gives up. */
    static final Duration STALLED = Duration.ofSeconds(30);

    /** What a node saw, shared by the nodes of a run. */
    static final class Shared {
        final Map<String, CrashChecker.Ack> acks = new ConcurrentHashMap<>();
        final Map<String, ComplaintId> registered = new ConcurrentHashMap<>();
        final Map<String, Instant> receivedAt = new ConcurrentHashMap<>();
        final Set<String> abandoned = ConcurrentHashMap.newKeySet();
        final AtomicInteger resent = new AtomicInteger();
        final AtomicInteger resentAcknowledged = new AtomicInteger();
        final AtomicInteger refusals = new AtomicInteger();
        final AtomicInteger replayed = new AtomicInteger();
        /** Wall time (nanoTime) the primary was killed at; 0 before. */
        final AtomicLong killedAt = new AtomicLong();
        /** Wall time (nanoTime) of the first acknowledgement after the kill; 0 before. */
        final AtomicLong firstAfterKill = new AtomicLong();
    }

    private final String name;
    private final HikariDataSource pool;
    private final JdbcComplaintStore store;
    private final ComplaintEngine engine;
    private final NotificationDispatcher dispatcher;
    private final WorkloadCommands commands;
    private final long seed;
    private final Shared shared;
    private final ReadWriteLock quiet;
    private final List<Thread> threads = new ArrayList<>();
    private volatile boolean stopping;

    FailoverNode(String name, String url, CrashSetup setup, CrashClock clock, URI receiver, long seed, Shared shared,
                 ReadWriteLock quiet) {
        this.name = name;
        HikariConfig config = new HikariConfig();
        config.setPoolName(name);
        config.setJdbcUrl(url);
        config.setUsername("postgres");
        config.setMaximumPoolSize(6);
        config.setConnectionTimeout(2_000);
        config.setValidationTimeout(1_000);
        config.addDataSourceProperty("logServerErrorDetail", "false");
        this.pool = new HikariDataSource(config);
        this.store = JdbcComplaintStore.of(pool);
        this.engine = setup.engine(store, clock);
        this.dispatcher = NotificationDispatcher.builder(engine).sender(WebhookSender.to(receiver)
                .timeout(Duration.ofSeconds(5)).build()).build();
        this.commands = new WorkloadCommands(setup);
        this.seed = seed;
        this.shared = shared;
        this.quiet = quiet;
    }

    /** Starts the sweeper, the dispatcher and one client for each workload thread number. */
    void start(int... workloads) {
        threads.add(new Thread(() -> loop(engine::tick), name + "-sweeper"));
        threads.add(new Thread(() -> loop(dispatcher::dispatchDue), name + "-dispatcher"));
        for (int w : workloads) {
            threads.add(new Thread(() -> client(w), name + "-client-" + w));
        }
        threads.forEach(Thread::start);
    }

    /** Stops every thread after its current unit of work. */
    void stop() throws InterruptedException {
        stopping = true;
        for (Thread t : threads) {
            t.join(GIVE_UP.toMillis() + 10_000);
        }
    }

    /**
     * The last sweep and dispatch, after every node stopped and the dead nodes' leases ran out: sweeps once, delivers
     * every pending notice. A long run leaves a backlog that takes longer to deliver than a short one, so the drain
     * goes on while it makes progress and gives up only when {@link #STALLED} passes without one notice fewer
     * pending (a notice that can never be delivered is then reported by the checker as still pending).
     *
     * @return the last sweep's instant
     */
    Instant drain() throws InterruptedException {
        Thread.sleep(CrashClock.STEP_MILLIS + 100);
        SweepReport last = engine.tick();
        long pending = Long.MAX_VALUE;
        long progressAt = System.currentTimeMillis();
        while (true) {
            int leased = dispatcher.dispatchDue().leased();
            long now = store.countOutbox(OutboxStatus.PENDING);
            if (leased == 0 && now == 0) {
                break;
            }
            if (now < pending) {
                pending = now;
                progressAt = System.currentTimeMillis();
            } else if (System.currentTimeMillis() - progressAt > STALLED.toMillis()) {
                break;
            }
            if (leased == 0) {
                Thread.sleep(20);
            }
        }
        return last.at();
    }

    JdbcComplaintStore store() {
        return store;
    }

    ComplaintEngine engine() {
        return engine;
    }

    HikariDataSource pool() {
        return pool;
    }

    private void loop(Runnable work) {
        while (!stopping) {
            quiet.readLock().lock();
            try {
                work.run();
            } catch (RuntimeException e) {
                // the database is away: the next round tries again
            } finally {
                quiet.readLock().unlock();
            }
            pause(50);
        }
    }

    private void client(int workload) {
        List<CrashWorkload.Op> ops = CrashWorkload.operations(seed, workload, CrashChild.OPERATIONS,
                commands.outlets());
        for (int i = 0; i < ops.size() && !stopping; i++) {
            CrashWorkload.Op op = ops.get(i);
            quiet.readLock().lock();
            try {
                // a registration's time is its first attempt's: a resend is the same command
                ComplaintCommand command = commands.command(op,
                        key -> shared.receivedAt.computeIfAbsent(key, k -> engine.clock().instant()),
                        shared.registered::get);
                if (command != null) {
                    send(op, command);
                }
            } finally {
                quiet.readLock().unlock();
            }
            pause(ThreadLocalRandom.current().nextInt(10, 40));
        }
    }

    /** Sends a command until it is acknowledged or refused, resending it unchanged while the store is away. */
    private void send(CrashWorkload.Op op, ComplaintCommand command) {
        long giveUp = System.nanoTime() + GIVE_UP.toNanos();
        boolean resending = false;
        while (true) {
            try {
                CommandResult result = engine.execute(command);
                acknowledge(op, result, resending);
                return;
            } catch (ComplaintKitException e) {
                ErrorCode code = e.code();
                if (code != ErrorCode.STORE_UNAVAILABLE && code != ErrorCode.STORE_FAILURE) {
                    shared.refusals.incrementAndGet();
                    return;
                }
            } catch (RuntimeException e) {
                // the outcome is unknown: resend under the same key
            }
            if (System.nanoTime() > giveUp) {
                shared.abandoned.add(op.key());
                return;
            }
            resending = true;
            shared.resent.incrementAndGet();
            pause(50);
        }
    }

    private void acknowledge(CrashWorkload.Op op, CommandResult result, boolean resending) {
        long now = System.nanoTime();
        long killed = shared.killedAt.get();
        if (killed != 0) {
            shared.firstAfterKill.compareAndSet(0, now);
        }
        if (resending) {
            shared.resentAcknowledged.incrementAndGet();
        }
        if (result.replayed()) {
            shared.replayed.incrementAndGet();
        }
        if (op.kind() == CrashWorkload.Kind.REGISTER) {
            shared.registered.put(op.key(), result.complaintId());
        }
        shared.acks.put(op.key(), new CrashChecker.Ack(result.complaintId(),
                result.events().get(0).header().sequence(),
                result.events().get(result.events().size() - 1).header().sequence()));
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        pool.close();
    }
}
