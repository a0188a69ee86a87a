package org.complaintkit.crashtest;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.BiConsumer;
import javax.sql.DataSource;
import org.complaintkit.api.command.IdempotencyKey;
import org.complaintkit.api.complaint.ComplaintId;
import org.complaintkit.api.event.ClockChanged;
import org.complaintkit.api.escalation.EscalationTrigger;
import org.complaintkit.api.event.ComplaintEscalated;
import org.complaintkit.api.event.ComplaintEvent;
import org.complaintkit.api.event.ComplaintLinked;
import org.complaintkit.api.event.ComplaintRegistered;
import org.complaintkit.api.event.FollowUpCompleted;
import org.complaintkit.api.event.NoticeDelivered;
import org.complaintkit.api.sla.BreachAction;
import org.complaintkit.api.sla.ClockChange;
import org.complaintkit.api.organisation.UnitId;
import org.complaintkit.api.sla.ClockPurpose;
import org.complaintkit.core.complaint.ComplaintAggregate;
import org.complaintkit.core.engine.ComplaintEngine;
import org.complaintkit.core.engine.DeadlineMove;
import org.complaintkit.core.escalation.EscalationLadder;
import org.complaintkit.core.integrity.ChainVerdict;
import org.complaintkit.core.sla.ClockState;
import org.complaintkit.core.sla.ClockSweep;
import org.complaintkit.directory.csv.CsvOrganisationDirectory;
import org.complaintkit.spi.organisation.OrganisationDirectory;
import org.complaintkit.spi.storage.CommandRecord;
import org.complaintkit.spi.storage.ComplaintStore;
import org.complaintkit.spi.storage.IndexRow;
import org.complaintkit.spi.storage.OutboxEntry;
import org.complaintkit.spi.storage.OutboxStatus;

/**
 * The crash test's invariants over one database, one method each, every one returning the problems it found, each
 * naming the complaint (its id, never personal data) and what is wrong; empty when the invariant holds. It reads
 * through the library: the store's histories, index rows, command records and outbox, the engine's verifier, its
 * replay of the clocks (host reads and the recalculation preview) and the sweep's own counting
 * ({@link ClockSweep}); only the leases and which transaction wrote an event, which no reader shows, are read with
 * SQL.
 */
final class CrashChecker {
    /** The staff id of the engine's group detector, whose links on earlier members are the finished work. */
    private static final String GROUP_DETECTOR = "system:group-detector";

    /** The longest a sweep's lease may reach past now (ClockSweeper's lease). */
    static final Duration SWEEP_LEASE = Duration.ofSeconds(ComplaintEngine.SWEEP_LEASE_SECONDS);
    /** The longest a dispatcher's lease may reach past now (the dispatcher's default hold). */
    static final Duration OUTBOX_LEASE = Duration.ofMinutes(5);
    /** The organisation the child runs on (CrashSetup's), whose ladder says where an escalation can still climb. */
    private static final OrganisationDirectory BANK = CsvOrganisationDirectory.sampleBank();

    /**
     * What the client saw the engine return for a command.
     *
     * @param complaintId the complaint
     * @param first the first event's sequence
     * @param last the last event's sequence
     */
    record Ack(ComplaintId complaintId, long first, long last) {
    }

    private final ComplaintStore store;
    private final ComplaintEngine engine;
    private final DataSource database;
    private final Map<ComplaintId, List<ComplaintEvent>> histories;
    private final Set<ComplaintId> touched = new LinkedHashSet<>();

    /**
     * What the checks look at: every complaint's history, kept from one check to the next so that a check reloads only
     * the complaints whose version moved since (the child is dead while the parent checks, so nothing moves under it).
     */
    static final class Picture {
        private final Map<ComplaintId, List<ComplaintEvent>> histories = new LinkedHashMap<>();
        private final Map<ComplaintId, Long> versions = new HashMap<>();
    }

