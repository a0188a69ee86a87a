package org.complaintkit.api.complaint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.complaintkit.api.event.EventHeader;
import org.complaintkit.api.event.NewFactsRecorded;
import org.complaintkit.api.organisation.Actor;
import org.complaintkit.api.organisation.Role;
import org.complaintkit.api.organisation.StaffId;
import org.complaintkit.api.organisation.UnitId;
import org.complaintkit.spi.storage.codec.EventCodec;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/**
 * A sensitive text is read through {@code reveal()} only, the one call a code review looks for; no accessor
 * hands it out under another name, and its stored form stays what it was when it was a record.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class SensitiveTest {

    @Test
    void the_text_is_reachable_only_through_reveal() {
        assertFalse(Sensitive.class.isRecord(), "a record's accessor would hand the text out");
        List<String> givingText = Arrays.stream(Sensitive.class.getMethods())
                .filter(m -> !Modifier.isStatic(m.getModifiers()) && (m.getReturnType() == String.class
                        || m.getGenericReturnType().getTypeName().equals("java.util.Optional<java.lang.String>")))
                .map(Method::getName).sorted().toList();
        assertEquals(List.of("ciphertext", "keyRef", "reveal", "toString"), givingText,
                "the ciphertext and the key's reference are no personal data; reveal() is the only way to the text");
        assertEquals(Optional.empty(), Sensitive.of("王芳").ciphertext(), "a plain value has no ciphertext to hand out");
        assertEquals(Optional.empty(), Sensitive.of("王芳").keyRef(), "nor a key");
        assertEquals("[redacted]", Sensitive.of("王芳").toString());
        assertEquals("王芳", Sensitive.of("王芳").reveal());
    }

    @Test
    void an_encrypted_value_hands_out_its_ciphertext_and_key_and_stores_them_as_before() {
        Sensitive locked = Sensitive.locked("5pWw5o2u", "key-C-1");
        assertEquals(Optional.of("5pWw5o2u"), locked.ciphertext());
        assertEquals(Optional.of("key-C-1"), locked.keyRef());
        NewFactsRecorded facts = new NewFactsRecorded(new EventHeader(ComplaintId.of("C-1"), 3,
                Instant.parse("2026-03-02T01:30:00Z"), Actor.staff(StaffId.of("S-2001"), UnitId.of("GD-SZ-FT"),
                        Role.HANDLER)), locked);
        String json = EventCodec.encode(facts);
        assertTrue(json.endsWith(",\"facts\":{\"enc\":\"5pWw5o2u\",\"k\":\"key-C-1\"}}"), json);
        assertEquals(facts, EventCodec.decode(json));
    }

    @Test
    void equal_texts_are_equal_values() {
        assertEquals(Sensitive.of("王芳"), Sensitive.of("王" + "芳"));
        assertEquals(Sensitive.of("王芳").hashCode(), Sensitive.of("王" + "芳").hashCode());
        assertNotEquals(Sensitive.of("王芳"), Sensitive.of("王芳 "));
    }

    @Test
    void the_stored_form_is_the_one_the_record_had() {
        NewFactsRecorded facts = new NewFactsRecorded(new EventHeader(ComplaintId.of("C-1"), 3,
                Instant.parse("2026-03-02T01:30:00Z"), Actor.staff(StaffId.of("S-2001"), UnitId.of("GD-SZ-FT"),
                        Role.HANDLER)), Sensitive.of("新的事实\n\"引号\""));
        String json = EventCodec.encode(facts);
        assertFalse(json.contains("[redacted]"), json);
        assertTrue(json.endsWith(",\"facts\":{\"value\":\"新的事实\\u000a\\\"引号\\\"\"}}"), json);
        assertEquals(facts, EventCodec.decode(json));
    }
}
