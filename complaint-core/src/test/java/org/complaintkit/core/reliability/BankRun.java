package org.complaintkit.core.reliability;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.complaintkit.api.command.CommandType;
import org.complaintkit.api.command.IdempotencyKey;
import org.complaintkit.api.command.RegisterComplaint;
import org.complaintkit.api.complaint.Channel;
import org.complaintkit.api.complaint.ComplaintId;
import org.complaintkit.api.complaint.ComplaintSubject;
import org.complaintkit.api.complaint.ContactMethod;
import org.complaintkit.api.complaint.Sensitive;
import org.complaintkit.api.error.StoreException;
import org.complaintkit.api.organisation.Actor;
import org.complaintkit.api.organisation.Role;
import org.complaintkit.api.organisation.StaffId;
import org.complaintkit.core.calendar.BusinessCalendar;
import org.complaintkit.core.calendar.CalendarFile;
import org.complaintkit.core.engine.ComplaintEngine;
import org.complaintkit.core.engine.NotificationDispatcher;
import org.complaintkit.core.notification.NotificationSetup;
import org.complaintkit.core.notification.RetryPolicy;
import org.complaintkit.core.sla.preset.ChinaCbirc;
import org.complaintkit.testkit.Commands;
import org.complaintkit.testkit.Fixtures;
import org.complaintkit.testkit.MutableClock;
import org.complaintkit.testkit.ScriptedReceiver;
import org.complaintkit.spi.notification.NotificationSender;
import org.complaintkit.spi.storage.ComplaintStore;

/**
 * A fixed bank fortnight for fault injection: two complaints on the CBIRC clocks with notices on, commands an hour
 * apart, a sweep and a dispatch after each, a wait long enough for warnings and breaches, then a drain. Every
 * operation that fails with a store error is tried again at once with the same command (so the same idempotency
 * key), up to three times; whatever a failed sweep or dispatch left leased is taken by the drain's rounds, which
 * run after every lease has run out. Ids come from the registration's idempotency key, so two runs name their
 * complaints alike.
 */
final class BankRun {
    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final Actor MANAGER = Actor.staff(StaffId.of("S-5001"), Fixtures.BRANCH, Role.COMPLAINT_MANAGER);

    final MutableClock clock = new MutableClock(LocalDateTime.parse("2026-03-02T09:00").atZone(SHANGHAI).toInstant(),
            SHANGHAI);
    final ComplaintStore store;
    final ComplaintEngine engine;
    final NotificationDispatcher dispatcher;
    final List<ComplaintId> complaints = new ArrayList<>();
    /** Store errors seen and retried, by operation. */
    final Map<String, Integer> retried = new LinkedHashMap<>();
    private int keys;
    private Instant script;

    BankRun(ComplaintStore store, NotificationSender sender) {
        this(store, sender, ComplaintEngine.DEFAULT_HISTORY_CACHE);
    }

    /** With a history cache of this size; 0 makes every command read its history from the store. */
    BankRun(ComplaintStore store, NotificationSender sender, int historyCache) {
        this.store = store;
        this.script = clock.instant();
        this.engine = ComplaintEngine.builder().clock(clock).store(store).discoverPlugins(false)
                .calendar(BusinessCalendar.of(CalendarFile.mainlandChina())).policies(ChinaCbirc.policy())
                .notifications(NotificationSetup.standard())
                .idSource(registration -> ComplaintId.of("C-" + registration.idempotencyKey().value()))
                .historyCache(historyCache).build();
        this.dispatcher = NotificationDispatcher.builder(engine).sender(sender)
                .retry(new RetryPolicy(6, Duration.ofMinutes(1), 2.0, Duration.ofMinutes(10)))
                .lease(Duration.ofSeconds(30)).build();
    }

    static BankRun reliable(ComplaintStore store) {
        return new BankRun(store, ScriptedReceiver.reliable());
    }

    private IdempotencyKey key() {
        return IdempotencyKey.of("k-" + (++keys));
    }

    /** Runs an operation, trying it again at once after a store error, up to three tries. */
    private void attempt(String name, Runnable operation) {
        for (int attempt = 1; ; attempt++) {
            try {
                operation.run();
                return;
            } catch (StoreException e) {
                retried.merge(name, 1, Integer::sum);
                if (attempt == 3) {
                    throw e;
                }
            }
        }
    }

