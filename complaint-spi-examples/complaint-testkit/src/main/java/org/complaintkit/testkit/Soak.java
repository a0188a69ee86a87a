package org.complaintkit.testkit;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.complaintkit.api.command.CommandResult;
import org.complaintkit.api.command.CommandType;
import org.complaintkit.api.command.IdempotencyKey;
import org.complaintkit.api.complaint.ComplaintId;
import org.complaintkit.api.complaint.ComplaintStatus;
import org.complaintkit.api.complaint.ContactMethod;
import org.complaintkit.api.complaint.Satisfaction;
import org.complaintkit.api.error.ComplaintKitException;
import org.complaintkit.api.error.ErrorCode;
import org.complaintkit.api.event.ComplaintEvent;
import org.complaintkit.api.organisation.Actor;
import org.complaintkit.api.organisation.Role;
import org.complaintkit.api.organisation.StaffId;
import org.complaintkit.core.calendar.BusinessCalendar;
import org.complaintkit.core.calendar.CalendarFile;
import org.complaintkit.core.complaint.ComplaintAggregate;
import org.complaintkit.core.engine.ComplaintEngine;
import org.complaintkit.core.engine.NotificationDispatcher;
import org.complaintkit.core.integrity.ChainVerifier;
import org.complaintkit.core.notification.NotificationSetup;
import org.complaintkit.core.sla.preset.ChinaCbirc;
import org.complaintkit.spi.storage.ComplaintQuery;
import org.complaintkit.spi.storage.ComplaintStore;
import org.complaintkit.api.command.HandlingCommand;
import org.complaintkit.spi.storage.OutboxStatus;
import java.util.HashMap;
import java.util.Set;

/**
 * A soak of one store: two engines (two nodes) on it, worker threads sending commands to a shared pool of
 * complaints (mostly the next step of each one's path, sometimes a side command, sometimes a command sent again
 * with its key), a sweeper and a dispatcher on each node, and simulated time running on so clocks warn and breach.
 * Bounded by a wall-clock length and a command count; loopback only. Afterwards every invariant is checked: each
 * command reported as applied is in its complaint's history exactly where the result said (no lost update, nothing
 * applied twice), every history folds, verifies and matches its index row, every notice is settled, and no thread
 * hung.
 */
public final class Soak {
    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final Actor MANAGER = Actor.staff(StaffId.of("S-5001"), Fixtures.BRANCH, Role.COMPLAINT_MANAGER);

    /** What a soak did and found. */
    public record Report(String store, Duration ran, long applied, long replays, long refused, long conflicts,
                         long sweeps, long notices, int complaints, long events, Duration settled, Duration checked,
                         long peakHeapMib, long liveHeapMib, List<String> problems) {
        /**
         * The report as one line, for the build's output and the docs.
         *
         * @return the figures and the number of problems
         */
        public String line() {
            return String.format("soak (%s): %d s, %d commands applied, %d replayed by key, %d refused by the rules,"
                            + " %d version conflicts, %d sweeps, %d notices delivered; %d complaints, %d events; "
                            + "settled in %d s, checked in %d s, peak heap %d MiB (%d MiB live at the end); "
                            + "%d problems", store,
                    ran.toSeconds(), applied, replays, refused, conflicts, sweeps, notices, complaints, events,
                    settled.toSeconds(), checked.toSeconds(), peakHeapMib, liveHeapMib, problems.size());
        }
    }

    /**
     * What an applied command's event must be found as in its history: its place and a digest of its content. Kept
     * instead of the command's result, whose state snapshot would hold a ten-minute run's every state in memory.
     */
    private record Expected(long sequence, int digest, String type, Instant at) {
        static Expected of(ComplaintEvent event) {
            return new Expected(event.sequence(), event.hashCode(), event.getClass().getSimpleName(),
                    event.occurredAt());
        }

        boolean matches(ComplaintEvent event) {
            return event.sequence() == sequence && event.hashCode() == digest
                    && event.getClass().getSimpleName().equals(type) && event.occurredAt().equals(at);
        }
    }

    /** The highest heap use seen by a sampler thread, every 200 ms, in MiB. */
    private static final class HeapPeak implements AutoCloseable {
        private final AtomicLong peak = new AtomicLong();
        private final Thread sampler;

