package org.complaintkit.api.error;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.complaintkit.api.complaint.Sensitive;

class ChecksProperties {

    /** The obvious definition, code point by code point. */
    private static boolean naiveLegal(String s) {
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            if (Character.getType(cp) == Character.SURROGATE) {
                return false;
            }
            if (Character.isISOControl(cp) && cp != '\t' && cp != '\n' && cp != '\r') {
                return false;
            }
            i += Character.charCount(cp);
        }
        return true;
    }

    @Provide
    Arbitrary<String> hostileTexts() {
        Arbitrary<Character> chars = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(5, Arbitraries.chars().all()),
                net.jqwik.api.Tuple.of(2, Arbitraries.chars().range('\u4e00', '\u9fff')),
                net.jqwik.api.Tuple.of(1, Arbitraries.chars().range('\ud800', '\udfff')),
                net.jqwik.api.Tuple.of(1, Arbitraries.chars().range('\u0000', '\u001f')),
                net.jqwik.api.Tuple.of(1, Arbitraries.of('\u0600', '\u200f', '\'', '"', ';', '\\', '{', '}', '$')));
        return chars.list().ofMaxSize(40).map(list -> {
            StringBuilder b = new StringBuilder();
            list.forEach(b::append);
            return b.toString();
        });
    }

    @Property(tries = 2000)
    void legal_characters_agree_with_the_code_point_definition(@ForAll("hostileTexts") String text) {
        assertEquals(naiveLegal(text), Checks.hasOnlyLegalCharacters(text));
    }

    @Property(tries = 2000)
    void a_sensitive_text_is_either_accepted_whole_or_refused_with_a_code(@ForAll("hostileTexts") String text) {
        if (!text.isBlank() && naiveLegal(text)) {
            assertEquals(text, Sensitive.of(text).reveal());
            assertEquals("[redacted]", Sensitive.of(text).toString());
        } else {
            InvalidInputException e = assertThrows(InvalidInputException.class, () -> Sensitive.of(text));
            assertEquals(text.isBlank() ? ErrorCode.BLANK : ErrorCode.ILLEGAL_CHARACTERS, e.code());
            if (!text.isBlank()) {
                assertEquals(false, e.getMessage().contains(text), "the refused value is never quoted");
            }
        }
    }
}
