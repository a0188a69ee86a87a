package org.complaintkit.crashtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.complaintkit.api.command.CommandResult;
import org.complaintkit.api.command.IdempotencyKey;
import org.complaintkit.api.command.RegisterComplaint;
import org.complaintkit.api.complaint.Channel;
import org.complaintkit.api.complaint.Complainant;
import org.complaintkit.api.complaint.ComplaintId;
import org.complaintkit.api.complaint.ComplaintSubject;
import org.complaintkit.api.complaint.ContactMethod;
import org.complaintkit.api.complaint.ContactPoint;
import org.complaintkit.api.complaint.CustomerRef;
import org.complaintkit.api.complaint.CustomerSegment;
import org.complaintkit.api.complaint.Sensitive;
import org.complaintkit.api.escalation.EscalationTrigger;
import org.complaintkit.api.event.ClockChanged;
import org.complaintkit.api.event.ComplaintEscalated;
import org.complaintkit.api.event.ComplaintEvent;
import org.complaintkit.api.event.ComplaintLinked;
import org.complaintkit.api.event.FollowUpCompleted;
import org.complaintkit.api.event.EventHeader;
import org.complaintkit.api.event.NoticeDelivered;
import org.complaintkit.api.organisation.UnitId;
import org.complaintkit.api.sla.BreachAction;
import org.complaintkit.api.sla.ClockChange;
import org.complaintkit.core.engine.ComplaintEngine;
import org.complaintkit.core.engine.NotificationDispatcher;
import org.complaintkit.core.integrity.EventSealer;
import org.complaintkit.core.sla.ClockState;
import org.complaintkit.spi.notification.SendOutcome;
import org.complaintkit.spi.storage.SealedEvent;
import org.complaintkit.spi.storage.codec.EventCodec;
import org.complaintkit.store.jdbc.CrashTestDatabases;
import org.complaintkit.store.jdbc.JdbcComplaintStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Each of {@link CrashChecker}'s invariants can fail: a small history written in process (three customers with the
 * same problem at one outlet, so a group, swept and its notices delivered) holds every invariant, and a deliberate
 * break of the database (or of what the client and receiver saw) makes the invariant's check report it.
 */
class CrashCheckerTest {
    private static final AtomicInteger DATABASES = new AtomicInteger();

    private final CrashSetup setup = new CrashSetup();
    private final ManualClock clock = new ManualClock(CrashSetup.START);
    private HikariDataSource pool;
    private JdbcComplaintStore store;
    private ComplaintEngine engine;
    private final Map<String, CrashChecker.Ack> acks = new HashMap<>();
    private final Map<String, Integer> received = new HashMap<>();
    private final List<ComplaintId> group = new ArrayList<>();

    @AfterEach
    void close() {
        if (pool != null) {
            pool.close();
        }
    }

    /** Three registrations that make a group, swept an hour later, every notice delivered. */
    private void writeAGroup() {
        pool = CrashTestDatabases.pool(CrashTestDatabases.fresh("crash_check_" + DATABASES.incrementAndGet()), 4);
        store = JdbcComplaintStore.of(pool);
        engine = setup.engine(store, clock);
        UnitId outlet = setup.outlets().get(0);
        CrashSetup.Desk desk = setup.desk(outlet);
        for (int i = 0; i < 3; i++) {
            clock.advance(Duration.ofMinutes(5));
            String key = "check-" + i;
            CommandResult result = engine.execute(new RegisterComplaint(desk.receiver(), IdempotencyKey.of(key),
                    new Complainant(CustomerRef.of("CIF5000000" + i), Sensitive.of("李娜"), CustomerSegment.ORDINARY,
                            Set.of(), ContactPoint.of(ContactMethod.SMS, "1390000000" + i)), Channel.COUNTER,
                    clock.instant(), outlet, List.of(ComplaintSubject.unit(outlet)),
                    Sensitive.of(CrashWorkload.TEXTS.get(0)), Sensitive.of("尽快处理"), null));
            acks.put(key, new CrashChecker.Ack(result.complaintId(), result.events().get(0).header().sequence(),
                    result.events().get(result.events().size() - 1).header().sequence()));
            group.add(result.complaintId());
        }
        clock.advance(Duration.ofHours(3));
        engine.tick();
        NotificationDispatcher dispatcher = NotificationDispatcher.builder(engine).sender(notice -> {
            received.merge(notice.dedupeKey(), 1, Integer::sum);
            return SendOutcome.delivered("check-" + received.size());
        }).build();
        while (dispatcher.dispatchDue().leased() > 0) {
            // deliver everything due
        }
    }