    /** Reads every complaint's history; every complaint is checked. */
    CrashChecker(ComplaintStore store, ComplaintEngine engine, DataSource database) {
        this(store, engine, database, new Picture());
    }

    /**
     * Brings a picture up to date; the per-complaint checks then look at the complaints that changed since the
     * picture was last brought up to date (all of them for a new picture), the checks across complaints at all.
     */
    CrashChecker(ComplaintStore store, ComplaintEngine engine, DataSource database, Picture picture) {
        this.store = store;
        this.engine = engine;
        this.database = database;
        this.histories = picture.histories;
        try (Connection connection = database.getConnection();
             PreparedStatement statement = connection.prepareStatement(
                     "SELECT complaint_id, version FROM ck_complaint ORDER BY complaint_id");
             ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                ComplaintId id = ComplaintId.of(rows.getString(1));
                Long version = rows.getLong(2);
                if (!version.equals(picture.versions.put(id, version))) {
                    touched.add(id);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot list the complaints", e);
        }
        for (ComplaintId id : touched) {
            histories.put(id, store.load(id));
        }
    }

    /** How many complaints the check reloaded because they changed. */
    int touched() {
        return touched.size();
    }

    /** How many complaints the picture holds. */
    int complaints() {
        return histories.size();
    }

    /**
     * Every command the client saw acknowledged is stored, once: its command record names the acknowledged complaint
     * and events, which the history holds; and no registration is stored twice (two complaints of one customer
     * received at the same instant).
     */
    List<String> acknowledgedCommandsStoredOnce(Map<String, Ack> acks) {
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, Ack> entry : acks.entrySet()) {
            Ack ack = entry.getValue();
            Optional<CommandRecord> record = store.findCommand(IdempotencyKey.of(entry.getKey()));
            if (record.isEmpty()) {
                problems.add(ack.complaintId().value() + ": acknowledged command " + entry.getKey() + " is not stored");
                continue;
            }
            CommandRecord r = record.get();
            if (!r.complaintId().equals(ack.complaintId()) || r.firstSequence() != ack.first()
                    || r.lastSequence() != ack.last()) {
                problems.add(ack.complaintId().value() + ": command " + entry.getKey() + " was acknowledged as events "
                        + ack.first() + ".." + ack.last() + " but is stored as " + r.complaintId().value() + " "
                        + r.firstSequence() + ".." + r.lastSequence());
            }
            List<ComplaintEvent> history = histories.get(ack.complaintId());
            if (history == null || history.size() < ack.last()) {
                problems.add(ack.complaintId().value() + ": the events of acknowledged command " + entry.getKey()
                        + " are not all in the history");
            }
        }
        Map<String, List<ComplaintId>> registrations = new HashMap<>();
        histories.forEach((id, history) -> {
            if (!history.isEmpty() && history.get(0) instanceof ComplaintRegistered r) {
                registrations.computeIfAbsent(r.registration().complainant().customer().value() + "@"
                        + r.registration().receivedAt(), k -> new ArrayList<>()).add(id);
            }
        });
        registrations.values().stream().filter(ids -> ids.size() > 1).forEach(ids -> problems.add(ids.get(0).value()
                + ": the same registration is stored " + ids.size() + " times (" + ids + ")"));
        return problems;
    }

    /**
     * The group link a complaint recorded for itself when it completed a group (by its registration's actor, not by
     * the engine's group detector) with no {@link FollowUpCompleted} after it: the earlier members' links are still
     * to do. Null if none is pending.
     */
    private static ComplaintLinked pendingGroupWork(List<ComplaintEvent> history) {
        ComplaintLinked open = null;
        for (ComplaintEvent event : history) {
            if (event instanceof ComplaintLinked l && l.kind() != ComplaintLinked.Kind.REPEAT && !l.others().isEmpty()
                    && !GROUP_DETECTOR.equals(l.actor().staffId().value())) {
                open = l;
            } else if (event instanceof FollowUpCompleted) {
                open = null;
            }
        }
        return open;
    }

