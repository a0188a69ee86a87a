package org.complaintkit.crashtest;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.complaintkit.api.complaint.ComplaintId;
import org.complaintkit.core.engine.ComplaintEngine;
import org.complaintkit.store.jdbc.CrashTestDatabases;
import org.complaintkit.store.jdbc.JdbcComplaintStore;

/**
 * One crash run: starts the child on a database, kills it with SIGKILL at seeded random moments (some right after
 * start, most in the middle of its bursts), restarts it on the same database with the same seed so that resent keys
 * replay, checks every invariant after each kill, then lets a last child resend, sweep and deliver everything, and
 * checks again with the final sweep's instant. Problems are kept per invariant, each distinct one once.
 */
final class CrashRun {
    /** The invariants, in the order the summary names them. */
    static final List<String> INVARIANTS = List.of("acknowledged", "links", "clock-records", "half-written", "chains",
            "clock-replay", "notices", "leases");

    private final String url;
    private final long seed;
    private final int threads;
    private final int kills;
    private final Path dir;
    private final long origin = System.currentTimeMillis();
    private final CrashClock clock = new CrashClock(CrashSetup.START, origin, CrashSetup.ZONE);
    private final Map<String, CrashChecker.Ack> acks = new ConcurrentHashMap<>();
    private final AtomicIntegerArray next;
    private final AtomicInteger replays = new AtomicInteger();
    private final AtomicInteger refusals = new AtomicInteger();
    private final AtomicReference<String> drained = new AtomicReference<>();
    private final List<String> ackConflicts = new ArrayList<>();
    private final Map<String, Set<String>> problems = new LinkedHashMap<>();
    private final Map<String, Long> millis = new LinkedHashMap<>();
    /** Acknowledged commands already found stored as acknowledged: a command record never changes afterwards. */
    private final Set<String> verified = ConcurrentHashMap.newKeySet();
    private int checks;
    /** What happened, line by line: each life's start and kill and every line the child printed, for target/crash-test. */
    private final List<String> journal = Collections.synchronizedList(new ArrayList<>());
    private volatile int life;

    CrashRun(String url, long seed, int threads, int kills, Path dir) {
        this.url = url;
        this.seed = seed;
        this.threads = threads;
        this.kills = kills;
        this.dir = dir;
        this.next = new AtomicIntegerArray(threads);
        INVARIANTS.forEach(name -> {
            problems.put(name, new TreeSet<>());
            millis.put(name, 0L);
        });
    }

    /** What a run did and found. */
    record Summary(int kills, int restarts, int acknowledged, int replays, int refusals, int complaints,
                   int noticesReceived, int posts, Map<String, Set<String>> problems, long millis, int checks,
                   Map<String, Long> checkMillis) {
        int total() {
            return problems.values().stream().mapToInt(Set::size).sum();
        }

        String line() {
            StringBuilder text = new StringBuilder("crash test: kills " + kills + ", restarts " + restarts
                    + ", acknowledged commands " + acknowledged + " (" + replays + " replayed), refusals " + refusals
                    + ", complaints " + complaints + ", notices received " + noticesReceived + " (" + posts
                    + " posts), " + String.format("%.1f s", millis / 1000.0) + "; problems " + total() + ":");
            problems.forEach((name, found) -> text.append(' ').append(name).append('=').append(found.size()));
            text.append("; ").append(checks).append(" checks, ms per invariant:");
            checkMillis.forEach((name, ms) -> text.append(' ').append(name).append('=').append(ms));
            return text.toString();
        }

        String all() {
            StringBuilder text = new StringBuilder(line()).append('\n');
            problems.forEach((name, found) -> found.forEach(p -> text.append(name).append(": ").append(p).append('\n')));
            return text.toString();
        }

        String examples() {
            StringBuilder text = new StringBuilder();
            problems.forEach((name, found) -> found.stream().limit(5).forEach(p -> text.append(name).append(": ")
                    .append(p).append('\n')));
            return text.toString();
        }
    }

    /** Each life's start and kill and every line the children printed, in order. */
    List<String> journal() {
        synchronized (journal) {
            return List.copyOf(journal);
        }
    }

