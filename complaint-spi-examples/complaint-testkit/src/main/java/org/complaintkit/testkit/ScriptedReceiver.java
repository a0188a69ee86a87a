package org.complaintkit.testkit;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.ToIntFunction;
import org.complaintkit.spi.notification.Notification;
import org.complaintkit.spi.notification.NotificationSender;
import org.complaintkit.spi.notification.SendOutcome;
import java.util.Collections;

/**
 * A sender and receiver in one, for fault injection: each notice fails a scripted number of times
 * before it is accepted (or always), may hang, and the receiver honours the dedupe key, so
 * {@link #accepted()} counts each notice once however often it arrives.
 */
public final class ScriptedReceiver implements NotificationSender {
    private final ToIntFunction<Notification> failuresBeforeSuccess;
    private final Map<String, AtomicInteger> attempts = new ConcurrentHashMap<>();
    private final Map<String, Notification> accepted = new ConcurrentHashMap<>();
    private final List<Notification> arrivals = Collections.synchronizedList(new ArrayList<>());
    private final AtomicInteger duplicates = new AtomicInteger();
    private volatile Duration hang = Duration.ZERO;
    private volatile boolean down;

    private ScriptedReceiver(ToIntFunction<Notification> failuresBeforeSuccess) {
        this.failuresBeforeSuccess = failuresBeforeSuccess;
    }

    /** Accepts every notice at once. */
    public static ScriptedReceiver reliable() {
        return new ScriptedReceiver(n -> 0);
    }

    /** Fails each notice this many times, then accepts it. */
    public static ScriptedReceiver failingFirst(int times) {
        return new ScriptedReceiver(n -> times);
    }

    /** Fails each notice as often as the function says, then accepts it. */
    public static ScriptedReceiver failing(ToIntFunction<Notification> times) {
        return new ScriptedReceiver(times);
    }

    /** Fails every attempt until {@link #repair()}. */
    public static ScriptedReceiver down() {
        ScriptedReceiver receiver = reliable();
        receiver.down = true;
        return receiver;
    }

    /** Takes this long before answering each attempt from now on. */
    public ScriptedReceiver hanging(Duration time) {
        this.hang = time;
        return this;
    }

    /** Ends an outage and any hang. */
    public void repair() {
        down = false;
        hang = Duration.ZERO;
    }

    @Override
    public SendOutcome send(Notification notification) {
        int attempt = attempts.computeIfAbsent(notification.dedupeKey(), k -> new AtomicInteger()).incrementAndGet();
        if (!hang.isZero()) {
            try {
                Thread.sleep(hang.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return SendOutcome.failed("interrupted");
            }
        }
        if (down || attempt <= failuresBeforeSuccess.applyAsInt(notification)) {
            return SendOutcome.failed("scripted failure " + attempt);
        }
        arrivals.add(notification);
        if (accepted.putIfAbsent(notification.dedupeKey(), notification) != null) {
            duplicates.incrementAndGet();
        }
        return SendOutcome.delivered("ref-" + notification.dedupeKey() + "#" + attempt);
    }

    @Override
    public String channel() {
        return "scripted";
    }

    /** The notices accepted, once each, by dedupe key. */
    public Map<String, Notification> accepted() {
        return Map.copyOf(accepted);
    }

    /** Every arrival, duplicates included. */
    public List<Notification> arrivals() {
        synchronized (arrivals) {
            return List.copyOf(arrivals);
        }
    }

    /** Arrivals the receiver dropped by dedupe key. */
    public int duplicates() {
        return duplicates.get();
    }

    /** Attempts made for a notice. */
    public int attempts(String dedupeKey) {
        AtomicInteger count = attempts.get(dedupeKey);
        return count == null ? 0 : count.get();
    }

    /** The keys accepted. */
    public Set<String> keys() {
        return Set.copyOf(accepted.keySet());
    }
}
