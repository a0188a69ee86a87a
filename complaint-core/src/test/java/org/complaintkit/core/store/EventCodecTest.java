package org.complaintkit.core.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import org.complaintkit.api.complaint.ComplaintId;
import org.complaintkit.api.complaint.Money;
import org.complaintkit.api.complaint.Sensitive;
import org.complaintkit.api.error.ErrorCode;
import org.complaintkit.api.error.StoreException;
import org.complaintkit.api.event.ClockChanged;
import org.complaintkit.api.event.ComplaintEvent;
import org.complaintkit.api.event.EmergencyPaymentMade;
import org.complaintkit.api.event.EventHeader;
import org.complaintkit.api.event.NewFactsRecorded;
import org.complaintkit.api.sla.BreachAction;
import org.complaintkit.api.sla.ClockChange;
import org.complaintkit.testkit.Fixtures;
import org.complaintkit.spi.storage.codec.EventCodec;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/**
 * The JSON form of events. Every event type the engine produces is also round-tripped by the property tests,
 * whose store ({@code EncodingStore}) passes each event through the codec.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class EventCodecTest {
    private static final ComplaintId ID = ComplaintId.of("C-1");
    private static final Instant AT = Instant.parse("2026-03-02T01:30:00Z");

    private static EventHeader header(long sequence) {
        return new EventHeader(ID, sequence, AT, Fixtures.HANDLER);
    }

    private static ClockChanged clock(String reason, LinkedHashSet<BreachAction> actions) {
        return new ClockChanged(header(2), "decision", ClockChange.OVERDUE, AT.plusSeconds(86_400), "cn-2026.1", reason,
                actions);
    }

    @Test
    void texts_of_every_kind_come_back_exactly_and_the_json_is_clean_utf8() {
        List<String> texts = List.of("x".repeat(100_000), "投诉😀👍🏽 emoji", "שלום مرحبا \u202Etext",
                "tab\tnew\nline\r\nreturn", "quotes ' \" ` and \\ backslash /slash", "'; DROP TABLE events; --",
                "{\"@type\":\"ComplaintAccepted\"} ${x} {{y}}", "\u2028\u2029 separators");
        for (String text : texts) {
            NewFactsRecorded event = new NewFactsRecorded(header(2), Sensitive.of(text));
            String json = EventCodec.encode(event);
            assertEquals(event, EventCodec.decode(json));
            assertEquals(json, new String(json.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8));
        }
    }

    @Test
    void control_characters_and_unpaired_surrogates_are_escaped_so_a_database_can_hold_the_text() {
        String hostile = "nul\u0000 bell\u0007 del\u007f lone high \uD83D and lone low \uDE00 end";
        ClockChanged event = clock(hostile, new LinkedHashSet<>());
        String json = EventCodec.encode(event);
        assertFalse(json.chars().anyMatch(c -> c < 0x20 || Character.isSurrogate((char) c)), json);
        assertTrue(json.contains("\\u0000") && json.contains("\\ud83d") && json.contains("\\ude00"), json);
        assertEquals(event, EventCodec.decode(json));
    }

    @Test
    void decimals_keep_their_digits_and_instants_their_nanoseconds() {
        EmergencyPaymentMade event = new EmergencyPaymentMade(new EventHeader(ID, 3, AT.plusNanos(123_456_789),
                Fixtures.HANDLER), Money.of("500.10", "CNY"), Sensitive.of("紧急支付"));
        ComplaintEvent back = EventCodec.decode(EventCodec.encode(event));
        assertEquals(event, back);
        assertEquals(event.amount().amount().toPlainString(), ((EmergencyPaymentMade) back).amount().amount().toPlainString());
        assertEquals(AT.plusNanos(123_456_789), back.occurredAt());
    }

    @Test
    void sets_are_written_in_one_order_whatever_order_they_were_built_in() {
        LinkedHashSet<BreachAction> one = new LinkedHashSet<>(List.of(BreachAction.values()));
        LinkedHashSet<BreachAction> other = new LinkedHashSet<>();
        for (int i = BreachAction.values().length - 1; i >= 0; i--) {
            other.add(BreachAction.values()[i]);
        }
        assertEquals(EventCodec.encode(clock("r", one)), EventCodec.encode(clock("r", other)));
    }

    @Test
    void the_type_name_comes_first_and_names_the_event() {
        String json = EventCodec.encode(new NewFactsRecorded(header(2), Sensitive.of("x")));
        assertTrue(json.startsWith("{\"@type\":\"NewFactsRecorded\",\"header\":{"), json);
        assertEquals("NewFactsRecorded", EventCodec.typeOf(new NewFactsRecorded(header(2), Sensitive.of("x"))));
    }

    @Test
    void damaged_text_is_a_store_failure_whose_message_quotes_none_of_the_content() {
        String good = EventCodec.encode(new NewFactsRecorded(header(2), Sensitive.of("张小明 13812345678")));
        List<String> damaged = List.of(good.substring(0, good.length() - 5), good.replace("NewFactsRecorded", "NoSuchEvent"),
                good.replace("\"sequence\":2", "\"sequence\":\"2\""), good.replace("\"facts\"", "\"fax\""),
                good + " trailing", "[]", "", "{\"@type\":\"NewFactsRecorded\",\"header\":null,\"facts\":null}",
                good.replace("\"sequence\":2", "\"sequence\":0"));
        for (String text : damaged) {
            StoreException e = assertThrows(StoreException.class, () -> EventCodec.decode(text), text);
            assertEquals(ErrorCode.STORE_FAILURE, e.code());
            assertFalse(e.getMessage().contains("13812345678") || e.getMessage().contains("张小明"), e.getMessage());
        }
    }
}