    private CrashChecker checker() {
        return new CrashChecker(store, setup.builder(store, clock).historyCache(0).build(), pool);
    }

    @Test
    void theUnbrokenHistoryHoldsEveryInvariant() {
        writeAGroup();
        CrashChecker checker = checker();
        assertTrue(checker.linksOnEveryMember().isEmpty(), () -> checker.linksOnEveryMember().toString());
        assertTrue(group.stream().allMatch(id -> store.load(id).stream().anyMatch(e -> e instanceof ComplaintLinked)),
                "the three registrations make a group");
        assertEquals(List.of(), checker.acknowledgedCommandsStoredOnce(acks));
        assertEquals(List.of(), checker.clockRecordsOnce(clock.instant(), clock.instant()));
        assertEquals(List.of(), checker.noHalfWrittenCommand());
        assertEquals(List.of(), checker.chainsVerify());
        assertEquals(List.of(), checker.clocksMatchReplay());
        assertEquals(List.of(), checker.noticesDeliveredOnce(received, true));
        assertFalse(received.isEmpty(), "the sweep's warnings and the registrations sent notices");
        assertEquals(List.of(), checker.noLeaseStuck(clock.instant(), clock.instant()));
    }

    @Test
    void aMemberLinkStillPendingBetweenLivesIsNoProblemYetButIsOneAfterTheLastLifeDrained() {
        writeAGroup();
        ComplaintId first = group.get(0);
        ComplaintId newcomer = group.get(2);
        long link = store.load(first).stream().filter(e -> e instanceof ComplaintLinked).findFirst().orElseThrow()
                .header().sequence();
        long completed = store.load(newcomer).stream().filter(e -> e instanceof FollowUpCompleted).findFirst()
                .orElseThrow().header().sequence();
        // as if the process died after the newcomer's registration and its first member's link were not yet done
        sql("DELETE FROM ck_event WHERE complaint_id = ? AND sequence >= ?", first.value(), link);
        sql("UPDATE ck_complaint SET version = ? WHERE complaint_id = ?", link - 1, first.value());
        sql("DELETE FROM ck_event WHERE complaint_id = ? AND sequence >= ?", newcomer.value(), completed);
        sql("UPDATE ck_complaint SET version = ? WHERE complaint_id = ?", completed - 1, newcomer.value());
        CrashChecker checker = checker();
        assertEquals(List.of(), checker.linksOnEveryMember(false), "the work is on the record, for the next life");
        List<String> problems = checker.linksOnEveryMember(true);
        assertTrue(problems.stream().anyMatch(p -> p.startsWith(first.value() + ": a member of the GROUP")),
                problems::toString);
        assertTrue(problems.stream().anyMatch(p -> p.startsWith(newcomer.value() + ": its GROUP links")),
                problems::toString);
    }

    @Test
    void aGroupMemberThatLostItsLinkIsReported() {
        writeAGroup();
        ComplaintId first = group.get(0);
        long link = store.load(first).stream().filter(e -> e instanceof ComplaintLinked).findFirst().orElseThrow()
                .header().sequence();
        sql("DELETE FROM ck_event WHERE complaint_id = ? AND sequence >= ?", first.value(), link);
        sql("UPDATE ck_complaint SET version = ? WHERE complaint_id = ?", link - 1, first.value());
        List<String> problems = checker().linksOnEveryMember();
        assertTrue(problems.stream().anyMatch(p -> p.startsWith(first.value() + ": a member of the GROUP")),
                problems::toString);
    }

    @Test
    void anAcknowledgedCommandThatIsNotStoredAsAcknowledgedIsReported() {
        writeAGroup();
        sql("DELETE FROM ck_command WHERE idempotency_key = ?", "check-1");
        CrashChecker.Ack second = acks.get("check-2");
        acks.put("check-2", new CrashChecker.Ack(second.complaintId(), second.first(), second.last() + 1));
        List<String> problems = checker().acknowledgedCommandsStoredOnce(acks);
        assertEquals(2, problems.size(), problems::toString);
        assertTrue(problems.get(0).contains("check-1 is not stored") || problems.get(1).contains("check-1 is not stored"),
                problems::toString);
    }

    @Test
    void aCommandWhoseEventsAreMissingIsHalfWritten() {
        writeAGroup();
        ComplaintId last = group.get(2);
        long events = store.load(last).size();
        sql("DELETE FROM ck_event WHERE complaint_id = ? AND sequence = ?", last.value(), events);
        List<String> problems = checker().noHalfWrittenCommand();
        assertTrue(problems.stream().anyMatch(p -> p.startsWith(last.value() + ": the index row is at version")),
                problems::toString);
    }

