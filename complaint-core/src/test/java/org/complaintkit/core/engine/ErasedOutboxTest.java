package org.complaintkit.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.complaintkit.api.command.CommandType;
import org.complaintkit.api.command.ErasePersonalData;
import org.complaintkit.api.complaint.ComplaintId;
import org.complaintkit.api.complaint.Sensitive;
import org.complaintkit.api.error.CommandRefusedException;
import org.complaintkit.api.error.ErrorCode;
import org.complaintkit.api.event.ComplaintEvent;
import org.complaintkit.api.event.NoticeFailed;
import org.complaintkit.api.event.PersonalDataErased;
import org.complaintkit.core.erasure.InMemoryPersonalDataKeys;
import org.complaintkit.core.notification.NotificationSetup;
import org.complaintkit.core.store.InMemoryComplaintStore;
import org.complaintkit.spi.notification.Notification;
import org.complaintkit.spi.notification.Recipient;
import org.complaintkit.spi.storage.ComplaintQuery;
import org.complaintkit.spi.storage.ComplaintStore;
import org.complaintkit.spi.storage.OutboxEntry;
import org.complaintkit.spi.storage.OutboxStatus;
import org.complaintkit.spi.storage.codec.EventCodec;
import org.complaintkit.testkit.Fixtures;
import org.complaintkit.testkit.ForwardingStore;
import org.complaintkit.testkit.ScriptedReceiver;
import org.junit.jupiter.api.Test;

/**
 * The outbox after an erasure (issue 27, item 5's leftovers): a notice keeps its rendered text and its recipient's
 * contact point in clear where no key reaches, so the erasure's own append takes them out of every entry of the
 * complaint, ends the undelivered ones unsent on the record, and no notice derived afterwards goes to the erased
 * contact point.
 */
class ErasedOutboxTest {
    /** The in-memory store, which can run something right after a dispatcher leases its notices. */
    static final class LeaseHookStore extends ForwardingStore {
        Runnable afterLease;

        LeaseHookStore() {
            super(new InMemoryComplaintStore());
        }

        @Override
        public List<OutboxEntry> leaseOutbox(Instant now, Instant until, int limit) {
            List<OutboxEntry> leased = super.leaseOutbox(now, until, limit);
            Runnable hook = afterLease;
            afterLease = null;
            if (hook != null) {
                hook.run();
            }
            return leased;
        }
    }

    private final LeaseHookStore store = new LeaseHookStore();
    private final NoticeBank bank = new NoticeBank(NotificationSetup.standard(),
            b -> b.store(store).personalDataKeys(new InMemoryPersonalDataKeys()));
    private final ScriptedReceiver receiver = ScriptedReceiver.reliable();

    private ComplaintId accepted() {
        ComplaintId id = bank.lodge();
        bank.move(id, CommandType.ACCEPT);
        return id;
    }

    private void erase(ComplaintId id) {
        bank.clock.advance(Duration.ofMinutes(5));
        bank.engine.execute(ErasePersonalData.of(id, NoticeBank.MANAGER, Fixtures.key(), "PIPL-47",
                "the customer asked for erasure"));
    }

    private void dispatch() {
        try (NotificationDispatcher dispatcher = NotificationDispatcher.builder(bank.engine).sender(receiver).build()) {
            dispatcher.dispatchDue();
        }
    }

    /** Every form the store keeps of a complaint: its events and outbox entries encoded as a database holds them,
     * and each entry's texts and contact points as the store's objects hold them. */
    static List<String> storedForms(ComplaintStore store, ComplaintId id) {
        List<String> forms = new ArrayList<>();
        for (ComplaintEvent event : store.load(id)) {
            forms.add(EventCodec.encode(event));
        }
        for (OutboxEntry entry : store.outbox(id)) {
            Notification notice = entry.notification();
            forms.add(EventCodec.encodeNotification(notice));
            forms.add(notice.subject());
            forms.add(notice.body());
            forms.addAll(notice.parameters().values());
            for (Recipient recipient : notice.recipients()) {
                if (recipient.contact() != null && recipient.contact().address() != null) {
                    forms.add(recipient.contact().address().reveal());
                }
            }
            forms.add(String.valueOf(entry.lastFailure()));
        }
        store.projection(id).ifPresent(p -> forms.add(p.projection().facts()));
        return forms;
    }

    static void holdsNone(List<String> forms, String... clear) {
        for (String form : forms) {
            for (String text : clear) {
                assertFalse(form.contains(text), "a stored form still holds a clear personal text");
            }
        }
    }

    private List<String> mismatches() {
        return bank.engine.verifyAll(ComplaintQuery.all(10)).mismatches().stream().map(m -> m.kind() + " "
                + m.reason()).toList();
    }