    /**
     * Runs an operation at the script's instant, then the scheduler: a sweep and a dispatch, and again every 61
     * seconds (past the sweep's and the dispatcher's leases) while the last round failed or notices are pending, as
     * a scheduler running every minute would. The script's instants do not move with these rounds.
     */
    private void command(String name, Runnable operation) {
        clock.set(script);
        attempt(name, operation);
        for (int round = 0; round < 20; round++) {
            boolean failed = false;
            try {
                engine.tick();
            } catch (StoreException e) {
                retried.merge("sweep", 1, Integer::sum);
                failed = true;
            }
            try {
                dispatcher.dispatchDue();
            } catch (StoreException e) {
                retried.merge("dispatch", 1, Integer::sum);
                failed = true;
            }
            if (!failed && !pending()) {
                return;
            }
            clock.advance(Duration.ofSeconds(61));
        }
        throw new AssertionError("the scheduler did not settle in 20 rounds");
    }

    private boolean pending() {
        for (int attempt = 0; ; attempt++) {
            try {
                return !store.outboxByStatus(org.complaintkit.spi.storage.OutboxStatus.PENDING, null, 1).isEmpty();
            } catch (StoreException e) {
                if (attempt == 2) {
                    throw e;
                }
            }
        }
    }

    /** Moves the script's own time on; commands run at the script's instants, whatever the scheduler did. */
    private void later(Duration by) {
        script = script.plus(by);
    }

    private void move(ComplaintId id, CommandType type, Actor actor) {
        later(Duration.ofHours(1));
        IdempotencyKey key = key();
        command(type.name(), () -> engine.execute(Commands.of(type, id, actor, key,
                new Commands.Payload(null, org.complaintkit.api.complaint.Satisfaction.SATISFIED,
                        type == CommandType.ASSIGN ? Fixtures.HANDLER_ID : null, null, "complex", ContactMethod.SMS))));
    }

    private ComplaintId register(String text) {
        later(Duration.ofMinutes(10));
        IdempotencyKey key = key();
        RegisterComplaint registration = new RegisterComplaint(Fixtures.TELLER, key, Fixtures.complainant(),
                Channel.COUNTER, script, Fixtures.OUTLET, List.of(ComplaintSubject.product("CASH-WITHDRAWAL")),
                Sensitive.of(text), Sensitive.of("要求道歉"), null);
        command("REGISTER", () -> engine.execute(registration));
        ComplaintId id = ComplaintId.of("C-" + key.value());
        complaints.add(id);
        return id;
    }

    /** The fortnight, then the drain. */
    BankRun play() {
        ComplaintId answered = register("柜员态度恶劣");
        ComplaintId waiting = register("取款机吞卡");
        for (ComplaintId id : List.of(answered, waiting)) {
            move(id, CommandType.ACCEPT, Fixtures.HANDLER);
            move(id, CommandType.ASSIGN, MANAGER);
            move(id, CommandType.START_INVESTIGATION, Fixtures.HANDLER);
        }
        move(answered, CommandType.PAUSE, Fixtures.HANDLER);
        move(answered, CommandType.RESUME, Fixtures.HANDLER);
        move(answered, CommandType.PROPOSE_RESOLUTION, Fixtures.HANDLER);
        move(answered, CommandType.APPROVE_RESOLUTION, Fixtures.APPROVER);
        later(Duration.ofHours(1));
        IdempotencyKey respondKey = key();
        command("RESPOND", () -> engine.execute(new org.complaintkit.api.command.RespondToCustomer(answered,
                Fixtures.HANDLER, respondKey, Sensitive.of("已致歉并办理取现。"), Sensitive.of("依据"), null,
                ContactMethod.SMS)));
        move(answered, CommandType.RECORD_SATISFACTION, Fixtures.HANDLER);
        for (Duration wait : List.of(Duration.ofDays(3), Duration.ofDays(6), Duration.ofDays(9))) {
            later(wait);
            command("wait", () -> { });
        }
        move(waiting, CommandType.URGE, MANAGER);
        return drain();
    }

    /** A last round of the scheduler an hour after the script's end. */
    BankRun drain() {
        later(Duration.ofHours(1));
        command("drain", () -> { });
        return this;
    }

    void each(Consumer<ComplaintId> check) {
        complaints.forEach(check);
    }

    Instant now() {
        return clock.instant();
    }
}
