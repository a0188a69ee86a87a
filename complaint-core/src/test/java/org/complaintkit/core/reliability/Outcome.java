package org.complaintkit.core.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.complaintkit.api.complaint.ComplaintId;
import org.complaintkit.api.complaint.ComplaintStatus;
import org.complaintkit.api.event.ClockChanged;
import org.complaintkit.api.event.ComplaintEvent;
import org.complaintkit.api.event.NoticeDelivered;
import org.complaintkit.api.event.NoticeFailed;
import org.complaintkit.api.event.NoticeRequeued;
import org.complaintkit.core.integrity.ChainVerifier;
import org.complaintkit.core.sla.ClockState;
import org.complaintkit.spi.storage.ComplaintQuery;
import org.complaintkit.spi.storage.OutboxStatus;

/**
 * What a run leaves that must not depend on where it was cut off: per complaint, the commands' events (type,
 * time, actor; not their sequence numbers, since sweeps and deliveries may land between them in another order),
 * the status, every clock's state, the clock changes recorded, and the notices in the ledger (type, recipient and
 * the event that caused them). Checked on the way: each history is whole (its chain verifies), the store's index
 * agrees with it, and nothing is left pending or dead in the outbox.
 */
record Outcome(Map<ComplaintId, Complaint> complaints, int registeredCommands) {

    record Complaint(List<String> commands, ComplaintStatus status, List<Clock> clocks, List<String> clockChanges,
                     List<String> ledger) {
    }

    /**
     * A clock's state with its start and stop to the day: a clock that starts or stops on a notice's delivery
     * (proof of notice) moves with the delivery, and a dispatch that failed leaves its notices leased until the next
     * dispatch. Deadlines, status, pauses and restarts must match exactly.
     */
    record Clock(String id, ClockState.Status status, java.time.LocalDate started, java.time.LocalDate stopped,
                 java.time.Instant deadline, int restarts, List<org.complaintkit.core.sla.PauseInterval> pauses,
                 String tier) {
        static Clock of(ClockState state) {
            return new Clock(state.definition().id(), state.status(), day(state.startedAt()), day(state.stoppedAt()),
                    state.deadline(), state.restarts(), state.pauses(), state.tier());
        }

        private static java.time.LocalDate day(java.time.Instant at) {
            return at == null ? null : at.atZone(BankRun.SHANGHAI).toLocalDate();
        }
    }

    static Outcome of(BankRun run) {
        Map<ComplaintId, Complaint> out = new TreeMap<>();
        ChainVerifier verifier = new ChainVerifier(run.store, run.engine.sealer());
        for (ComplaintId id : run.complaints) {
            List<ComplaintEvent> history = run.engine.hostReads().history(id);
            var verdict = verifier.verify(id);
            assertTrue(verdict.intact(), () -> id + ": " + verdict.firstBreak());
            List<String> commands = new ArrayList<>();
            List<String> clockChanges = new ArrayList<>();
            List<String> ledger = new ArrayList<>();
            for (ComplaintEvent event : history) {
                if (event instanceof ClockChanged c) {
                    clockChanges.add(c.clockId() + " " + c.change());
                } else if (event instanceof NoticeDelivered d) {
                    ComplaintEvent source = history.get((int) d.sourceSequence() - 1);
                    ledger.add(d.noticeType() + " to " + d.recipient().key() + " for "
                            + source.getClass().getSimpleName() + "@" + (source instanceof ClockChanged
                            ? source.occurredAt().atZone(BankRun.SHANGHAI).toLocalDate() : source.occurredAt()));
                } else if (!(event instanceof NoticeFailed) && !(event instanceof NoticeRequeued)) {
                    commands.add(event.getClass().getSimpleName() + "@" + event.occurredAt() + " by "
                            + event.actor().staffId());
                }
            }
            clockChanges.sort(null);
            ledger.sort(null);
            ComplaintStatus status = run.engine.hostReads().find(id).orElseThrow().status();
            assertTrue(run.store.query(ComplaintQuery.all(1_000).withStatuses(java.util.Set.of(status))).ids().contains(id),
                    () -> id + ": the index row says another status than the history");
            out.put(id, new Complaint(commands, status, run.engine.hostReads().clocks(id).stream().map(Clock::of).toList(),
                    clockChanges, ledger));
        }
        assertEquals(List.of(), run.store.outboxByStatus(OutboxStatus.PENDING, null, 10), "nothing left pending");
        assertEquals(List.of(), run.store.outboxByStatus(OutboxStatus.DEAD, null, 10), "nothing dead");
        return new Outcome(out, run.complaints.size());
    }

    /** Where another outcome differs from this one, field by field; empty if it does not. */
    String differences(Outcome other) {
        StringBuilder out = new StringBuilder();
        if (!complaints.keySet().equals(other.complaints.keySet())) {
            return "complaints " + complaints.keySet() + " vs " + other.complaints.keySet();
        }
        for (ComplaintId id : complaints.keySet()) {
            Complaint a = complaints.get(id);
            Complaint b = other.complaints.get(id);
            diff(out, id + " commands", a.commands(), b.commands());
            diff(out, id + " status", a.status(), b.status());
            diff(out, id + " clocks", a.clocks(), b.clocks());
            diff(out, id + " clock changes", a.clockChanges(), b.clockChanges());
            diff(out, id + " ledger", a.ledger(), b.ledger());
        }
        return out.toString();
    }

    private static void diff(StringBuilder out, String what, Object a, Object b) {
        if (a.equals(b)) {
            return;
        }
        if (a instanceof List<?> x && b instanceof List<?> y) {
            List<Object> missing = new ArrayList<>(x);
            missing.removeAll(y);
            List<Object> extra = new ArrayList<>(y);
            extra.removeAll(x);
            out.append(what).append(": missing ").append(missing).append(", extra ").append(extra).append('\n');
        } else {
            out.append(what).append(": ").append(a).append(" vs ").append(b).append('\n');
        }
    }
}