    /**
     * Every group link is present on every member, after the work is done: as {@link #linksOnEveryMember(boolean)}
     * with no work allowed to be pending.
     */
    List<String> linksOnEveryMember() {
        return linksOnEveryMember(true);
    }

    /**
     * Every group link is present on every member: a complaint that names others in a group is named back by a link
     * of the same kind on each of them; every linked complaint exists; no complaint is linked twice the same way.
     * Between a kill and the next life, a registration cut off after its commit has its members' links still to do:
     * that work is on the record (the newcomer's own group link with no {@link FollowUpCompleted} after it), and the
     * replay of its key or a sweep does it. Such members are then not yet a problem; when {@code done} (after the last
     * life drained everything) no work may be pending and every member must carry its link.
     *
     * @param done whether every follow-up must be finished by now
     */
    List<String> linksOnEveryMember(boolean done) {
        List<String> problems = new ArrayList<>();
        histories.forEach((id, history) -> {
            ComplaintLinked pending = pendingGroupWork(history);
            if (done && pending != null) {
                problems.add(id.value() + ": its " + pending.kind() + " links on " + pending.others().size()
                        + " earlier members are still pending after the last life drained");
            }
            Map<ComplaintLinked.Kind, Integer> kinds = new HashMap<>();
            for (ComplaintEvent event : history) {
                if (!(event instanceof ComplaintLinked link)) {
                    continue;
                }
                kinds.merge(link.kind(), 1, Integer::sum);
                for (ComplaintId other : link.others()) {
                    List<ComplaintEvent> theirs = histories.get(other);
                    if (theirs == null) {
                        problems.add(id.value() + ": linked (" + link.kind() + ") to " + other.value()
                                + ", which is not stored");
                    } else if (link.kind() != ComplaintLinked.Kind.REPEAT && (done || link != pending) && theirs.stream().noneMatch(
                            e -> e instanceof ComplaintLinked l && l.kind() == link.kind())) {
                        problems.add(other.value() + ": a member of the " + link.kind() + " that " + id.value()
                                + " names, without a " + link.kind() + " link of its own");
                    }
                }
            }
            kinds.forEach((kind, count) -> {
                if (count > 1) {
                    problems.add(id.value() + ": linked " + count + " times as " + kind);
                }
            });
        });
        return problems;
    }

