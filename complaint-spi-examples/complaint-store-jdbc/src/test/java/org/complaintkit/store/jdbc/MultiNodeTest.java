package org.complaintkit.store.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.zaxxer.hikari.HikariDataSource;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.complaintkit.api.command.CommandResult;
import org.complaintkit.api.command.CommandType;
import org.complaintkit.api.complaint.ComplaintId;
import org.complaintkit.api.complaint.ContactMethod;
import org.complaintkit.api.error.ComplaintKitException;
import org.complaintkit.api.error.ErrorCode;
import org.complaintkit.api.event.ClockChanged;
import org.complaintkit.api.event.ComplaintEvent;
import org.complaintkit.api.event.NoticeDelivered;
import org.complaintkit.api.organisation.Actor;
import org.complaintkit.api.organisation.Role;
import org.complaintkit.api.organisation.StaffId;
import org.complaintkit.api.sla.ClockChange;
import org.complaintkit.core.calendar.BusinessCalendar;
import org.complaintkit.core.calendar.CalendarFile;
import org.complaintkit.core.engine.ComplaintEngine;
import org.complaintkit.core.engine.NotificationDispatcher;
import org.complaintkit.core.engine.SweepReport;
import org.complaintkit.core.notification.NotificationSetup;
import org.complaintkit.core.sla.preset.ChinaCbirc;
import org.complaintkit.testkit.Commands;
import org.complaintkit.testkit.Fixtures;
import org.complaintkit.testkit.MutableClock;
import org.complaintkit.testkit.ScriptedReceiver;
import org.complaintkit.spi.storage.OutboxStatus;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/**
 * Two application nodes, each an engine with its own connection pool, on one PostgreSQL database: commands on
 * shared complaints from both, sweeps and dispatchers on both, all at once, while simulated time runs on.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class MultiNodeTest {
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final Actor MANAGER = Actor.staff(StaffId.of("S-5001"), Fixtures.BRANCH, Role.COMPLAINT_MANAGER);
    private static final int COMPLAINTS = 40;

    /** A command by its usual actor, with the handler named on assignment and a written decision by SMS. */
    private static org.complaintkit.api.command.HandlingCommand command(CommandType type, ComplaintId id) {
        Actor actor = switch (type) {
            case ASSIGN, URGE -> MANAGER;
            case APPROVE_RESOLUTION -> Fixtures.APPROVER;
            default -> Fixtures.HANDLER;
        };
        return Commands.of(type, id, actor, Fixtures.key(), new Commands.Payload(null,
                org.complaintkit.api.complaint.Satisfaction.SATISFIED, Fixtures.HANDLER_ID, null, "complex",
                ContactMethod.SMS));
    }

    private static final List<CommandType> MOVES = List.of(CommandType.ACCEPT, CommandType.ASSIGN,
            CommandType.START_INVESTIGATION, CommandType.RECORD_NEW_FACTS, CommandType.URGE, CommandType.PROPOSE_RESOLUTION,
            CommandType.APPROVE_RESOLUTION, CommandType.RESPOND, CommandType.RECORD_SATISFACTION, CommandType.CLOSE);

    /** The command that moves a complaint on from its status as this node reads it, or a side command. */
    private static CommandType next(ComplaintEngine engine, ComplaintId id, Random random) {
        if (random.nextInt(4) == 0) {
            return MOVES.get(random.nextInt(MOVES.size()));
        }
        return switch (engine.hostReads().find(id).orElseThrow().status()) {
            case REGISTERED -> CommandType.ACCEPT;
            case ACCEPTED -> CommandType.ASSIGN;
            case ASSIGNED -> CommandType.START_INVESTIGATION;
            case INVESTIGATING -> random.nextBoolean() ? CommandType.PROPOSE_RESOLUTION : CommandType.RECORD_NEW_FACTS;
            case AWAITING_APPROVAL -> CommandType.APPROVE_RESOLUTION;
            case RESOLVED -> CommandType.RESPOND;
            case RESPONDED -> random.nextBoolean() ? CommandType.RECORD_SATISFACTION : CommandType.CLOSE;
            default -> CommandType.URGE;
        };
    }

    private static ComplaintEngine node(JdbcComplaintStore store, MutableClock clock) {
        return ComplaintEngine.builder().clock(clock).store(store).discoverPlugins(false)
                .calendar(BusinessCalendar.of(CalendarFile.mainlandChina())).policies(ChinaCbirc.policy())
                .notifications(NotificationSetup.standard()).build();
    }

    @Test
    void two_nodes_on_one_database_lose_no_update_fire_each_clock_once_and_deliver_every_notice() throws Exception {
        Databases.wipe(Databases.postgres());
        MutableClock clock = new MutableClock(LocalDateTime.parse("2026-03-02T09:00").atZone(SHANGHAI).toInstant(),
                SHANGHAI);
        ScriptedReceiver receiver = ScriptedReceiver.failing(n -> Math.floorMod(n.dedupeKey().hashCode(), 3));
        try (HikariDataSource poolA = Databases.postgresNode("node-a", 4);
             HikariDataSource poolB = Databases.postgresNode("node-b", 4)) {
            ComplaintEngine a = node(JdbcComplaintStore.of(poolA), clock);
            ComplaintEngine b = node(JdbcComplaintStore.of(poolB), clock);
            List<ComplaintId> ids = new ArrayList<>();
            for (int i = 0; i < COMPLAINTS; i++) {
                ids.add((i % 2 == 0 ? a : b).execute(Fixtures.registration(clock.instant())).complaintId());
            }

            Map<String, ComplaintEvent> acknowledged = new ConcurrentHashMap<>();
            AtomicInteger commands = new AtomicInteger();
            AtomicInteger conflicts = new AtomicInteger();
            AtomicInteger refusals = new AtomicInteger();
            AtomicInteger sweepConflicts = new AtomicInteger();
            AtomicInteger unrecorded = new AtomicInteger();
            AtomicBoolean running = new AtomicBoolean(true);
            ExecutorService threads = Executors.newFixedThreadPool(8);
            List<Future<?>> work = new ArrayList<>();
            try (NotificationDispatcher dispatchA = NotificationDispatcher.builder(a).sender(receiver)
                    .lease(Duration.ofMinutes(5)).build();
                 NotificationDispatcher dispatchB = NotificationDispatcher.builder(b).sender(receiver)
                         .lease(Duration.ofMinutes(5)).build()) {
                for (int w = 0; w < 4; w++) {
                    ComplaintEngine engine = w % 2 == 0 ? a : b;
                    Random random = new Random(w);
                    work.add(threads.submit(() -> {
                        for (int n = 0; n < 120; n++) {
                            ComplaintId id = ids.get(random.nextInt(ids.size()));
                            CommandType type = next(engine, id, random);
                            try {
                                CommandResult result = engine.execute(command(type, id));
                                for (ComplaintEvent event : result.events()) {
                                    acknowledged.put(id + "#" + event.sequence(), event);
                                }
                                commands.incrementAndGet();
                            } catch (ComplaintKitException e) {
                                (e.has(ErrorCode.VERSION_CONFLICT) ? conflicts : refusals).incrementAndGet();
                            }
                        }
                        return null;
                    }));
                }
                for (ComplaintEngine engine : List.of(a, b)) {
                    work.add(threads.submit(() -> {
                        while (running.get()) {
                            SweepReport report = engine.tick();
                            sweepConflicts.addAndGet(report.conflicts());
                        }
                        return null;
                    }));
                }
                for (NotificationDispatcher dispatcher : List.of(dispatchA, dispatchB)) {
                    work.add(threads.submit(() -> {
                        while (running.get()) {
                            unrecorded.addAndGet(dispatcher.dispatchDue().unrecorded());
                        }
                        return null;
                    }));
                }
                // simulated time runs on: four hours every 20 ms, while the command threads work
                while (!work.subList(0, 4).stream().allMatch(Future::isDone)) {
                    clock.advance(Duration.ofHours(4));
                    Thread.sleep(20);
                }
                for (int day = 0; day < 80; day++) {
                    clock.advance(Duration.ofHours(12));
                    Thread.sleep(5);
                }
                running.set(false);
                for (Future<?> f : work) {
                    f.get(2, TimeUnit.MINUTES);
                }
                // settle: both nodes sweep and dispatch until nothing is left
                for (int round = 0; round < 20; round++) {
                    clock.advance(Duration.ofHours(1));
                    a.tick();
                    b.tick();
                    dispatchA.dispatchDue();
                    dispatchB.dispatchDue();
                }
            } finally {
                threads.shutdownNow();
            }

            JdbcComplaintStore reader = JdbcComplaintStore.of(Databases.postgres());
            int stored = 0;
            int warnings = 0;
            int breaches = 0;
            int ledger = 0;
            for (ComplaintId id : ids) {
                List<ComplaintEvent> history = reader.load(id);
                stored += history.size();
                for (int i = 0; i < history.size(); i++) {
                    assertEquals(i + 1, history.get(i).sequence(), "gapless");
                }
                Map<String, Integer> fired = new HashMap<>();
                for (ComplaintEvent event : history) {
                    if (event instanceof ClockChanged c && (c.change() == ClockChange.WARNED
                            || c.change() == ClockChange.OVERDUE)) {
                        String key = c.clockId() + " " + c.change() + " " + c.deadline() + " " + c.reason();
                        fired.merge(key, 1, Integer::sum);
                        if (c.change() == ClockChange.WARNED) {
                            warnings++;
                        } else {
                            breaches++;
                        }
                    }
                    if (event instanceof NoticeDelivered) {
                        ledger++;
                    }
                }
                fired.forEach((key, count) -> assertEquals(1, count, () -> id + ": fired more than once: " + key + "\n"
                        + String.join("\n", history.stream().map(e -> e.sequence() + " " + e.getClass().getSimpleName()
                        + " " + e.occurredAt() + " " + e.actor().staffId() + (e instanceof ClockChanged c ? " " + c.clockId()
                        + " " + c.change() + " " + c.deadline() + " " + c.reason() : "")).toList())));
                Map<String, Integer> deliveredPerKey = new HashMap<>();
                history.stream().filter(NoticeDelivered.class::isInstance).map(NoticeDelivered.class::cast)
                        .forEach(d -> deliveredPerKey.merge(d.dedupeKey(), 1, Integer::sum));
                deliveredPerKey.forEach((key, count) -> assertEquals(1, count, "one ledger entry per notice: " + key));
            }
            for (Map.Entry<String, ComplaintEvent> entry : acknowledged.entrySet()) {
                ComplaintEvent event = entry.getValue();
                List<ComplaintEvent> history = reader.load(event.complaintId());
                assertEquals(event, history.get((int) event.sequence() - 1), "an acknowledged event is stored: " + entry.getKey());
            }
            assertEquals(List.of(), reader.outboxByStatus(OutboxStatus.PENDING, null, 10), "every notice delivered");
            assertEquals(List.of(), reader.outboxByStatus(OutboxStatus.DEAD, null, 10));
            Set<String> delivered = new java.util.HashSet<>();
            String after = null;
            while (true) {
                var page = reader.outboxByStatus(OutboxStatus.DELIVERED, after, 500);
                page.forEach(entry -> delivered.add(entry.dedupeKey()));
                if (page.size() < 500) {
                    break;
                }
                after = page.get(page.size() - 1).dedupeKey();
            }
            assertEquals(delivered, receiver.keys(), "the receiver got every notice the outbox delivered");
            assertEquals(ledger, delivered.size(), "the ledger holds one entry per delivered notice");
            assertTrue(commands.get() > 200, "commands succeeded: " + commands.get());
            assertTrue(breaches > 0 && warnings > 0, "clocks fired: " + warnings + " warnings, " + breaches + " breaches");
            System.out.printf("multi-node: %d commands applied, %d version conflicts, %d refused by the rules, "
                            + "%d sweep conflicts, %d notice outcomes left to a later lease under contention; %d events stored; %d warnings and %d breaches, each once; %d notices "
                            + "delivered, %d duplicates at the receiver%n", commands.get(), conflicts.get(), refusals.get(),
                    sweepConflicts.get(), unrecorded.get(), stored, warnings, breaches, delivered.size(), receiver.duplicates());
        }
    }
}
