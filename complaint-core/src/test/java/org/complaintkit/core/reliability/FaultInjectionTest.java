package org.complaintkit.core.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.complaintkit.core.store.InMemoryComplaintStore;
import org.complaintkit.testkit.FaultyStore;
import org.complaintkit.testkit.ScriptedReceiver;
import org.complaintkit.spi.notification.Notification;
import org.complaintkit.spi.notification.NotificationSender;
import org.complaintkit.spi.notification.SendOutcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A fortnight of two complaints ({@link BankRun}) cut off at every step it has: the store fails at each of its
 * calls in turn, before the call takes effect or after (a timeout whose work was done); the sender fails, throws
 * or answers late. After the retries and the drain, every run must end as the undisturbed run ends: no accepted
 * command lost or applied twice, no history half written or broken, every clock and every notice the same.
 */
class FaultInjectionTest {

    @ParameterizedTest(name = "history cache {0}")
    @ValueSource(ints = {0, 4_096})
    void a_store_failing_before_or_after_any_of_its_calls_changes_nothing_in_the_end(int historyCache) {
        FaultyStore counting = FaultyStore.counting(new InMemoryComplaintStore());
        BankRun clean = new BankRun(counting, ScriptedReceiver.reliable(), historyCache).play();
        int calls = counting.calls();
        Outcome expected = Outcome.of(clean);
        Map<String, AtomicInteger> byStep = new TreeMap<>();
        int points = 0;
        for (FaultyStore.When when : FaultyStore.When.values()) {
            for (int n = 1; n <= calls; n++) {
                FaultyStore store = new FaultyStore(new InMemoryComplaintStore(), n, when);
                BankRun run = new BankRun(store, ScriptedReceiver.reliable(), historyCache).play();
                int at = n;
                Outcome outcome = Outcome.of(run);
                assertEquals("", expected.differences(outcome), () -> "store failing " + when + " call " + at + " ("
                        + store.steps().get(at - 1) + "), retried " + run.retried);
                byStep.computeIfAbsent(when + " " + store.steps().get(n - 1), k -> new AtomicInteger()).incrementAndGet();
                points++;
            }
        }
        assertEquals(2 * calls, points);
        assertTrue(calls > 100, "a fortnight of commands, sweeps and deliveries makes " + calls + " store calls");
        System.out.printf("fault points (store, history cache %d): %d = %d calls x before/after; by step %s%n",
                historyCache, points, calls, byStep);
    }

    @Test
    void a_sender_that_fails_throws_or_hangs_for_any_one_notice_changes_nothing_in_the_end() {
        BankRun clean = BankRun.reliable(new InMemoryComplaintStore()).play();
        Outcome expected = Outcome.of(clean);
        ScriptedReceiver counted = ScriptedReceiver.reliable();
        new BankRun(new InMemoryComplaintStore(), counted).play();
        int notices = counted.keys().size();
        int points = 0;
        for (Misbehaviour kind : Misbehaviour.values()) {
            for (int n = 1; n <= notices; n++) {
                Disturbed sender = new Disturbed(n, kind);
                BankRun run = new BankRun(new InMemoryComplaintStore(), sender).play();
                int at = n;
                assertEquals("", expected.differences(Outcome.of(run)), () -> "sender " + kind + " on notice " + at);
                assertEquals(withoutSequence(counted.keys()), withoutSequence(sender.receiver.keys()),
                        "every notice arrived");
                points++;
            }
        }
        assertTrue(notices > 10, notices + " notices");
        System.out.printf("fault points (sender): %d = %d notices x %d misbehaviours%n", points, notices,
                Misbehaviour.values().length);
    }

    /** Dedupe keys ("complaint/sequence/type/recipient") without the source event's sequence number, which
     * the failure events recorded before it may shift. */
    private static java.util.List<String> withoutSequence(java.util.Set<String> keys) {
        return keys.stream().map(k -> k.replaceFirst("/\\d+/", "/")).sorted().toList();
    }

    enum Misbehaviour {
        /** Answers "failed" three times, then delivers. */
        FAILS_THRICE,
        /** Throws an exception of its own, then delivers. */
        THROWS,
        /** Delivers but never says so (the answer comes after the dispatcher's timeout), then delivers again. */
        ANSWERS_TOO_LATE
    }

    /** A reliable receiver behind a sender that misbehaves for the n-th distinct notice it is handed. */
    private static final class Disturbed implements NotificationSender {
        final ScriptedReceiver receiver = ScriptedReceiver.reliable();
        private final Map<String, Integer> order = new LinkedHashMap<>();
        private final Map<String, AtomicInteger> tries = new LinkedHashMap<>();
        private final int victim;
        private final Misbehaviour kind;

        Disturbed(int victim, Misbehaviour kind) {
            this.victim = victim;
            this.kind = kind;
        }

        @Override
        public synchronized SendOutcome send(Notification notification) {
            int place = order.computeIfAbsent(notification.dedupeKey(), k -> order.size() + 1);
            int attempt = tries.computeIfAbsent(notification.dedupeKey(), k -> new AtomicInteger()).incrementAndGet();
            if (place == victim) {
                switch (kind) {
                    case FAILS_THRICE -> {
                        if (attempt <= 3) {
                            return SendOutcome.failed("scripted failure " + attempt);
                        }
                    }
                    case THROWS -> {
                        if (attempt == 1) {
                            throw new IllegalStateException("the gateway's client broke");
                        }
                    }
                    case ANSWERS_TOO_LATE -> {
                        if (attempt == 1) {
                            receiver.send(notification);
                            return null;   // as the dispatcher sees a timed-out call: no outcome
                        }
                    }
                }
            }
            return receiver.send(notification);
        }

        @Override
        public String channel() {
            return "disturbed";
        }
    }
}