        HeapPeak() {
            sampler = new Thread(() -> {
                while (!Thread.currentThread().isInterrupted()) {
                    sample();
                    try {
                        Thread.sleep(200);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "soak-heap-sampler");
            sampler.setDaemon(true);
            sampler.start();
        }

        void sample() {
            Runtime runtime = Runtime.getRuntime();
            peak.accumulateAndGet(runtime.totalMemory() - runtime.freeMemory(), Math::max);
        }

        long mib() {
            sample();
            return peak.get() / (1024 * 1024);
        }

        /** What is still reachable: the heap in use after a requested collection (a hint the JVM may ignore). */
        static long liveMib() {
            System.gc();
            Runtime runtime = Runtime.getRuntime();
            return (runtime.totalMemory() - runtime.freeMemory()) / (1024 * 1024);
        }

        @Override
        public void close() {
            sampler.interrupt();
        }
    }

    private Soak() {
    }

    private static final List<CommandType> SIDE = List.of(CommandType.RECORD_NEW_FACTS, CommandType.URGE,
            CommandType.PAUSE, CommandType.RESUME, CommandType.SEND_BACK, CommandType.WITHDRAW);

    private static CommandType next(ComplaintStatus status, Random random) {
        return switch (status) {
            case REGISTERED -> CommandType.ACCEPT;
            case ACCEPTED -> CommandType.ASSIGN;
            case ASSIGNED -> CommandType.START_INVESTIGATION;
            case INVESTIGATING -> random.nextInt(4) == 0 ? CommandType.PAUSE : CommandType.PROPOSE_RESOLUTION;
            case PAUSED -> CommandType.RESUME;
            case AWAITING_APPROVAL -> random.nextInt(5) == 0 ? CommandType.SEND_BACK
                    : CommandType.APPROVE_RESOLUTION;
            case RESOLVED -> CommandType.RESPOND;
            case RESPONDED -> random.nextBoolean() ? CommandType.RECORD_SATISFACTION : CommandType.CLOSE;
            default -> CommandType.RECORD_NEW_FACTS;
        };
    }

    private static Actor actor(CommandType type) {
        return switch (type) {
            case APPROVE_RESOLUTION, SEND_BACK -> Fixtures.APPROVER;
            case ASSIGN, URGE -> MANAGER;
            case WITHDRAW -> Fixtures.TELLER;
            default -> Fixtures.HANDLER;
        };
    }

    /**
     * Runs a soak.
     *
     * @param label the store's name, for the report
     * @param store the store, empty
     * @param length how long to run, by the wall clock
     * @param maxCommands the most commands to send
     * @param complaints how many complaints to share among the workers
     * @param workers how many command threads
     * @return the report; its problems list every broken invariant and unexpected error
     * @throws InterruptedException if interrupted
     */
    public static Report run(String label, ComplaintStore store, Duration length, long maxCommands, int complaints,
                             int workers) throws InterruptedException {
        MutableClock clock = new MutableClock(LocalDateTime.parse("2026-03-02T09:00").atZone(SHANGHAI).toInstant(),
                SHANGHAI);
        List<ComplaintEngine> nodes = new ArrayList<>();
        for (int n = 0; n < 2; n++) {
            nodes.add(ComplaintEngine.builder().clock(clock).store(store).discoverPlugins(false)
                    .calendar(BusinessCalendar.of(CalendarFile.mainlandChina())).policies(ChinaCbirc.policy())
                    .notifications(NotificationSetup.standard()).build());
        }
        List<String> problems = Collections.synchronizedList(new ArrayList<>());
        HeapPeak heap = new HeapPeak();
        // The pool the workers share holds a fixed number of complaints: a finished one's place goes to a new one.
        // Every complaint ever registered is kept for the check at the end.
        AtomicReferenceArray<ComplaintId> pool = new AtomicReferenceArray<>(complaints);
        List<ComplaintId> ids = Collections.synchronizedList(new ArrayList<>());
        for (int i = 0; i < complaints; i++) {
            pool.set(i, nodes.get(i % 2).execute(Fixtures.registration(clock.instant())).complaintId());
            ids.add(pool.get(i));
        }
        Map<ComplaintId, List<Expected>> applied = new ConcurrentHashMap<>();
        AtomicLong appliedCount = new AtomicLong();
        AtomicLong sent = new AtomicLong();
        AtomicLong replays = new AtomicLong();
        AtomicLong refused = new AtomicLong();
        AtomicLong conflicts = new AtomicLong();
        AtomicLong sweeps = new AtomicLong();
        AtomicLong notices = new AtomicLong();
        long start = System.nanoTime();
        long end = start + length.toNanos();
        ScriptedReceiver receiver = ScriptedReceiver.failing(n -> Math.floorMod(n.dedupeKey().hashCode(), 3));
        List<NotificationDispatcher> dispatchers = new ArrayList<>();
        for (ComplaintEngine node : nodes) {
            dispatchers.add(NotificationDispatcher.builder(node).sender(receiver).build());
        }
        ExecutorService threads = Executors.newFixedThreadPool(workers + 5);
        for (int w = 0; w < workers; w++) {
            Random random = new Random(w);
            ComplaintEngine node = nodes.get(w % 2);
            threads.submit(() -> {
                List<HandlingCommand> sentBefore = new ArrayList<>();
                while (System.nanoTime() < end && sent.incrementAndGet() <= maxCommands) {
                    int place = random.nextInt(complaints);
                    ComplaintId id = pool.get(place);
                    HandlingCommand command;
                    if (!sentBefore.isEmpty() && random.nextInt(10) == 0) {
                        command = sentBefore.get(random.nextInt(sentBefore.size()));     // the same key again
                    } else {
                        ComplaintStatus status;
                        try {
                            status = node.hostReads().find(id).orElseThrow().status();
                        } catch (ComplaintKitException e) {
                            problems.add("find failed: " + e.getMessage());
                            continue;
                        }
                        if (!status.isOpen()) {
                            // a finished complaint makes room for a new one, so the pool stays busy
                            try {
                                ComplaintId fresh = node.execute(Fixtures.registration(clock.instant()))
                                        .complaintId();
                                ids.add(fresh);
                                // another worker may have filled the place first: then the new one stays
                                // outside the pool (registered, checked at the end, worked on no further)
                                pool.compareAndSet(place, id, fresh);
                            } catch (ComplaintKitException e) {
                                problems.add("registration failed: " + e.getMessage());
                            }
                            continue;
                        }
                        CommandType type = random.nextInt(5) == 0 ? SIDE.get(random.nextInt(SIDE.size()))
                                : next(status, random);
                        command = Commands.of(type, id, actor(type), IdempotencyKey.of("soak-" + sent.get() + "-"
                                + random.nextInt(1_000_000)), new Commands.Payload(null, Satisfaction.SATISFIED,
                                type == CommandType.ASSIGN ? Fixtures.HANDLER_ID : null, null, "complex",
                                ContactMethod.SMS));
                        if (sentBefore.size() < 50) {
                            sentBefore.add(command);
                        }
                    }
                    try {
                        CommandResult result = node.execute(command);
                        if (result.replayed()) {
                            replays.incrementAndGet();
                        } else {
                            List<Expected> expected = applied.computeIfAbsent(command.complaintId(),
                                    k -> Collections.synchronizedList(new ArrayList<>()));
                            result.events().forEach(event -> expected.add(Expected.of(event)));
                            appliedCount.incrementAndGet();
                        }
                    } catch (ComplaintKitException e) {
                        if (e.has(ErrorCode.VERSION_CONFLICT)) {
                            conflicts.incrementAndGet();
                        } else if (e.has(ErrorCode.STORE_FAILURE) || e.has(ErrorCode.STORE_UNAVAILABLE)) {
                            problems.add("store failed: " + e.getMessage());
                        } else {
                            refused.incrementAndGet();
                        }
                    } catch (RuntimeException | Error e) {
                        problems.add("untyped " + e);
                    }
                }
                return null;
            });
        }
        for (int n = 0; n < 2; n++) {
            ComplaintEngine node = nodes.get(n);
            NotificationDispatcher dispatcher = dispatchers.get(n);
            threads.submit(() -> {
                while (System.nanoTime() < end && sent.get() <= maxCommands) {
                    try {
                        node.tick();
                        sweeps.incrementAndGet();
                        notices.addAndGet(dispatcher.dispatchDue().delivered());
                        Thread.sleep(2);
                    } catch (InterruptedException e) {
                        return null;
                    } catch (RuntimeException | Error e) {
                        problems.add("sweep or dispatch: " + e);
                    }
                }
                return null;
            });
        }
        threads.submit(() -> {
            while (System.nanoTime() < end && sent.get() <= maxCommands) {
                clock.advance(Duration.ofMinutes(20));
                Thread.sleep(5);
            }
            return null;
        });
        threads.shutdown();
        if (!threads.awaitTermination(length.toSeconds() + 120, TimeUnit.SECONDS)) {
            StringBuilder dump = new StringBuilder("threads still running (deadlock?):\n");
            for (Map.Entry<Thread, StackTraceElement[]> thread : Thread.getAllStackTraces().entrySet()) {
                dump.append(thread.getKey().getName()).append(' ').append(thread.getKey().getState()).append('\n');
                for (StackTraceElement frame : thread.getValue()) {
                    dump.append("    at ").append(frame).append('\n');
                }
            }
            problems.add(dump.toString());
            threads.shutdownNow();
        }
        Duration ran = Duration.ofNanos(System.nanoTime() - start);
        long settleStart = System.nanoTime();
        // settle: dispatch the backlog, moving time on only when nothing is due, until no notice is pending
        long settleBy = System.nanoTime() + Duration.ofMinutes(15).toNanos();
        for (int quiet = 0; System.nanoTime() < settleBy; ) {
            int leased = 0;
            for (NotificationDispatcher d : dispatchers) {
                var dispatched = d.dispatchDue();
                leased += dispatched.leased();
                notices.addAndGet(dispatched.delivered());
            }
            if (leased == 0) {
                if (store.outboxByStatus(OutboxStatus.PENDING, null, 1).isEmpty()
                        && ++quiet > 3) {
                    break;
                }
                clock.advance(Duration.ofMinutes(11));
                nodes.get(quiet % 2).tick();
            }
        }
        dispatchers.forEach(NotificationDispatcher::close);
        Duration settled = Duration.ofNanos(System.nanoTime() - settleStart);
        long checkStart = System.nanoTime();
        List<ComplaintId> all;
        synchronized (ids) {
            all = List.copyOf(ids);
        }
        long events = check(store, nodes.get(0), all, applied, problems);
        Duration checked = Duration.ofNanos(System.nanoTime() - checkStart);
        long peak = heap.mib();
        heap.close();
        long live = HeapPeak.liveMib();
        return new Report(label, ran, appliedCount.get(), replays.get(), refused.get(), conflicts.get(),
                sweeps.get(), notices.get(), all.size(), events, settled, checked, peak, live,
                List.copyOf(problems));
    }

    private static long check(ComplaintStore store, ComplaintEngine engine, List<ComplaintId> ids,
                              Map<ComplaintId, List<Expected>> applied, List<String> problems) {
        ChainVerifier verifier = new ChainVerifier(store, engine.sealer());
        Map<ComplaintId, ComplaintStatus> indexed = new HashMap<>();
        for (ComplaintStatus status : ComplaintStatus.values()) {
            ComplaintQuery query = ComplaintQuery.all(1_000).withStatuses(Set.of(status));
            while (true) {
                var page = store.query(query);
                page.ids().forEach(id -> indexed.put(id, status));
                if (page.next().isEmpty()) {
                    break;
                }
                query = query.after(page.next().get());
            }
        }
        long events = 0;
        for (ComplaintId id : ids) {
            List<ComplaintEvent> history = store.load(id);
            events += history.size();
            for (int i = 0; i < history.size(); i++) {
                if (history.get(i).sequence() != i + 1) {
                    problems.add(id + ": a gap at " + (i + 1));
                }
                if (i > 0 && history.get(i).occurredAt().isBefore(history.get(i - 1).occurredAt())) {
                    problems.add(id + ": time goes backwards at " + (i + 1));
                }
            }
            var verdict = verifier.verify(id);
            if (!verdict.intact()) {
                problems.add(id + ": " + verdict.firstBreak());
            }
            ComplaintStatus status = ComplaintAggregate.replay(history).status();
            if (indexed.get(id) != status) {
                problems.add(id + ": the index row's status " + indexed.get(id) + " is not the history's " + status);
            }
            for (Expected event : applied.getOrDefault(id, List.of())) {
                if (event.sequence() > history.size() || !event.matches(history.get((int) event.sequence() - 1))) {
                    problems.add(id + ": an applied command's event " + event.sequence() + " (" + event.type()
                            + " at " + event.at() + ") is not in the history, which has "
                            + (event.sequence() > history.size() ? "no such event" : history.get(
                                    (int) event.sequence() - 1).getClass().getSimpleName() + " at "
                                    + history.get((int) event.sequence() - 1).occurredAt() + " by "
                                    + history.get((int) event.sequence() - 1).actor().staffId()));
                }
            }
        }
        for (var entry : store.outboxByStatus(OutboxStatus.PENDING, null, 5)) {
            problems.add("a notice still pending after settling: attempts " + entry.attempts() + ", next at "
                    + entry.nextAttemptAt() + ", leased until " + entry.leasedUntil());
        }
        return events;
    }
}