    /**
     * Every warning, overdue and breach record is there, once, with its breach actions. For each clock, replayed by the
     * engine: a stopped clock carries a warning for each share that fell due before it stopped, and its breach if it
     * breached; with {@code sweptUntil} (after a final sweep at that instant) a running clock carries every warning due
     * by then and, past its deadline, its overdue record. Never more warnings than shares due, never two overdue or two
     * outcomes since a start, and every overdue and breach of a duty clock records the clock's breach actions.
     *
     * @param now the business time of the check
     * @param sweptUntil the instant of the last sweep that saw every complaint due, or null between kills
     */
    List<String> clockRecordsOnce(Instant now, Instant sweptUntil) {
        List<String> problems = new ArrayList<>();
        forTouched((id, history) -> {
            for (ClockState clock : engine.hostReads().clocks(id)) {
                String clockId = clock.definition().id();
                if (clock.status() == ClockState.Status.NOT_STARTED || clock.status() == ClockState.Status.CANCELLED) {
                    continue;
                }
                int warned = ClockSweep.warningsSinceStart(clockId, history);
                Instant end = clock.stoppedAt() != null ? clock.stoppedAt() : now;
                long dueByNow = clock.warningsDueAt().stream().filter(at -> !at.isAfter(end)).count();
                if (warned > dueByNow) {
                    problems.add(id.value() + ": clock " + clockId + " has " + warned + " warnings since its start but "
                            + dueByNow + " were due");
                }
                Instant horizon = clock.stoppedAt() != null ? clock.stoppedAt() : sweptUntil;
                if (horizon != null) {
                    long due = clock.warningsDueAt().stream().filter(at -> !at.isAfter(horizon)).count();
                    if (warned < due) {
                        problems.add(id.value() + ": clock " + clockId + " lacks " + (due - warned) + " of its "
                                + due + " warnings due (" + clock.status() + ")");
                    }
                }
                if (sweptUntil != null && clock.stoppedAt() == null && clock.deadline() != null
                        && !clock.deadline().isAfter(sweptUntil) && clock.status() == ClockState.Status.OVERDUE
                        && !ClockSweep.overdueSinceStart(clockId, history)) {
                    problems.add(id.value() + ": clock " + clockId + " is overdue since " + clock.deadline()
                            + " without an overdue record");
                }
                List<ClockChanged> since = sinceStart(clockId, history);
                long overdue = since.stream().filter(c -> c.change() == ClockChange.OVERDUE).count();
                long outcomes = since.stream().filter(c -> c.change() == ClockChange.MET
                        || c.change() == ClockChange.BREACHED).count();
                if (overdue > 1 || outcomes > 1) {
                    problems.add(id.value() + ": clock " + clockId + " records " + overdue + " overdue and " + outcomes
                            + " outcomes since its start");
                }
                if (clock.status() == ClockState.Status.BREACHED && !clock.provisional()
                        && since.stream().noneMatch(c -> c.change() == ClockChange.BREACHED)) {
                    problems.add(id.value() + ": clock " + clockId + " breached without a breach record");
                }
                if (clock.definition().purpose() == ClockPurpose.DUTY) {
                    Set<BreachAction> actions = clock.definition().onBreach();
                    // (the escalation these actions call for is checked once per history, below)
                    for (ComplaintEvent event : history) {
                        if (event instanceof ClockChanged c && c.clockId().equals(clockId)
                                && (c.change() == ClockChange.OVERDUE || c.change() == ClockChange.BREACHED)
                                && !c.breachActions().equals(actions)) {
                            problems.add(id.value() + ": the " + c.change() + " record " + c.header().sequence()
                                    + " of clock " + clockId + " carries the actions " + c.breachActions()
                                    + " instead of " + actions);
                        }
                    }
                }
            }
            problems.addAll(breachEscalationsOnce(id, history));
        });
        return problems;
    }

    /**
     * Every breach record that calls for an escalation has exactly one beside it, in the same append. A record calls
     * for one when its breach actions hold {@code ESCALATE} and it is the breach first seen: an {@code OVERDUE} record
     * (a sweep's, or one a stop recorded as unseen) or a {@code BREACHED} record no sweep saw. The sweep, or the stop,
     * appends one {@code SLA_BREACH} escalation after the records of its append. The appends are told apart by the
     * transaction that wrote them ({@link #appendsOf}), not by instant: two appends may share a millisecond (a sweep
     * and a command on the same complaint). Per append: breach records without an escalation are a lost breach action,
     * unless the complaint already stands at the top of the ladder; two escalations, or one with no breach record
     * beside it, are a breach action run twice (a replayed sweep or stop).
     */
    private List<String> breachEscalationsOnce(ComplaintId id, List<ComplaintEvent> history) {
        boolean anyCalled = history.stream().anyMatch(e -> callsForEscalation(e) || isBreachEscalation(e));
        return anyCalled ? breachEscalationsOnce(id, history, appendsOf(id, history.size())) : List.of();
    }

