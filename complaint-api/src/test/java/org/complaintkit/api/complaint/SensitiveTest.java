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
                .filter(m -> !Modifier.isStatic(m.getModifiers()) && m.getReturnType() == String.class)
                .map(Method::getName).sorted().toList();
        assertEquals(List.of("ciphertext", "keyRef", "reveal", "toString"), givingText,
                "the ciphertext and the key's reference are no personal data; reveal() is the only way to the text");
        assertEquals(null, Sensitive.of("王芳").ciphertext(), "a plain value has no ciphertext to hand out");
        assertEquals("[redacted]", Sensitive.of("王芳").toString());
        assertEquals("王芳", Sensitive.of("王芳").reveal());
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
