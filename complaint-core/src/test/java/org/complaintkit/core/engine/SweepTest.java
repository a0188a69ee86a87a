package org.complaintkit.core.engine;

import static org.junit.jupiter.api.Assertions.*;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.complaintkit.api.command.AcceptComplaint;
import org.complaintkit.api.command.CommandType;
import org.complaintkit.api.command.PauseHandling;
import org.complaintkit.api.command.RecordNewFacts;
import org.complaintkit.api.complaint.ComplaintId;
import org.complaintkit.api.complaint.PauseReason;
import org.complaintkit.api.complaint.Sensitive;
import org.complaintkit.api.event.ClockChanged;
import org.complaintkit.api.sla.ClockChange;
import org.complaintkit.api.sla.ClockDefinition;
import org.complaintkit.api.sla.ClockTarget;
import org.complaintkit.api.sla.Milestone;
import org.complaintkit.core.calendar.BusinessCalendar;
import org.complaintkit.core.calendar.CalendarFile;
import org.complaintkit.testkit.Commands;
import org.complaintkit.testkit.Fixtures;
import org.complaintkit.testkit.MutableClock;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class SweepTest {
    static final BusinessCalendar CN = BusinessCalendar.of(CalendarFile.mainlandChina());
    /** Accept within 4 working hours, warned at 50 % and 80 %; waiting for the customer does not count. */
    static final ClockDefinition ACCEPT = new ClockDefinition("bank.accept", "accept within 4 working hours",
            Milestone.RECEIVED, Set.of(Milestone.ACCEPTED, Milestone.NOT_ACCEPTED),
            EnumSet.of(PauseReason.WAITING_FOR_CUSTOMER), new ClockTarget.WorkingTime(Duration.ofHours(4)),
            List.of(50, 80), true);

    final MutableClock clock = new MutableClock(at("2025-03-03T09:00"), CN.zone());
    final ComplaintEngine engine = ComplaintEngine.builder().clock(clock).discoverPlugins(false).calendar(CN)
            .clocks(ACCEPT).build();

    static Instant at(String local) {
        return ZonedDateTime.of(LocalDateTime.parse(local), CN.zone()).toInstant();
    }

    void moveTo(String local) {
        clock.advance(Duration.between(clock.instant(), at(local)));
    }

    List<ClockChange> changes(ComplaintId id) {
        return engine.hostReads().clockHistory(id, "bank.accept").stream().map(ClockChanged::change).toList();
    }

    @Test
    void warnings_and_the_overdue_clock_are_recorded_once_however_often_the_sweep_runs() {
        ComplaintId id = engine.execute(Fixtures.registration(clock.instant())).complaintId();
        assertEquals(new SweepReport(clock.instant(), 0, 0, 0, 0), engine.tick(), "nothing is due yet");
        moveTo("2025-03-03T11:00");
        assertEquals(1, engine.tick().warnings(), "2 of 4 working hours used: the 50 % warning");
        assertEquals(0, engine.tick().warnings());
        moveTo("2025-03-03T14:30");
        assertEquals(new SweepReport(clock.instant(), 1, 1, 0, 0), engine.tick(),
                "80 % fell due at 13:42 (3 h by noon, 12 min after lunch); due at 14:30 is not yet overdue");
        moveTo("2025-03-03T14:31");
        assertEquals(1, engine.tick().overdue());
        engine.tick();
        moveTo("2025-03-04T10:00");
        engine.tick();
        assertEquals(List.of(ClockChange.STARTED, ClockChange.WARNED, ClockChange.WARNED, ClockChange.OVERDUE),
                changes(id));
        engine.execute(new AcceptComplaint(id, Fixtures.HANDLER, Fixtures.key()));
        assertEquals(ClockChange.BREACHED, changes(id).get(4));
        assertEquals(0, engine.tick().complaintsChecked(), "a stopped clock leaves the store's due list");
    }

    @Test
    void sweeps_from_many_threads_at_once_record_each_warning_and_overdue_exactly_once() throws Exception {
        List<ComplaintId> ids = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            ids.add(engine.execute(Fixtures.registration(clock.instant())).complaintId());
        }
        moveTo("2025-03-05T10:00");
        ExecutorService pool = Executors.newFixedThreadPool(4);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<SweepReport>> reports = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
            reports.add(pool.submit(() -> {
                start.await();
                return engine.tick();
            }));
        }
        start.countDown();
        int warnings = 0;
        int overdue = 0;
        for (Future<SweepReport> f : reports) {
            SweepReport r = f.get(60, TimeUnit.SECONDS);
            warnings += r.warnings();
            overdue += r.overdue();
        }
        pool.shutdown();
        warnings += engine.tick().warnings();
        assertEquals(80, warnings, "two warnings per complaint, once each");
        assertEquals(40, overdue);
        for (ComplaintId id : ids) {
            assertEquals(List.of(ClockChange.STARTED, ClockChange.WARNED, ClockChange.WARNED, ClockChange.OVERDUE),
                    changes(id));
        }
    }

    @Test
    void a_paused_clock_warns_only_after_it_resumes_and_new_facts_re_arm_its_warnings() {
        ClockDefinition reply = new ClockDefinition("bank.reply", "reply within 4 working hours", Milestone.RECEIVED,
                Set.of(Milestone.RESPONDED), EnumSet.of(PauseReason.WAITING_FOR_CUSTOMER),
                new ClockTarget.WorkingTime(Duration.ofHours(4)), List.of(50, 80), true);
        ComplaintEngine replies = ComplaintEngine.builder().clock(clock).discoverPlugins(false).calendar(CN)
                .clocks(reply).build();
        ComplaintId id = replies.execute(Fixtures.registration(clock.instant())).complaintId();
        for (var type : List.of(org.complaintkit.api.command.CommandType.ACCEPT,
                org.complaintkit.api.command.CommandType.ASSIGN,
                org.complaintkit.api.command.CommandType.START_INVESTIGATION)) {
            replies.execute(Commands.of(type, id, Fixtures.HANDLER));
        }
        moveTo("2025-03-03T09:30");
        replies.execute(new PauseHandling(id, Fixtures.HANDLER, Fixtures.key(), PauseReason.WAITING_FOR_CUSTOMER, null));
        moveTo("2025-03-03T13:00");
        assertEquals(0, replies.tick().warnings(), "paused: the 50 % mark (11:00 unpaused) has not been reached");
        moveTo("2025-03-03T15:00");
        replies.execute(Commands.of(org.complaintkit.api.command.CommandType.RESUME, id, Fixtures.HANDLER));
        moveTo("2025-03-03T16:29");
        assertEquals(0, replies.tick().warnings(), "30 min before the pause, 1 h 29 min since 15:00");
        moveTo("2025-03-03T16:31");
        assertEquals(1, replies.tick().warnings(), "2 h used at 16:30");
        moveTo("2025-03-03T16:40");
        replies.execute(new RecordNewFacts(id, Fixtures.HANDLER, Fixtures.key(), Sensitive.of("receipt found")));
        moveTo("2025-03-04T10:11");
        assertEquals(1, replies.tick().warnings(), "restarted at 16:40: 50 min that day, 70 min the next, 10:10");
        assertEquals(List.of(ClockChange.STARTED, ClockChange.PAUSED, ClockChange.RESUMED, ClockChange.WARNED,
                ClockChange.RESTARTED, ClockChange.WARNED), replies.hostReads().clockHistory(id, "bank.reply").stream()
                .map(ClockChanged::change).toList());
    }

    @Test
    void a_clock_restarted_between_the_sweeps_lease_and_its_read_is_not_fired_again_as_its_old_self() {
        MutableClock time = new MutableClock(NoticeBank.at("2026-03-02T09:00"), CN.zone());
        java.util.concurrent.atomic.AtomicReference<Runnable> afterLease = new java.util.concurrent.atomic.AtomicReference<>();
        org.complaintkit.testkit.ForwardingStore store = new org.complaintkit.testkit.ForwardingStore(
                new org.complaintkit.core.store.InMemoryComplaintStore()) {
            @Override
            public List<ComplaintId> leaseDue(Instant now, Instant until, int limit) {
                List<ComplaintId> leased = super.leaseDue(now, until, limit);
                Runnable hook = afterLease.getAndSet(null);
                if (hook != null && !leased.isEmpty()) {
                    hook.run();
                }
                return leased;
            }
        };
        ComplaintEngine node = ComplaintEngine.builder().clock(time).store(store).discoverPlugins(false).calendar(CN)
                .policies(org.complaintkit.core.sla.preset.ChinaCbirc.policy()).build();
        ComplaintId id = node.execute(Fixtures.registration(time.instant())).complaintId();
        time.advance(Duration.ofHours(1));
        node.execute(Commands.of(CommandType.ACCEPT, id, Fixtures.HANDLER));
        time.advance(Duration.between(time.instant(), NoticeBank.at("2026-03-10T09:00")));
        assertEquals(1, node.tick().warnings(), "half the decision budget used");
        time.advance(Duration.ofDays(5));
        // the 80 % warning is due now; another node records new facts (restarting the clock) just after this sweep leased the complaint
        afterLease.set(() -> {
            time.advance(Duration.ofMinutes(1));
            node.execute(Commands.of(CommandType.RECORD_NEW_FACTS, id, Fixtures.HANDLER));
            time.advance(Duration.ofMinutes(-1));
        });
        int before = node.hostReads().history(id).size();
        SweepReport stale = node.tick();
        assertEquals(0, stale.warnings() + stale.overdue(), "the restarted clock has nothing due");
        assertEquals(before + 2, node.hostReads().history(id).size(), "only the new facts and the restart were recorded");
        List<ClockChanged> warned = node.hostReads().clockHistory(id, "cbirc.decision").stream()
                .filter(c -> c.change() == ClockChange.WARNED).toList();
        assertEquals(1, warned.size(), warned.toString());
    }
}