    /**
     * {@link #breachEscalationsOnce(ComplaintId, List)} on a history whose appends are given: {@code append[i]} names
     * the append that wrote event {@code i + 1}, equal for the events of one append and for no two appends.
     */
    static List<String> breachEscalationsOnce(ComplaintId id, List<ComplaintEvent> history, long[] append) {
        if (append.length != history.size()) {
            return List.of(id.value() + ": " + history.size() + " events read but " + append.length
                    + " rows found for their appends");
        }
        List<String> problems = new ArrayList<>();
        int from = 0;
        while (from < history.size()) {
            int to = from;
            List<ClockChanged> calling = new ArrayList<>();
            List<ComplaintEscalated> escalations = new ArrayList<>();
            while (to < history.size() && append[to] == append[from]) {
                ComplaintEvent event = history.get(to);
                if (callsForEscalation(event)) {
                    calling.add((ClockChanged) event);
                } else if (isBreachEscalation(event)) {
                    escalations.add((ComplaintEscalated) event);
                }
                to++;
            }
            if (!calling.isEmpty() && escalations.isEmpty()) {
                List<ComplaintEvent> upTo = history.subList(0, to);
                UnitId unit = EscalationLadder.currentUnit(ComplaintAggregate.replay(upTo), upTo);
                if (EscalationLadder.next(BANK, unit).isPresent()) {
                    ClockChanged first = calling.get(0);
                    problems.add(id.value() + ": the " + first.change() + " record " + first.header().sequence()
                            + " of clock " + first.clockId() + " calls for an escalation and none is beside it (the"
                            + " complaint stands at " + unit.value() + ", below the top)");
                }
            } else if (escalations.size() > 1) {
                problems.add(id.value() + ": " + escalations.size() + " breach escalations in one append, at events "
                        + escalations.stream().map(e -> e.header().sequence()).toList());
            } else if (!escalations.isEmpty() && calling.isEmpty()) {
                problems.add(id.value() + ": the breach escalation " + escalations.get(0).header().sequence()
                        + " has no breach record beside it");
            }
            from = to;
        }
        return problems;
    }

    private static boolean callsForEscalation(ComplaintEvent event) {
        return event instanceof ClockChanged c && c.breachActions().contains(BreachAction.ESCALATE)
                && (c.change() == ClockChange.OVERDUE || c.isUnseenBreach());
    }

    private static boolean isBreachEscalation(ComplaintEvent event) {
        return event instanceof ComplaintEscalated e && e.trigger() == EscalationTrigger.SLA_BREACH;
    }

    /**
     * Which append wrote each event of a complaint, in sequence order: the id of the PostgreSQL transaction that
     * inserted its row ({@code xmin}). The store writes one append in one transaction and never updates an event row
     * (the crash test erases nothing), so the events of one append, and only they, share it.
     */
    private long[] appendsOf(ComplaintId id, int events) {
        long[] out = new long[events];
        int i = 0;
        try (Connection connection = database.getConnection();
             PreparedStatement statement = connection.prepareStatement(
                     "SELECT xmin::text::bigint FROM ck_event WHERE complaint_id = ? ORDER BY sequence")) {
            statement.setString(1, id.value());
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    if (i == events) {
                        return Arrays.copyOf(out, events + 1);
                    }
                    out[i++] = rows.getLong(1);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the appends of " + id.value(), e);
        }
        return i == events ? out : Arrays.copyOf(out, i);
    }

    /** A clock's changes since it last started, restarted or was extended, as the sweep counts them. */
    private static List<ClockChanged> sinceStart(String clockId, List<ComplaintEvent> history) {
        List<ClockChanged> out = new ArrayList<>();
        for (ComplaintEvent event : history) {
            if (event instanceof ClockChanged c && c.clockId().equals(clockId)) {
                if (c.change() == ClockChange.STARTED || c.change() == ClockChange.RESTARTED
                        || c.change() == ClockChange.EXTENDED) {
                    out.clear();
                }
                out.add(c);
            }
        }
        return out;
    }

