package org.complaintkit.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.complaintkit.api.command.RegisterComplaint;
import org.complaintkit.api.command.RejectComplaint;
import org.complaintkit.api.complaint.ComplaintId;
import org.complaintkit.api.complaint.ComplaintStatus;
import org.complaintkit.api.complaint.Sensitive;
import org.complaintkit.api.error.ErrorCode;
import org.complaintkit.api.error.InvalidInputException;
import org.complaintkit.api.event.NoticeDelivered;
import org.complaintkit.core.notification.NoticeTypes;
import org.complaintkit.spi.notification.Notification;
import org.complaintkit.testkit.Fixtures;
import org.complaintkit.testkit.ScriptedReceiver;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * Seed 002 第八条(二): "不予以受理，并告知投诉人不予以受理的理由" — a complaint that is not accepted is answered with
 * the reason, in the complainant's language, with proof of the notice in the ledger.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class NotAcceptedNoticeTest {
    static final String REASON = "所述事项已由法院受理，依规不予受理 / already before a court";
    final NoticeBank bank = new NoticeBank();

    ComplaintId lodgedIn(String jurisdiction) {
        RegisterComplaint r = Fixtures.registration(bank.clock.instant());
        return bank.lodge(new RegisterComplaint(r.actor(), r.idempotencyKey(), r.complainant(), r.channel(),
                r.receivedAt(), r.receivingUnit(), r.subjects(), r.content(), r.request(), r.forwardedFrom(),
                jurisdiction, r.confidential()));
    }

    @ParameterizedTest(name = "a complainant under {0} is told in {1}")
    @CsvSource({"CN, zh-CN, 不予受理", "HK, zh-TW, 不予受理", "GB, en, cannot accept"})
    void a_complainant_whose_complaint_is_not_accepted_receives_the_reason_in_their_language(String jurisdiction,
                                                                                            String locale, String words) {
        ComplaintId id = lodgedIn(jurisdiction);
        bank.clock.advance(Duration.ofHours(1));
        bank.engine.execute(RejectComplaint.of(id, Fixtures.HANDLER, Fixtures.key(), Sensitive.of(REASON)));
        assertEquals(ComplaintStatus.NOT_ACCEPTED, bank.engine.hostReads().find(id).orElseThrow().status());
        assertEquals(List.of(NoticeTypes.NOT_ACCEPTED + "->customer"), bank.types(id));

        ScriptedReceiver receiver = ScriptedReceiver.reliable();
        try (NotificationDispatcher dispatcher = NotificationDispatcher.builder(bank.engine).sender(receiver).build()) {
            assertEquals(1, dispatcher.dispatchDue().delivered());
        }
        Notification sent = receiver.arrivals().get(0);
        assertEquals(locale, sent.locale().toLanguageTag());
        assertTrue(sent.subject().contains(id.value()), sent.subject());
        assertTrue(sent.body().contains(REASON), "the reason itself reaches the complainant");
        assertTrue(sent.body().contains(words) || sent.subject().contains(words), sent.body());
        List<NoticeDelivered> ledger = bank.engine.hostReads().ledger(id);
        assertEquals(1, ledger.size());
        assertEquals(NoticeTypes.NOT_ACCEPTED, ledger.get(0).noticeType());
        assertTrue(ledger.get(0).toCustomer());
    }

    @Test
    void a_rejection_without_a_reason_is_refused_and_nothing_is_stored_or_sent() {
        ComplaintId id = lodgedIn("CN");
        int before = bank.engine.hostReads().history(id).size();
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> bank.engine.execute(
                new RejectComplaint(id, Fixtures.HANDLER, Fixtures.key(), null)));
        assertTrue(refused.has(ErrorCode.REQUIRED), refused.getMessage());
        assertTrue(assertThrows(InvalidInputException.class, () -> Sensitive.of("   ")).has(ErrorCode.BLANK),
                "a blank reason cannot even be written");
        assertEquals(before, bank.engine.hostReads().history(id).size());
        assertEquals(List.of(), bank.types(id));
        assertEquals(ComplaintStatus.REGISTERED, bank.engine.hostReads().find(id).orElseThrow().status());
    }
}