    @Test
    void anEditedEventBreaksItsChain() {
        writeAGroup();
        ComplaintId id = group.get(1);
        String receiver = setup.desk(setup.outlets().get(0)).receiver().staffId().value();
        sql("UPDATE ck_event SET payload = replace(payload, ?, 'S-9999') WHERE complaint_id = ? AND sequence = 1",
                receiver, id.value());
        assertEquals(List.of(id.value() + ": the chain breaks at event 1 (ALTERED)"), checker().chainsVerify());
    }

    @Test
    void aSweepThatNeverRanLeavesWarningsAndOverdueMissingWhichTheFinalCheckReports() {
        writeAGroup();
        clock.advance(Duration.ofDays(40));
        Instant now = clock.instant();
        List<String> problems = checker().clockRecordsOnce(now, now);
        assertTrue(problems.stream().anyMatch(p -> p.contains("warnings due")), problems::toString);
        assertTrue(problems.stream().anyMatch(p -> p.contains("without an overdue record")), problems::toString);
        assertEquals(List.of(), checker().clockRecordsOnce(now, null), "between kills a running clock may wait");
        engine.tick();
        assertEquals(List.of(), checker().clockRecordsOnce(clock.instant(), now), "the sweep catches up");
    }

    /** Business time runs forty days on, past every deadline of the group's clocks, and one sweep records them. */
    private Instant sweepPastTheDeadlines() {
        clock.advance(Duration.ofDays(40));
        engine.tick();
        return clock.instant();
    }

    private ComplaintEscalated breachEscalation(ComplaintId id) {
        return store.load(id).stream().filter(e -> e instanceof ComplaintEscalated x
                && x.trigger() == EscalationTrigger.SLA_BREACH).map(ComplaintEscalated.class::cast).findFirst()
                .orElseThrow();
    }

    /**
     * A copy of an escalation at the end of the history, at the instant given, sealed on as an unkeyed forger would;
     * {@code sameAppend} writes it in one transaction with a rewrite of the rows of the append it copies, as if that
     * append had held it too.
     */
    private void appendACopy(ComplaintEscalated escalated, Instant at, boolean sameAppend) {
        ComplaintId id = escalated.header().complaintId();
        List<SealedEvent> rows = store.loadSealed(id);
        long sequence = rows.size() + 1;
        ComplaintEscalated again = new ComplaintEscalated(new EventHeader(id, sequence, at,
                escalated.header().actor()), escalated.trigger(), escalated.fromUnit(), escalated.toUnit(),
                escalated.organisationVersion(), escalated.reason(), escalated.note());
        String seal = EventSealer.sha256().seal(rows.get(rows.size() - 1).seal(), again);
        List<Object[]> statements = new ArrayList<>();
        if (sameAppend) {
            statements.add(new Object[] {"UPDATE ck_event SET payload = payload WHERE complaint_id = ? AND xmin = "
                    + "(SELECT xmin FROM ck_event WHERE complaint_id = ? AND sequence = ?)", id.value(), id.value(),
                    escalated.header().sequence()});
        }
        statements.add(new Object[] {"INSERT INTO ck_event (complaint_id, sequence, event_type, occurred_at, payload, "
                + "seal) SELECT complaint_id, ?, event_type, occurred_at, ?, ? FROM ck_event WHERE complaint_id = ? "
                + "AND sequence = ?", sequence, EventCodec.encode(again), seal, id.value(),
                escalated.header().sequence()});
        statements.add(new Object[] {"UPDATE ck_complaint SET version = ? WHERE complaint_id = ?", sequence,
                id.value()});
        inOneTransaction(statements);
    }

    @Test
    void everyOverdueComplaintOfTheSweptGroupIsEscalatedOnceAndHoldsTheInvariant() {
        writeAGroup();
        Instant now = sweepPastTheDeadlines();
        assertEquals(List.of(), checker().clockRecordsOnce(now, now));
        for (ComplaintId id : group) {
            assertEquals(1, store.load(id).stream().filter(e -> e instanceof ComplaintEscalated x
                    && x.trigger() == EscalationTrigger.SLA_BREACH).count(), "one sweep, one breach escalation");
        }
    }