    /**
     * No half-written command: each history runs 1..n without a gap and starts with its registration; the index row
     * is at version n; every command record lies inside its complaint's history, a registration's from event 1, and
     * no two records claim the same event; no complaint row lacks its events.
     */
    List<String> noHalfWrittenCommand() {
        List<String> problems = new ArrayList<>();
        forTouched((id, history) -> {
            if (history.isEmpty()) {
                problems.add(id.value() + ": indexed without any event");
                return;
            }
            if (!(history.get(0) instanceof ComplaintRegistered)) {
                problems.add(id.value() + ": the history does not start with its registration");
            }
            for (int i = 0; i < history.size(); i++) {
                if (history.get(i).header().sequence() != i + 1) {
                    problems.add(id.value() + ": event " + (i + 1) + " is missing or out of place");
                    break;
                }
            }
            Optional<IndexRow> row = store.indexRow(id);
            if (row.isEmpty() || row.get().version() != history.size()) {
                problems.add(id.value() + ": the index row is at version " + row.map(IndexRow::version).orElse(-1L)
                        + " but the history holds " + history.size() + " events");
            }
        });
        Map<ComplaintId, List<long[]>> ranges = new HashMap<>();
        for (String key : commandKeys()) {
            CommandRecord record = store.findCommand(IdempotencyKey.of(key)).orElseThrow();
            List<ComplaintEvent> history = histories.get(record.complaintId());
            if (history == null || record.lastSequence() > history.size()) {
                problems.add(record.complaintId().value() + ": command " + key + " claims events "
                        + record.firstSequence() + ".." + record.lastSequence() + " beyond the history");
                continue;
            }
            if (record.type().name().equals("REGISTER") && record.firstSequence() != 1) {
                problems.add(record.complaintId().value() + ": the registration " + key + " does not start at event 1");
            }
            for (long[] other : ranges.computeIfAbsent(record.complaintId(), k -> new ArrayList<>())) {
                if (record.firstSequence() <= other[1] && other[0] <= record.lastSequence()) {
                    problems.add(record.complaintId().value() + ": command " + key + " claims events "
                            + record.firstSequence() + ".." + record.lastSequence() + " that another command claims");
                }
            }
            ranges.get(record.complaintId()).add(new long[] {record.firstSequence(), record.lastSequence()});
        }
        return problems;
    }

    /**
     * Every chain verifies: the engine's verifier over every complaint that changed, seals and the reconciliation of
     * the index row and outbox with the history.
     */
    List<String> chainsVerify() {
        List<String> problems = new ArrayList<>();
        for (ComplaintId id : touched) {
            ChainVerdict verdict = engine.verify(id);
            if (verdict.intact()) {
                continue;
            }
            if (verdict.firstBreak() != null) {
                problems.add(id.value() + ": the chain breaks at event " + verdict.firstBreak().sequence() + " ("
                        + verdict.firstBreak().kind() + ")");
            }
            verdict.mismatches().forEach(m -> problems.add(id.value() + ": what is stored beside the history does not "
                    + "match it (" + m.kind() + ", " + m.subject() + ")"));
        }
        return problems;
    }

    /**
     * Every clock's recorded outcome matches a replay: the engine's recalculation preview against its own setup moves
     * nothing (a recorded deadline or outcome that differs from what the history gives is a move).
     */
    List<String> clocksMatchReplay() {
        List<String> problems = new ArrayList<>();
        for (DeadlineMove move : engine.previewRecalculation(engine.sla())) {
            problems.add(move.complaintId().value() + ": clock " + move.clockId() + " recorded " + move.recorded()
                    + (move.outcome() == null ? "" : " " + move.outcome()) + " but a replay gives " + move.change()
                    + " " + move.recalculated());
        }
        return problems;
    }

