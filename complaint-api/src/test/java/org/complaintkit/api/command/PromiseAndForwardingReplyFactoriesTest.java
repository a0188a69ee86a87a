package org.complaintkit.api.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.complaintkit.api.complaint.ComplaintId;
import org.complaintkit.api.complaint.ContactMethod;
import org.complaintkit.api.complaint.ContactPoint;
import org.complaintkit.api.complaint.ForwardingSource;
import org.complaintkit.api.complaint.Sensitive;
import org.complaintkit.api.event.CompletionPromised;
import org.complaintkit.api.event.EventHeader;
import org.complaintkit.api.event.ForwardingBodyReplied;
import org.complaintkit.api.organisation.Actor;
import org.complaintkit.api.organisation.Role;
import org.complaintkit.api.organisation.StaffId;
import org.complaintkit.api.organisation.UnitId;
import org.complaintkit.spi.notification.Recipient;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class PromiseAndForwardingReplyFactoriesTest {
    static final ComplaintId ID = ComplaintId.of("C-1");
    static final Actor ACTOR = Actor.staff(StaffId.of("S-1"), UnitId.of("GD-SZ"), Role.HANDLER);
    static final IdempotencyKey KEY = IdempotencyKey.of("k-1");
    static final Instant AT = Instant.parse("2026-03-05T09:00:00Z");
    static final Sensitive TEXT = Sensitive.of("周四前答复");
    static final ContactPoint DESK = ContactPoint.of(ContactMethod.EMAIL, "xfb@regulator.example");

    @Test
    void the_factories_and_with_methods_match_the_canonical_constructors() {
        assertEquals(new PromiseCompletion(ID, ACTOR, KEY, AT, TEXT, null), PromiseCompletion.of(ID, ACTOR, KEY, AT, TEXT));
        assertEquals(new PromiseCompletion(ID, ACTOR, KEY, AT, TEXT, Sensitive.of("why")),
                PromiseCompletion.of(ID, ACTOR, KEY, AT, TEXT).withReason(Sensitive.of("why")));
        assertEquals(CommandType.PROMISE_COMPLETION, PromiseCompletion.of(ID, ACTOR, KEY, AT, TEXT).type());
        assertEquals(new ReplyToForwardingBody(ID, ACTOR, KEY, TEXT, DESK, null),
                ReplyToForwardingBody.of(ID, ACTOR, KEY, TEXT, DESK));
        assertEquals(new ReplyToForwardingBody(ID, ACTOR, KEY, TEXT, DESK, "JG-1"),
                ReplyToForwardingBody.of(ID, ACTOR, KEY, TEXT, DESK).withBodyReference("JG-1"));
        assertEquals(CommandType.REPLY_TO_FORWARDING_BODY, ReplyToForwardingBody.of(ID, ACTOR, KEY, TEXT, DESK).type());
    }

    @Test
    void a_changed_promise_carries_its_reason_and_neither_event_prints_its_text() {
        EventHeader header = new EventHeader(ID, 5, AT, ACTOR);
        assertThrows(IllegalArgumentException.class,
                () -> new CompletionPromised(header, AT.plusSeconds(60), TEXT, AT, null));
        CompletionPromised first = new CompletionPromised(header, AT.plusSeconds(60), TEXT, null, null);
        assertFalse(first.isChange());
        assertTrue(new CompletionPromised(header, AT.plusSeconds(60), TEXT, AT, Sensitive.of("原因")).isChange());
        assertFalse(first.toString().contains("周四"));
        ForwardingBodyReplied reply = new ForwardingBodyReplied(header, ForwardingSource.MEDIA, "TV-1", TEXT, DESK);
        assertFalse(reply.toString().contains("周四") || reply.toString().contains("xfb@"));
    }

    @Test
    void a_forwarding_body_is_reached_at_a_contact_point_and_shows_only_its_method() {
        Recipient body = Recipient.forwardingBody("REGULATOR", DESK);
        assertEquals("forwarding_body:REGULATOR", body.key());
        assertEquals("Recipient[FORWARDING_BODY REGULATOR via EMAIL]", body.toString());
        assertThrows(IllegalArgumentException.class, () -> new Recipient(Recipient.Kind.FORWARDING_BODY, "MEDIA"));
    }
}