    @Test
    void anOverdueRecordWhoseEscalationIsLostIsReported() {
        writeAGroup();
        Instant now = sweepPastTheDeadlines();
        ComplaintId id = group.get(0);
        long escalated = breachEscalation(id).header().sequence();
        // as if the sweep's append had been written without its escalation (and what it appends after it)
        sql("DELETE FROM ck_event WHERE complaint_id = ? AND sequence >= ?", id.value(), escalated);
        sql("UPDATE ck_complaint SET version = ? WHERE complaint_id = ?", escalated - 1, id.value());
        List<String> problems = checker().clockRecordsOnce(now, now);
        assertTrue(problems.stream().anyMatch(p -> p.startsWith(id.value() + ": the OVERDUE record ")
                && p.contains("calls for an escalation and none is beside it")), problems::toString);
        assertEquals(1, problems.size(), problems::toString);
    }

    @Test
    void aBreachEscalatedTwiceIsReportedWhetherInItsRecordsAppendOrInOneOfItsOwn() {
        writeAGroup();
        Instant now = sweepPastTheDeadlines();
        ComplaintEscalated escalated = breachEscalation(group.get(1));
        appendACopy(escalated, escalated.header().occurredAt(), true);
        assertEquals(List.of(group.get(1).value() + ": 2 breach escalations in one append, at events ["
                        + escalated.header().sequence() + ", " + store.load(group.get(1)).size() + "]"),
                checker().clockRecordsOnce(now, now));

        ComplaintEscalated other = breachEscalation(group.get(2));
        appendACopy(other, other.header().occurredAt(), false);
        assertEquals(Set.of(group.get(1).value() + ": 2 breach escalations in one append, at events ["
                        + escalated.header().sequence() + ", " + store.load(group.get(1)).size() + "]",
                group.get(2).value() + ": the breach escalation " + store.load(group.get(2)).size()
                        + " has no breach record beside it"), Set.copyOf(checker().clockRecordsOnce(now, now)),
                "an escalation appended on its own is reported even in the millisecond of the sweep's append");
    }

    @Test
    void twoAppendsInOneMillisecondEachWithItsBreachRecordAndEscalationAreNoProblem() {
        writeAGroup();
        sweepPastTheDeadlines();
        ComplaintId id = group.get(0);
        List<ComplaintEvent> history = new ArrayList<>(store.load(id));
        ComplaintEscalated escalated = breachEscalation(id);
        ClockChanged record = history.stream().filter(e -> e instanceof ClockChanged c
                && c.change() == ClockChange.OVERDUE && c.header().occurredAt().equals(escalated.header().occurredAt())
                && c.breachActions().contains(BreachAction.ESCALATE))
                .map(ClockChanged.class::cast).findFirst().orElseThrow();
        // the same record and escalation again right after the sweep's append, in its millisecond: as a second
        // append (a command's stop), or as part of the sweep's own
        int after = history.indexOf(escalated) + 1;
        history.add(after, escalated);
        history.add(after, record);
        long[] separate = new long[history.size()];
        long[] together = new long[history.size()];
        for (int i = 0, run = 0; i < history.size(); i++) {
            if (i > 0 && !history.get(i).header().occurredAt().equals(history.get(i - 1).header().occurredAt())) {
                run = i;
            }
            separate[i] = run;
            together[i] = run;
        }
        separate[after] = separate[after + 1] = -1;
        assertEquals(List.of(), CrashChecker.breachEscalationsOnce(id, history, separate));
        List<String> problems = CrashChecker.breachEscalationsOnce(id, history, together);
        assertEquals(1, problems.size(), problems::toString);
        assertTrue(problems.get(0).contains("2 breach escalations in one append"), problems::toString);
    }

    @Test
    void aRecordedDeadlineThatIsNotWhatTheReplayGivesIsReported() {
        writeAGroup();
        ComplaintId id = group.get(0);
        ClockState running = engine.hostReads().clocks(id).stream().filter(c -> c.status() == ClockState.Status.RUNNING
                && c.deadline() != null).findFirst().orElseThrow();
        List<SealedEvent> rows = store.loadSealed(id);
        SealedEvent started = rows.stream().filter(r -> r.event() instanceof ClockChanged c
                && c.clockId().equals(running.definition().id()) && c.change() == ClockChange.STARTED).findFirst()
                .orElseThrow();
        // the recorded deadline a day later, every seal from there on written again as an unkeyed forger would
        String previous = rows.get((int) started.sequence() - 2).seal();
        for (SealedEvent row : rows.subList((int) started.sequence() - 1, rows.size())) {
            String payload = EventCodec.encode(row.event());
            if (row.sequence() == started.sequence()) {
                String edited = payload.replace(running.deadline().toString(),
                        running.deadline().plus(Duration.ofDays(1)).toString());
                assertFalse(edited.equals(payload), "the stored form writes the deadline as an ISO instant");
                payload = edited;
            }
            previous = EventSealer.sha256().seal(previous, EventCodec.decode(payload));
            sql("UPDATE ck_event SET payload = ?, seal = ? WHERE complaint_id = ? AND sequence = ?", payload, previous,
                    id.value(), row.sequence());
        }
        List<String> problems = checker().clocksMatchReplay();
        assertEquals(List.of(id.value() + ": clock " + running.definition().id() + " recorded "
                + running.deadline().plus(Duration.ofDays(1)) + " but a replay gives RECALCULATED " + running.deadline()),
                problems);
    }

