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

    record Complaint(List<String> commands, ComplaintStatus status, List<ClockState> clocks, List<String> clockChanges,
                     List<String> ledger) {
    }

    static Outcome of(BankRun run) {
        Map<ComplaintId, Complaint> out = new TreeMap<>();
        ChainVerifier verifier = new ChainVerifier(run.store, run.engine.sealer());
        for (ComplaintId id : run.complaints) {
            List<ComplaintEvent> history = run.engine.history(id);
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
                            + source.getClass().getSimpleName() + "@" + source.occurredAt());
                } else if (!(event instanceof NoticeFailed) && !(event instanceof NoticeRequeued)) {
                    commands.add(event.getClass().getSimpleName() + "@" + event.occurredAt() + " by "
                            + event.actor().staffId());
                }
            }
            clockChanges.sort(null);
            ledger.sort(null);
            ComplaintStatus status = run.engine.find(id).orElseThrow().status();
            assertTrue(run.store.query(ComplaintQuery.all(1_000).withStatuses(java.util.Set.of(status))).ids().contains(id),
                    () -> id + ": the index row says another status than the history");
            out.put(id, new Complaint(commands, status, run.engine.clocks(id), clockChanges, ledger));
        }
        assertEquals(List.of(), run.store.outboxByStatus(OutboxStatus.PENDING, null, 10), "nothing left pending");
        assertEquals(List.of(), run.store.outboxByStatus(OutboxStatus.DEAD, null, 10), "nothing dead");
        return new Outcome(out, run.complaints.size());
    }
}
