package org.complaintkit.core.engine;

import static org.junit.jupiter.api.Assertions.*;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.complaintkit.api.command.CommandResult;
import org.complaintkit.api.command.IdempotencyKey;
import org.complaintkit.api.command.RecordNewFacts;
import org.complaintkit.api.complaint.ComplaintId;
import org.complaintkit.api.complaint.Sensitive;
import org.complaintkit.api.error.ErrorCode;
import org.complaintkit.api.error.StoreException;
import org.complaintkit.api.event.ComplaintEvent;
import org.complaintkit.testkit.Fixtures;
import org.complaintkit.testkit.MutableClock;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ConcurrencyTest {
    private static final int THREADS = 8;
    private static final int COMPLAINTS = 5;
    private static final int COMMANDS_PER_THREAD = 400;

    private final MutableClock clock = MutableClock.at("2026-03-02T01:30:00Z");
    private final ComplaintEngine engine = ComplaintEngine.builder().clock(clock).discoverPlugins(false).build();

    @Test
    void many_threads_on_shared_complaints_lose_no_update_and_every_loser_gets_a_conflict() throws Exception {
        List<ComplaintId> ids = new ArrayList<>();
        for (int i = 0; i < COMPLAINTS; i++) {
            ids.add(engine.execute(Fixtures.registration(clock.instant())).complaintId());
        }
        ConcurrentHashMap<ComplaintId, AtomicInteger> successes = new ConcurrentHashMap<>();
        ConcurrentHashMap<String, ComplaintId> keysAccepted = new ConcurrentHashMap<>();
        AtomicInteger conflicts = new AtomicInteger();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        List<Future<?>> futures = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            int thread = t;
            futures.add(pool.submit(() -> {
                start.await();
                for (int n = 0; n < COMMANDS_PER_THREAD; n++) {
                    ComplaintId id = ids.get(ThreadLocalRandom.current().nextInt(COMPLAINTS));
                    String key = "t" + thread + "-" + n;
                    try {
                        CommandResult result = engine.execute(
                                new RecordNewFacts(id, Fixtures.HANDLER, IdempotencyKey.of(key), Sensitive.of(key)));
                        assertFalse(result.replayed(), "a fresh key is never answered with a replay");
                        successes.computeIfAbsent(id, k -> new AtomicInteger()).incrementAndGet();
                        keysAccepted.put(key, id);
                    } catch (StoreException e) {
                        assertEquals(ErrorCode.VERSION_CONFLICT, e.code());
                        conflicts.incrementAndGet();
                    }
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> f : futures) {
            f.get(60, TimeUnit.SECONDS);
        }
        pool.shutdown();
        int total = 0;
        for (ComplaintId id : ids) {
            List<ComplaintEvent> history = engine.hostReads().history(id);
            int won = successes.getOrDefault(id, new AtomicInteger()).get();
            assertEquals(1 + won, history.size(), "every accepted command is in the history, no more, no less");
            for (int i = 0; i < history.size(); i++) {
                assertEquals(i + 1, history.get(i).sequence());
            }
            long facts = history.stream().filter(e -> e instanceof org.complaintkit.api.event.NewFactsRecorded).count();
            assertEquals(won, facts);
            total += won;
        }
        assertEquals(THREADS * COMMANDS_PER_THREAD, total + conflicts.get());
        assertEquals(total, keysAccepted.size());
    }

    @Test
    void one_command_sent_by_many_threads_at_once_is_applied_exactly_once() throws Exception {
        ComplaintId id = engine.execute(Fixtures.registration(clock.instant())).complaintId();
        RecordNewFacts command = new RecordNewFacts(id, Fixtures.HANDLER, IdempotencyKey.of("retry-storm"),
                Sensitive.of("the same facts"));
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        List<Future<CommandResult>> results = new ArrayList<>();
        for (int t = 0; t < THREADS * 4; t++) {
            results.add(pool.submit(() -> {
                start.await();
                return engine.execute(command);
            }));
        }
        start.countDown();
        int fresh = 0;
        for (Future<CommandResult> f : results) {
            CommandResult r = f.get(60, TimeUnit.SECONDS);
            assertEquals(2, r.version());
            fresh += r.replayed() ? 0 : 1;
        }
        pool.shutdown();
        assertEquals(1, fresh);
        assertEquals(2, engine.hostReads().history(id).size());
    }
}