    @Test
    void aNoticeTheReceiverNeverGotOrTheLedgerHoldsTwiceIsReported() {
        writeAGroup();
        ComplaintId id = group.get(0);
        List<ComplaintEvent> history = store.load(id);
        NoticeDelivered delivered = history.stream().filter(e -> e instanceof NoticeDelivered)
                .map(e -> (NoticeDelivered) e).findFirst().orElseThrow();
        Map<String, Integer> lost = new HashMap<>(received);
        lost.remove(delivered.dedupeKey());
        List<String> problems = checker().noticesDeliveredOnce(lost, true);
        assertEquals(List.of(id.value() + ": notice " + delivered.dedupeKey()
                + " is marked delivered but never reached the receiver"), problems);

        // a second copy of the delivery at the end of the history, sealed on as an unkeyed forger would
        List<SealedEvent> rows = store.loadSealed(id);
        long sequence = rows.size() + 1;
        NoticeDelivered again = new NoticeDelivered(new EventHeader(id, sequence, delivered.header().occurredAt(),
                delivered.header().actor()), delivered.dedupeKey(), delivered.noticeType(), delivered.sourceSequence(),
                delivered.recipient(), delivered.channel(), delivered.sentAt(), delivered.providerReference(),
                delivered.attempts(), delivered.contentDigest());
        String seal = EventSealer.sha256().seal(rows.get(rows.size() - 1).seal(), again);
        sql("INSERT INTO ck_event (complaint_id, sequence, event_type, occurred_at, payload, seal) "
                + "SELECT complaint_id, ?, event_type, occurred_at, ?, ? FROM ck_event WHERE complaint_id = ? "
                + "AND sequence = ?", sequence, EventCodec.encode(again), seal, id.value(),
                delivered.header().sequence());
        sql("UPDATE ck_complaint SET version = ? WHERE complaint_id = ?", sequence, id.value());
        assertEquals(List.of(id.value() + ": notice " + delivered.dedupeKey() + " is recorded 2 times in the ledger"),
                checker().noticesDeliveredOnce(received, true));
    }

    @Test
    void aLeaseThatOutlivesItsHolderIsStuck() {
        writeAGroup();
        ComplaintId id = group.get(1);
        Instant far = clock.instant().plus(Duration.ofDays(1));
        sql("UPDATE ck_complaint SET sweep_leased_until = ? WHERE complaint_id = ?",
                far.getEpochSecond() * 1_000_000_000L, id.value());
        List<String> problems = checker().noLeaseStuck(clock.instant(), null);
        assertEquals(1, problems.size(), problems::toString);
        assertTrue(problems.get(0).startsWith(id.value() + ": the sweep lease runs to " + far), problems::toString);
    }

    /** Runs statements, each given as its text followed by its values, in one transaction. */
    private void inOneTransaction(List<Object[]> statements) {
        try (Connection connection = pool.getConnection()) {
            connection.setAutoCommit(false);
            for (Object[] statement : statements) {
                try (PreparedStatement prepared = connection.prepareStatement((String) statement[0])) {
                    for (int i = 1; i < statement.length; i++) {
                        prepared.setObject(i, statement[i]);
                    }
                    prepared.executeUpdate();
                }
            }
            connection.commit();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private void sql(String statement, Object... values) {
        try (Connection connection = pool.getConnection(); PreparedStatement prepared = connection.prepareStatement(
                statement)) {
            for (int i = 0; i < values.length; i++) {
                prepared.setObject(i + 1, values[i]);
            }
            prepared.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A clock the test moves. */
    private static final class ManualClock extends Clock {
        private Instant now;

        ManualClock(Instant start) {
            this.now = start;
        }

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return CrashSetup.ZONE;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
