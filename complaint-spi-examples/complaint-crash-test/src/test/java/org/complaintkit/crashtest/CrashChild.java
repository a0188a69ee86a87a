package org.complaintkit.crashtest;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.complaintkit.api.command.CommandResult;
import org.complaintkit.api.command.ComplaintCommand;
import org.complaintkit.api.command.IdempotencyKey;
import org.complaintkit.api.error.ComplaintKitException;
import org.complaintkit.core.engine.ComplaintEngine;
import org.complaintkit.core.engine.NotificationDispatcher;
import org.complaintkit.core.engine.SweepReport;
import org.complaintkit.notify.webhook.WebhookSender;
import org.complaintkit.spi.storage.CommandRecord;
import org.complaintkit.spi.storage.OutboxStatus;
import org.complaintkit.store.jdbc.JdbcComplaintStore;

/**
 * The process the crash test kills: the engine on the JDBC store over the parent's PostgreSQL, client threads sending
 * their {@link CrashWorkload} from where the parent says each got to, the clock sweeper and the notification
 * dispatcher running, notices posted to the parent's receiver. It prints one line per command only after the engine
 * returned: {@code ACK thread index key complaint first last replayed}, {@code REFUSED thread index key code} or
 * {@code SKIP thread index key}; {@code READY} once everything runs. In drain mode it resends each thread's last two
 * operations, waits for business time to jump past the dead sweep's leases, sweeps once and delivers every pending
 * notice, prints {@code DRAINED <the sweep's instant>} and exits.
 *
 * <p>Arguments, in order: JDBC URL, receiver URL, seed, wall-clock origin (epoch ms), the next operation of each
 * thread (comma-separated), mode ({@code run} or {@code drain}), the file of registration times.
 */
public final class CrashChild {
    /** Operations generated per thread: more than any run sends. */
    static final int OPERATIONS = 20_000;

    private final PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    private final CrashSetup setup = new CrashSetup();
    private final ComplaintEngine engine;
    private final JdbcComplaintStore store;
    private final WorkloadCommands commands;
    private final long seed;
    private final Map<String, Long> sends = new HashMap<>();
    private final OutputStream sendsLog;

    private CrashChild(JdbcComplaintStore store, CrashClock clock, long seed, Path sendsFile) throws IOException {
        this.store = store;
        this.engine = setup.engine(store, clock);
        this.commands = new WorkloadCommands(setup);
        this.seed = seed;
        if (Files.exists(sendsFile)) {
            for (String line : Files.readAllLines(sendsFile, StandardCharsets.UTF_8)) {
                String[] parts = line.split(" ");
                if (parts.length == 3 && parts[2].equals(".")) {
                    sends.put(parts[0], Long.parseLong(parts[1]));
                }
            }
        }
        this.sendsLog = Files.newOutputStream(sendsFile, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    /**
     * Runs the child until it is killed (run mode) or has drained (drain mode).
     *
     * @param args see the class comment
     * @throws Exception when the child cannot start
     */
    public static void main(String[] args) throws Exception {
        String url = args[0];
        URI receiver = URI.create(args[1]);
        long seed = Long.parseLong(args[2]);
        long origin = Long.parseLong(args[3]);
        String[] next = args[4].split(",");
        boolean drain = args[5].equals("drain");
        Path sends = Path.of(args[6]);
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setUsername("postgres");
        config.setMaximumPoolSize(8);
        config.setConnectionTimeout(10_000);
        config.addDataSourceProperty("logServerErrorDetail", "false");
        HikariDataSource pool = new HikariDataSource(config);
        CrashClock clock = new CrashClock(CrashSetup.START, origin, CrashSetup.ZONE);
        CrashChild child = new CrashChild(JdbcComplaintStore.of(pool), clock, seed, sends);
        NotificationDispatcher dispatcher = NotificationDispatcher.builder(child.engine)
                .sender(WebhookSender.to(receiver).timeout(Duration.ofSeconds(5)).build()).build();
        Thread[] clients = new Thread[next.length];
        for (int t = 0; t < next.length; t++) {
            int thread = t;
            int from = Math.max(0, Integer.parseInt(next[t]) - 1);
            int to = drain ? from + 2 : OPERATIONS;
            clients[t] = new Thread(() -> child.client(thread, from, to, !drain), "client-" + t);
        }
        if (drain) {
            for (Thread c : clients) {
                c.start();
            }
            for (Thread c : clients) {
                c.join();
            }
            // the dead child's sweep leases hold until business time next jumps: the final sweep comes after that,
            // as a real node's next sweep comes after the leases ran out
            Thread.sleep(CrashClock.STEP_MILLIS + 100);
            SweepReport last = child.engine.tick();
            while (dispatcher.dispatchDue().leased() > 0 || child.store.countOutbox(OutboxStatus.PENDING) > 0) {
                Thread.sleep(20);
            }
            child.out.println("DRAINED " + last.at());
            pool.close();
            System.exit(0);
        }
        Thread sweeper = new Thread(() -> child.loop(() -> child.engine.tick()), "sweeper");
        Thread sender = new Thread(() -> child.loop(dispatcher::dispatchDue), "dispatcher");
        sweeper.start();
        sender.start();
        for (Thread c : clients) {
            c.start();
        }
        child.out.println("READY");
        for (Thread c : clients) {
            c.join();
        }
        Thread.sleep(Long.MAX_VALUE);
    }

    private void loop(Runnable work) {
        while (true) {
            try {
                work.run();
            } catch (RuntimeException e) {
                System.err.println("crash child: " + Thread.currentThread().getName() + " failed: " + e);
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private void client(int thread, int from, int to, boolean paced) {
        List<CrashWorkload.Op> ops = CrashWorkload.operations(seed, thread, Math.min(to, OPERATIONS),
                commands.outlets());
        for (int i = from; i < ops.size(); i++) {
            CrashWorkload.Op op = ops.get(i);
            try {
                ComplaintCommand command = commands.command(op, this::receivedAt, registration -> store
                        .findCommand(IdempotencyKey.of(registration)).map(CommandRecord::complaintId).orElse(null));
                if (command == null) {
                    out.println("SKIP " + thread + " " + i + " " + op.key());
                } else {
                    CommandResult result = engine.execute(command);
                    out.println("ACK " + thread + " " + i + " " + op.key() + " " + result.complaintId().value() + " "
                            + result.events().get(0).header().sequence() + " "
                            + result.events().get(result.events().size() - 1).header().sequence() + " "
                            + result.replayed());
                }
            } catch (ComplaintKitException e) {
                out.println("REFUSED " + thread + " " + i + " " + op.key() + " " + e.code().code());
            } catch (RuntimeException e) {
                System.err.println("crash child: " + op.key() + " failed: " + e);
                out.println("ERROR " + thread + " " + i + " " + op.key());
            }
            if (paced) {
                try {
                    Thread.sleep(ThreadLocalRandom.current().nextInt(10, 60));
                } catch (InterruptedException e) {
                    return;
                }
            }
        }
    }

    /**
     * When a registration was received: the time its first attempt recorded, so that a resend after a kill is the same
     * command (its fingerprint covers the time); now for a first attempt, written down before the engine sees it.
     */
    private synchronized Instant receivedAt(String key) {
        Long known = sends.get(key);
        if (known != null) {
            return Instant.ofEpochMilli(known);
        }
        long now = engine.clock().instant().toEpochMilli();
        sends.put(key, now);
        try {
            sendsLog.write((key + " " + now + " .\n").getBytes(StandardCharsets.UTF_8));
            sendsLog.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Instant.ofEpochMilli(now);
    }
}
