package org.complaintkit.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.complaintkit.api.command.CommandType;
import org.complaintkit.api.command.RegisterComplaint;
import org.complaintkit.api.command.ReplyToForwardingBody;
import org.complaintkit.api.complaint.ComplaintId;
import org.complaintkit.api.complaint.ContactMethod;
import org.complaintkit.api.complaint.ContactPoint;
import org.complaintkit.api.complaint.Forwarding;
import org.complaintkit.api.complaint.ForwardingSource;
import org.complaintkit.api.complaint.Sensitive;
import org.complaintkit.api.error.CommandRefusedException;
import org.complaintkit.api.error.ErrorCode;
import org.complaintkit.api.event.ForwardingBodyReplied;
import org.complaintkit.api.event.NoticeDelivered;
import org.complaintkit.core.notification.NoticeTypes;
import org.complaintkit.core.notification.NotificationSetup;
import org.complaintkit.core.sla.ClockState;
import org.complaintkit.core.sla.preset.ForwardingReplies;
import org.complaintkit.spi.notification.Notification;
import org.complaintkit.spi.notification.Recipient;
import org.complaintkit.testkit.Fixtures;
import org.complaintkit.testkit.ScriptedReceiver;
import org.complaintkit.spi.storage.ComplaintQuery;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Seed 003: "上级部门及新闻媒体、消保委等单位转来的投诉…对口回复投诉处理结果" — a complaint a body forwarded is answered to
 * that body: the reply goes out through the notification SPI in the body's own template, and its proof of sending is
 * in the ledger.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ForwardingBodyReplyTest {
    static final ContactPoint REGULATOR_DESK = ContactPoint.of(ContactMethod.EMAIL, "xfb@szbirc.example");
    static final String RESULT = "经核实，柜员未按规定办理取现，已向" + Fixtures.NAME + "致歉并办理。";
    final NoticeBank bank = new NoticeBank(NotificationSetup.standard(), b -> b.policies(ForwardingReplies.policy()));

    ComplaintId answered(Forwarding forwarding) {
        RegisterComplaint r = Fixtures.registration(bank.clock.instant());
        ComplaintId id = bank.lodge(new RegisterComplaint(r.actor(), r.idempotencyKey(), r.complainant(), r.channel(),
                r.receivedAt(), r.receivingUnit(), r.subjects(), r.content(), r.request(), forwarding, r.jurisdiction(),
                r.confidential()));
        bank.readyToRespond(id);
        bank.engine.execute(NoticeBank.respond(id, ContactMethod.PHONE));
        return id;
    }

    ReplyToForwardingBody reply(ComplaintId id) {
        return ReplyToForwardingBody.of(id, Fixtures.HANDLER, Fixtures.key(), Sensitive.of(RESULT), REGULATOR_DESK);
    }

    @Test
    void a_forwarded_complaints_reply_reaches_the_regulator_with_proof_in_the_ledger() {
        ComplaintId id = answered(Forwarding.from(ForwardingSource.REGULATOR, "SZJ-2026-0117"));
        assertEquals(ClockState.Status.RUNNING, bank.engine.hostReads().clock(id, ForwardingReplies.REPLY).status(),
                "the reply is owed from the answer to the customer");
        bank.clock.advance(Duration.ofHours(2));
        bank.engine.execute(reply(id));
        ForwardingBodyReplied replied = bank.engine.hostReads().history(id).stream()
                .filter(ForwardingBodyReplied.class::isInstance).map(ForwardingBodyReplied.class::cast)
                .findFirst().orElseThrow();
        assertEquals("SZJ-2026-0117", replied.bodyReference(), "the body's reference, as the registration recorded");
        assertEquals(ClockState.Status.MET, bank.engine.hostReads().clock(id, ForwardingReplies.REPLY).status());

        ScriptedReceiver regulator = ScriptedReceiver.reliable();
        ScriptedReceiver others = ScriptedReceiver.reliable();
        try (NotificationDispatcher dispatcher = NotificationDispatcher.builder(bank.engine).sender(others)
                .customerSender(ContactMethod.EMAIL, regulator).build()) {
            dispatcher.dispatchDue();
        }
        assertEquals(1, regulator.arrivals().size(), "the reply goes to the body by its own channel");
        Notification sent = regulator.arrivals().get(0);
        assertEquals(NoticeTypes.FORWARDING_REPLY_REGULATOR, sent.type());
        assertEquals(Recipient.Kind.FORWARDING_BODY, sent.recipients().get(0).kind());
        assertTrue(sent.subject().contains("SZJ-2026-0117") && sent.subject().contains(id.value()), sent.subject());
        assertTrue(sent.body().contains(RESULT), "the regulator reads the result as written");

        List<NoticeDelivered> toBody = bank.engine.hostReads().ledger(id).stream()
                .filter(NoticeDelivered::toForwardingBody).toList();
        assertEquals(1, toBody.size());
        assertEquals(REGULATOR_DESK, toBody.get(0).recipient().contact());
        assertEquals(NotificationDispatcher.digest(sent), toBody.get(0).contentDigest(), "proof of what was sent");
        assertEquals(replied.sequence(), toBody.get(0).sourceSequence());
    }

    @Test
    void the_complaint_is_found_by_the_forwarding_bodys_reference_and_by_the_one_its_reply_quotes() {
        ComplaintId id = answered(Forwarding.from(ForwardingSource.REGULATOR, "SZJ-2026-0117"));
        bank.engine.execute(reply(id).withBodyReference("SZJ-2026-0117-R1"));
        ComplaintQuery all = ComplaintQuery.all(10);
        assertEquals(List.of(id), bank.engine.hostReads().query(all.withExternalReference("SZJ-2026-0117")).ids());
        assertEquals(List.of(id), bank.engine.hostReads().query(all.withExternalReference("SZJ-2026-0117-R1")).ids());
    }

    @ParameterizedTest
    @EnumSource(ForwardingSource.class)
    void each_kind_of_forwarding_body_has_its_own_reply_in_every_standard_language(ForwardingSource body) {
        for (String tag : List.of("zh-CN", "zh-TW", "en")) {
            assertTrue(NotificationSetup.standard().templates()
                    .find(NoticeTypes.forwardingReply(body), java.util.Locale.forLanguageTag(tag)).isPresent(),
                    body + " in " + tag);
        }
    }

    @Test
    void the_media_read_the_reply_without_the_complainants_name() {
        ComplaintId id = answered(Forwarding.from(ForwardingSource.MEDIA));
        bank.engine.execute(reply(id).withBodyReference("SZTV-88"));
        Notification notice = bank.engine.hostReads().outbox(id).stream().map(e -> e.notification())
                .filter(n -> n.type().equals(NoticeTypes.FORWARDING_REPLY_MEDIA)).findFirst().orElseThrow();
        assertFalse(notice.body().contains(Fixtures.NAME), "the media get no personal data");
        assertTrue(notice.body().contains("柜员未按规定办理取现"), "but the result itself");
        assertTrue(notice.subject().contains("SZTV-88"));
    }

    @Test
    void a_complaint_the_customer_brought_directly_has_no_forwarding_body_to_reply_to() {
        ComplaintId id = answered(null);
        int before = bank.engine.hostReads().history(id).size();
        CommandRefusedException refused = assertThrows(CommandRefusedException.class,
                () -> bank.engine.execute(reply(id)));
        assertTrue(refused.has(ErrorCode.NOT_FORWARDED), refused.getMessage());
        assertEquals(before, bank.engine.hostReads().history(id).size(), "nothing is stored");
        assertTrue(bank.engine.hostReads().clocks(id).stream()
                .noneMatch(s -> s.definition().id().equals(ForwardingReplies.REPLY)), "and no reply is owed");
    }

    @Test
    void the_forwarding_body_is_answered_with_the_result_so_not_before_the_customer_is() {
        RegisterComplaint r = Fixtures.registration(bank.clock.instant());
        ComplaintId id = bank.lodge(new RegisterComplaint(r.actor(), r.idempotencyKey(), r.complainant(), r.channel(),
                r.receivedAt(), r.receivingUnit(), r.subjects(), r.content(), r.request(),
                Forwarding.from(ForwardingSource.CONSUMER_ASSOCIATION), r.jurisdiction(), r.confidential()));
        bank.move(id, CommandType.ACCEPT);
        CommandRefusedException refused = assertThrows(CommandRefusedException.class,
                () -> bank.engine.execute(reply(id)));
        assertTrue(refused.has(ErrorCode.ILLEGAL_TRANSITION), refused.getMessage());
    }
}