    /**
     * Every notice is delivered at least once and recorded once in the ledger: each delivered outbox entry reached the
     * receiver and has exactly one delivery in its complaint's history; no delivery is recorded twice; with
     * {@code drained} (after a final dispatch) nothing is left pending or dead.
     *
     * @param received how many times the receiver got each dedupe key
     * @param drained whether the outbox was drained
     */
    List<String> noticesDeliveredOnce(Map<String, Integer> received, boolean drained) {
        List<String> problems = new ArrayList<>();
        forTouched((id, history) -> {
            Map<String, Integer> ledger = new HashMap<>();
            for (ComplaintEvent event : history) {
                if (event instanceof NoticeDelivered delivered) {
                    ledger.merge(delivered.dedupeKey(), 1, Integer::sum);
                }
            }
            ledger.forEach((key, count) -> {
                if (count > 1) {
                    problems.add(id.value() + ": notice " + key + " is recorded " + count + " times in the ledger");
                }
            });
            for (OutboxEntry entry : store.outbox(id)) {
                if (entry.status() == OutboxStatus.DELIVERED) {
                    if (!ledger.containsKey(entry.dedupeKey())) {
                        problems.add(id.value() + ": notice " + entry.dedupeKey() + " is delivered without a ledger entry");
                    }
                    if (received.getOrDefault(entry.dedupeKey(), 0) < 1) {
                        problems.add(id.value() + ": notice " + entry.dedupeKey()
                                + " is marked delivered but never reached the receiver");
                    }
                } else if (drained) {
                    problems.add(id.value() + ": notice " + entry.dedupeKey() + " is still " + entry.status()
                            + " after the final dispatch");
                }
            }
        });
        return problems;
    }

    /**
     * No lease is stuck past its expiry: no sweep lease reaches further past now than a sweep takes, no outbox lease
     * further than the dispatcher holds one; with {@code sweptUntil}, no complaint was left due before that sweep.
     *
     * @param now the business time of the check
     * @param sweptUntil the instant of the last sweep that saw every complaint due, or null between kills
     */
    List<String> noLeaseStuck(Instant now, Instant sweptUntil) {
        List<String> problems = new ArrayList<>();
        long sweepLimit = nanos(now.plus(SWEEP_LEASE));
        long outboxLimit = nanos(now.plus(OUTBOX_LEASE));
        try (Connection connection = database.getConnection()) {
            try (PreparedStatement statement = connection.prepareStatement(
                    "SELECT complaint_id, sweep_leased_until FROM ck_complaint WHERE sweep_leased_until > ?")) {
                statement.setLong(1, sweepLimit);
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        problems.add(rows.getString(1) + ": the sweep lease runs to " + instant(rows.getLong(2))
                                + ", past what a sweep at " + now + " could take");
                    }
                }
            }
            try (PreparedStatement statement = connection.prepareStatement(
                    "SELECT complaint_id, dedupe_key, leased_until FROM ck_outbox WHERE leased_until > ?")) {
                statement.setLong(1, outboxLimit);
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        problems.add(rows.getString(1) + ": notice " + rows.getString(2) + " is leased to "
                                + instant(rows.getLong(3)) + ", past what a dispatcher at " + now + " could hold");
                    }
                }
            }
            if (sweptUntil != null) {
                try (PreparedStatement statement = connection.prepareStatement(
                        "SELECT complaint_id, next_due_at FROM ck_complaint WHERE next_due_at <= ?")) {
                    statement.setLong(1, nanos(sweptUntil));
                    try (ResultSet rows = statement.executeQuery()) {
                        while (rows.next()) {
                            problems.add(rows.getString(1) + ": due at " + instant(rows.getLong(2))
                                    + " yet left by the sweep at " + sweptUntil);
                        }
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the leases", e);
        }
        return problems;
    }

    private void forTouched(BiConsumer<ComplaintId, List<ComplaintEvent>> check) {
        for (ComplaintId id : touched) {
            check.accept(id, histories.get(id));
        }
    }

    private List<String> commandKeys() {
        List<String> keys = new ArrayList<>();
        try (Connection connection = database.getConnection();
             PreparedStatement statement = connection.prepareStatement("SELECT idempotency_key, complaint_id FROM ck_command");
             ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                if (touched.contains(ComplaintId.of(rows.getString(2)))) {
                    keys.add(rows.getString(1));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot list the command records", e);
        }
        return keys;
    }

    private static long nanos(Instant at) {
        return at.getEpochSecond() * 1_000_000_000L + at.getNano();
    }

    private static Instant instant(long nanos) {
        return Instant.ofEpochSecond(Math.floorDiv(nanos, 1_000_000_000L), Math.floorMod(nanos, 1_000_000_000L));
    }
}