    Summary run() throws InterruptedException {
        long started = System.currentTimeMillis();
        Random random = new Random(seed);
        Path log = dir.resolve("child.log");
        Path sends = dir.resolve("registrations.txt");
        CrashSetup setup = new CrashSetup();
        int done = 0;
        try (NoticeReceiver receiver = new NoticeReceiver(); HikariDataSource pool = CrashTestDatabases.pool(url, 4)) {
            JdbcComplaintStore store = JdbcComplaintStore.of(pool);
            ComplaintEngine reader = setup.builder(store, clock).historyCache(0).build();
            CrashChecker.Picture picture = new CrashChecker.Picture();
            for (life = 0; life < kills; life++) {
                List<String> arguments = args(receiver, "run", sends);
                journal.add("life " + life + " starts at " + arguments.get(4));
                long born = System.currentTimeMillis();
                ChildRun child = ChildRun.start(arguments, log, this::line);
                boolean early = random.nextInt(100) < 20;
                if (early) {
                    Thread.sleep(random.nextInt(400)); // right after start: in the JVM's start or the engine's build
                } else {
                    if (!child.awaitReady(120_000)) {
                        child.kill();
                        throw new IllegalStateException("the child did not start within two minutes; see " + log);
                    }
                    Thread.sleep(300 + random.nextInt(1_500)); // mid-burst
                }
                child.kill();
                journal.add("life " + life + " killed " + (early ? "right after start" : "mid-burst") + " after "
                        + (System.currentTimeMillis() - born) + " ms");
                done++;
                check(new CrashChecker(store, reader, pool, picture), receiver, null);
            }
            ChildRun last = ChildRun.start(args(receiver, "drain", sends), log, this::line);
            int exit = last.await(300_000);
            if (exit != 0 || drained.get() == null) {
                throw new IllegalStateException("the last child did not drain (exit " + exit + "); see " + log);
            }
            CrashChecker checker = new CrashChecker(store, reader, pool);
            check(checker, receiver, Instant.parse(drained.get()));
            return new Summary(done, done + 1, acks.size(), replays.get(), refusals.get(), checker.complaints(),
                    receiver.received().size(), receiver.posts(), problems, System.currentTimeMillis() - started, checks,
                    millis);
        }
    }

    private void check(CrashChecker checker, NoticeReceiver receiver, Instant sweptUntil) {
        checks++;
        Instant now = clock.instant();
        Map<String, CrashChecker.Ack> seen = new HashMap<>(acks);
        seen.keySet().removeAll(verified);
        add("acknowledged", () -> {
            List<String> found = new ArrayList<>(checker.acknowledgedCommandsStoredOnce(seen));
            Set<String> failed = new HashSet<>();
            found.forEach(p -> seen.keySet().stream().filter(k -> p.contains(" " + k + " ")).forEach(failed::add));
            seen.keySet().stream().filter(k -> !failed.contains(k)).forEach(verified::add);
            synchronized (ackConflicts) {
                found.addAll(ackConflicts);
            }
            return found;
        });
        add("links", () -> checker.linksOnEveryMember(sweptUntil != null));
        add("clock-records", () -> checker.clockRecordsOnce(now, sweptUntil));
        add("half-written", checker::noHalfWrittenCommand);
        add("chains", checker::chainsVerify);
        add("clock-replay", checker::clocksMatchReplay);
        add("notices", () -> checker.noticesDeliveredOnce(receiver.received(), sweptUntil != null));
        add("leases", () -> checker.noLeaseStuck(now, sweptUntil));
    }

    private void add(String invariant, Supplier<List<String>> check) {
        long start = System.nanoTime();
        problems.get(invariant).addAll(check.get());
        millis.merge(invariant, (System.nanoTime() - start) / 1_000_000, Long::sum);
    }

    private List<String> args(NoticeReceiver receiver, String mode, Path sends) {
        StringBuilder resume = new StringBuilder();
        for (int t = 0; t < threads; t++) {
            resume.append(t == 0 ? "" : ",").append(next.get(t));
        }
        return List.of(url, receiver.address().toString(), Long.toString(seed), Long.toString(origin),
                resume.toString(), mode, sends.toString());
    }

    /** One line of the child's output. */
    private void line(String line) {
        journal.add(life + " " + line);
        String[] parts = line.split(" ");
        switch (parts[0]) {
            case "ACK" -> {
                advance(parts);
                CrashChecker.Ack ack = new CrashChecker.Ack(ComplaintId.of(parts[4]), Long.parseLong(parts[5]),
                        Long.parseLong(parts[6]));
                if (Boolean.parseBoolean(parts[7])) {
                    replays.incrementAndGet();
                }
                CrashChecker.Ack before = acks.putIfAbsent(parts[3], ack);
                if (before != null && !before.equals(ack)) {
                    synchronized (ackConflicts) {
                        ackConflicts.add(ack.complaintId().value() + ": command " + parts[3] + " acknowledged as "
                                + before + " and again as " + ack);
                    }
                }
            }
            case "REFUSED", "SKIP", "ERROR" -> {
                advance(parts);
                if (parts[0].equals("REFUSED")) {
                    refusals.incrementAndGet();
                }
            }
            case "DRAINED" -> drained.set(parts[1]);
            default -> {
                // READY, or anything else the child prints
            }
        }
    }

    private void advance(String[] parts) {
        int thread = Integer.parseInt(parts[1]);
        int index = Integer.parseInt(parts[2]);
        next.accumulateAndGet(thread, index + 1, Math::max);
    }
}
