package org.complaintkit.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.complaintkit.api.command.CommandType;
import org.complaintkit.api.complaint.ComplaintId;
import org.complaintkit.api.complaint.ComplaintStatus;
import org.complaintkit.api.complaint.ContactMethod;
import org.complaintkit.api.complaint.ContactPoint;
import org.complaintkit.api.error.ErrorCode;
import org.complaintkit.api.event.ClockChanged;
import org.complaintkit.api.event.NoticeFailed;
import org.complaintkit.core.integrity.ChainVerdict;
import org.complaintkit.core.integrity.IntegrityReport;
import org.complaintkit.core.integrity.Mismatch;
import org.complaintkit.core.integrity.MismatchKind;
import org.complaintkit.core.notification.NotificationSetup;
import org.complaintkit.spi.notification.Notification;
import org.complaintkit.spi.notification.Recipient;
import org.complaintkit.spi.storage.ComplaintIndex;
import org.complaintkit.spi.storage.ComplaintQuery;
import org.complaintkit.spi.storage.OutboxEntry;
import org.complaintkit.spi.storage.OutboxStatus;
import org.complaintkit.testkit.Fixtures;
import org.complaintkit.testkit.ScriptedReceiver;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/**
 * What the store keeps beside a sealed history, where no seal reaches, is compared with what the history
 * implies: an index row or a pending notice edited in the in-memory store (as an insider would edit the
 * database's rows) is reported by {@code verifyAll}, and the dispatcher does not send a notice whose recipient
 * the history does not name.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ReconciliationTest {
    private final EditedStore store = new EditedStore();
    private final NoticeBank bank = new NoticeBank(NotificationSetup.standard(), b -> b.store(store));

    private ComplaintId accepted() {
        ComplaintId id = bank.lodge();
        bank.move(id, CommandType.ACCEPT);
        return id;
    }

    private static List<ComplaintId> brokenIds(IntegrityReport report) {
        return report.broken().stream().map(ChainVerdict::complaintId).toList();
    }

    @Test
    void an_index_row_closed_with_its_next_due_instant_cleared_silences_the_sweeps_and_is_reported() {
        ComplaintId edited = accepted();
        ComplaintId untouched = accepted();
        assertTrue(bank.engine.verifyAll(ComplaintQuery.all(10)).intact());
        ComplaintIndex row = store.indexRow(edited).orElseThrow().index();
        assertNotNull(row.nextDueAt());
        store.editIndex(edited, new ComplaintIndex(ComplaintStatus.CLOSED, row.receivingUnit(), row.handlingUnit(),
                row.customer(), row.receivedAt(), row.lastChangedAt(), null, row.fingerprint()).withQueue(row.queue()));

        bank.clock.advance(Duration.ofDays(30));
        bank.engine.tick();
        assertTrue(bank.engine.hostReads().history(untouched).stream().anyMatch(e -> e instanceof ClockChanged
                && e.actor().equals(ClockKeeper.SWEEP)), "the sweep records the untouched complaint's warnings and breach");
        assertFalse(bank.engine.hostReads().history(edited).stream().anyMatch(e -> e instanceof ClockChanged
                && e.actor().equals(ClockKeeper.SWEEP)), "the edited one is never leased: its clocks are silent");

        IntegrityReport report = bank.engine.verifyAll(ComplaintQuery.all(10));
        assertEquals(List.of(edited), brokenIds(report));
        assertEquals(List.of(MismatchKind.STATUS, MismatchKind.NEXT_DUE),
                report.mismatches().stream().map(Mismatch::kind).toList());
        assertTrue(report.broken().get(0).breakFound().isEmpty(), "the sealed history itself is intact");
    }

    @Test
    void a_pending_notice_sent_to_a_changed_phone_number_is_reported_and_the_dispatcher_does_not_send_it() {
        ComplaintId edited = accepted();
        ComplaintId untouched = accepted();
        OutboxEntry pending = customerNotice(edited);
        Notification n = pending.notification();
        Recipient elsewhere = Recipient.customer(edited.value(), ContactPoint.of(ContactMethod.PHONE, "13900000000"));
        store.editNotice(new OutboxEntry(pending.dedupeKey(), edited, pending.sourceSequence(), new Notification(
                n.complaintId(), n.type(), List.of(elsewhere), n.templateKey(), n.parameters(), n.locale(),
                n.dedupeKey(), n.subject(), n.body()), pending.status(), pending.attempts(), pending.createdAt(),
                pending.nextAttemptAt(), pending.leasedUntil(), pending.lastFailure()));

        IntegrityReport report = bank.engine.verifyAll(ComplaintQuery.all(10));
        assertEquals(List.of(edited), brokenIds(report));
        assertEquals(List.of(new Mismatch(edited, MismatchKind.RECIPIENT, pending.dedupeKey(),
                "the notice is addressed to another contact point than the one the history implies")),
                report.mismatches());

        ScriptedReceiver receiver = ScriptedReceiver.reliable();
        try (NotificationDispatcher dispatcher = NotificationDispatcher.builder(bank.engine).sender(receiver).build()) {
            dispatcher.dispatchDue();
        }
        assertFalse(receiver.accepted().containsKey(pending.dedupeKey()), "nothing goes to the changed number");
        assertTrue(receiver.accepted().containsKey(customerNotice(untouched).dedupeKey()));
        assertEquals(List.of(), bank.engine.hostReads().ledger(edited), "no proof of notice");
        assertEquals(1, bank.engine.hostReads().ledger(untouched).size());
        OutboxEntry dead = bank.engine.hostReads().outbox(edited).stream().filter(e -> e.dedupeKey().equals(pending.dedupeKey()))
                .findFirst().orElseThrow();
        assertEquals(OutboxStatus.DEAD, dead.status());
        assertTrue(dead.lastFailure().startsWith(ErrorCode.NOTICE_RECIPIENT_DISAGREES.code()), dead.lastFailure());
        NoticeFailed refused = bank.engine.hostReads().history(edited).stream().filter(NoticeFailed.class::isInstance)
                .map(NoticeFailed.class::cast).findFirst().orElseThrow();
        assertTrue(refused.deadLettered());
        assertTrue(refused.reason().startsWith(ErrorCode.NOTICE_RECIPIENT_DISAGREES.code()), refused.reason());
        assertFalse(refused.reason().contains("13900000000") || refused.reason().contains(Fixtures.PHONE),
                "no contact point in the reason");
    }

    private OutboxEntry customerNotice(ComplaintId id) {
        return bank.engine.hostReads().outbox(id).stream()
                .filter(e -> e.notification().recipients().get(0).kind() == Recipient.Kind.CUSTOMER)
                .findFirst().orElseThrow();
    }
}