    @Test
    void aNoticePendingAtTheErasureEndsUnsentOnTheRecordAndNoStoredFormKeepsItsText() {
        ComplaintId id = accepted();
        List<OutboxEntry> before = bank.engine.hostReads().outbox(id);
        assertTrue(before.stream().anyMatch(e -> e.notification().toCustomer()), "an acknowledgement is pending");
        assertTrue(storedForms(store, id).stream().anyMatch(f -> f.contains(Fixtures.NAME)
                || f.contains(Fixtures.PHONE)), "before the erasure a notice holds the complainant in clear");

        erase(id);

        holdsNone(storedForms(store, id), Fixtures.NAME, Fixtures.PHONE, Fixtures.CONTENT);
        List<ComplaintEvent> history = bank.engine.hostReads().history(id);
        long erasure = history.stream().filter(PersonalDataErased.class::isInstance).findFirst().orElseThrow()
                .sequence();
        List<NoticeFailed> ended = history.stream().filter(NoticeFailed.class::isInstance)
                .map(NoticeFailed.class::cast).toList();
        assertEquals(before.stream().map(OutboxEntry::dedupeKey).toList(),
                ended.stream().map(NoticeFailed::dedupeKey).toList(), "each pending notice is ended on the record");
        for (NoticeFailed failed : ended) {
            assertTrue(failed.deadLettered());
            assertTrue(failed.reason().startsWith("CMP-2284"), failed.reason());
            assertTrue(failed.sequence() > erasure, "in the erasure's append, after it");
            assertEquals(history.get((int) erasure - 1).occurredAt(), failed.occurredAt());
        }
        for (OutboxEntry entry : bank.engine.hostReads().outbox(id)) {
            assertEquals(OutboxStatus.DEAD, entry.status());
            assertTrue(entry.lastFailure().startsWith("CMP-2284"), entry.lastFailure());
            assertEquals(Sensitive.ERASED_MARKER, entry.notification().body());
        }

        dispatch();
        assertEquals(Map.of(), receiver.accepted(), "nothing is sent");
        assertEquals(List.of(), mismatches(), "the outbox agrees with the history");
        assertTrue(bank.engine.verify(id).intact());
    }

    @Test
    void aNoticeDeliveredBeforeTheErasureKeepsItsProofButNotItsText() {
        ComplaintId id = accepted();
        dispatch();
        int delivered = bank.engine.hostReads().ledger(id).size();
        assertTrue(delivered > 0, bank.engine.hostReads().outbox(id).stream().map(e -> e.status() + " "
                + e.lastFailure() + " " + e.notification().recipients()).toList().toString());

        erase(id);

        holdsNone(storedForms(store, id), Fixtures.NAME, Fixtures.PHONE, Fixtures.CONTENT);
        List<OutboxEntry> outbox = bank.engine.hostReads().outbox(id);
        assertTrue(outbox.stream().anyMatch(e -> e.status() == OutboxStatus.DELIVERED));
        for (OutboxEntry entry : outbox) {
            assertEquals(OutboxStatus.DELIVERED, entry.status(), "delivered stays delivered, for its retention");
            assertTrue(ErasedNotices.isErased(entry.notification()));
        }
        assertEquals(delivered, bank.engine.hostReads().ledger(id).size(), "the proof of notice stays");
        assertTrue(bank.engine.hostReads().history(id).stream().noneMatch(NoticeFailed.class::isInstance),
                "nothing was ended");
        assertEquals(List.of(), mismatches());
    }

    @Test
    void aNoticeToTheComplainantDerivedAfterTheErasureIsWrittenDeadWithItsCodeAndNeverSent() {
        ComplaintId id = bank.lodge();
        dispatch();
        erase(id);
        int sentBefore = receiver.accepted().size();

        bank.move(id, CommandType.ACCEPT);

        OutboxEntry acknowledgement = bank.engine.hostReads().outbox(id).stream()
                .filter(e -> e.notification().toCustomer()).findFirst().orElseThrow();
        assertEquals(OutboxStatus.DEAD, acknowledgement.status());
        assertTrue(acknowledgement.lastFailure().startsWith("CMP-2285"), acknowledgement.lastFailure());
        assertTrue(ErasedNotices.isErased(acknowledgement.notification()));
        dispatch();
        assertFalse(receiver.accepted().containsKey(acknowledgement.dedupeKey()));
        assertTrue(receiver.accepted().size() >= sentBefore);
        holdsNone(storedForms(store, id), Fixtures.NAME, Fixtures.PHONE, Fixtures.CONTENT);
        assertEquals(List.of(), mismatches());
    }

    @Test
    void anAuthorisedReadersCaseFileShowsTheMarkerAndNoClearTextInItsOutboxSection() {
        ComplaintId id = accepted();
        dispatch();
        String before = bank.engine.caseFile(id, NoticeBank.MANAGER).text();
        assertTrue(before.contains(Fixtures.PHONE), "before the erasure the reader sees the contact");

        erase(id);

        String after = bank.engine.caseFile(id, NoticeBank.MANAGER).text();
        assertTrue(after.contains(Sensitive.ERASED_MARKER));
        holdsNone(List.of(after), Fixtures.NAME, Fixtures.PHONE, Fixtures.CONTENT);
    }

    @Test
    void aNoticeWhoseTextWasErasedCannotBePutBackForDelivery() {
        ComplaintId id = accepted();
        erase(id);
        OutboxEntry dead = bank.engine.hostReads().outbox(id).get(0);
        try (NotificationDispatcher dispatcher = NotificationDispatcher.builder(bank.engine).sender(receiver).build()) {
            CommandRefusedException refused = assertThrows(CommandRefusedException.class,
                    () -> dispatcher.retry(dead.dedupeKey(), NoticeBank.MANAGER, "relay repaired"));
            assertEquals(ErrorCode.ERASED_NOTICE_NOT_RETRIED, refused.violations().get(0).code());
        }
    }

    @Test
    void aNoticeLeasedBeforeTheErasureCommittedIsNotSentAfterIt() {
        ComplaintId id = accepted();
        store.afterLease = () -> erase(id);

        dispatch();

        assertEquals(Map.of(), receiver.accepted(), "the copies leased in clear are not sent");
        assertEquals(0, bank.engine.hostReads().ledger(id).size());
        holdsNone(storedForms(store, id), Fixtures.NAME, Fixtures.PHONE, Fixtures.CONTENT);
        assertEquals(List.of(), mismatches());
    }
}
