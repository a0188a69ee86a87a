package org.complaintkit.api.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.complaintkit.api.complaint.Channel;
import org.complaintkit.api.complaint.ComplaintId;
import org.complaintkit.api.complaint.ComplaintStatus;
import org.complaintkit.api.organisation.UnitId;

/**
 * A view's JSON is inlined into HTML pages by hosts ({@code <script>var view = ...;</script>}), so nothing in
 * it may close the script element or start markup, and it must stay valid JSON that reads back exactly.
 */
class ComplaintViewJsonTest {

    private static ComplaintView view(String content, String product) {
        return new ComplaintView(ComplaintId.of("C-1"), ComplaintStatus.REGISTERED, Channel.ONLINE_BANKING,
                Instant.parse("2026-03-02T01:30:00Z"), UnitId.of("GD-SZ-FT-001"), null, "****0123", "张**",
                "138****5678", content, "道歉", List.of(product), ViewRights.MASKED);
    }

    @Example
    void a_closing_script_tag_in_the_content_cannot_end_the_script_element_it_is_inlined_in() {
        String json = view("</script><script>alert(1)</script><!-- & \u2028\u2029", "P&<>").toJson();
        assertFalse(json.contains("</script"), json);
        assertFalse(json.contains("<!--"), json);
        for (char c : new char[] {'<', '>', '&', '\u2028', '\u2029'}) {
            assertEquals(-1, json.indexOf(c), "raw " + (int) c + " in " + json);
        }
        assertTrue(json.contains("\\u003c/script\\u003e"), json);
        Map<String, Object> read = new Reader(json).object();
        assertEquals("</script><script>alert(1)</script><!-- & \u2028\u2029", read.get("content"));
        assertEquals(List.of("P&<>"), read.get("products"));
        assertEquals(null, read.get("handlingUnit"));
        assertEquals(false, read.get("personalDataShown"));
    }

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.oneOf(Arbitraries.strings().withChars("<>&\"\\/'\u2028\u2029\n\r\t\u0000 a张").ofMaxLength(40),
                Arbitraries.strings().ofMaxLength(40));
    }

    @Property(tries = 300)
    void the_json_holds_no_character_html_reads_as_markup_and_reads_back_exactly(@ForAll("texts") String text) {
        String json = view(text, text.isEmpty() ? "P" : text).toJson();
        for (char c : new char[] {'<', '>', '&', '\u2028', '\u2029'}) {
            assertEquals(-1, json.indexOf(c), json);
        }
        Map<String, Object> read = new Reader(json).object();
        assertEquals(text, read.get("content"));
        assertEquals("GD-SZ-FT-001", read.get("receivingUnit"));
    }

    /** A strict reader of the JSON a view writes: an object of strings, nulls, booleans and arrays of strings. */
    private static final class Reader {
        private final String in;
        private int at;

        Reader(String in) {
            this.in = in;
        }

        Map<String, Object> object() {
            Map<String, Object> out = new LinkedHashMap<>();
            expect('{');
            while (true) {
                String key = string();
                expect(':');
                out.put(key, value());
                if (in.charAt(at) == '}') {
                    at++;
                    assertEquals(in.length(), at, "trailing text");
                    return out;
                }
                expect(',');
            }
        }

        private Object value() {
            char c = in.charAt(at);
            if (c == '"') {
                return string();
            } else if (c == '[') {
                at++;
                List<String> items = new ArrayList<>();
                while (in.charAt(at) != ']') {
                    items.add(string());
                    if (in.charAt(at) == ',') {
                        at++;
                    }
                }
                at++;
                return items;
            }
            for (String word : List.of("null", "true", "false")) {
                if (in.startsWith(word, at)) {
                    at += word.length();
                    return word.equals("null") ? null : Boolean.valueOf(word);
                }
            }
            throw new AssertionError("unexpected text at " + at + ": " + in);
        }

        private String string() {
            expect('"');
            StringBuilder out = new StringBuilder();
            while (true) {
                char c = in.charAt(at++);
                if (c == '"') {
                    return out.toString();
                }
                if (c < 0x20) {
                    throw new AssertionError("a raw control character is not JSON: " + in);
                }
                if (c != '\\') {
                    out.append(c);
                    continue;
                }
                char e = in.charAt(at++);
                switch (e) {
                    case '"', '\\', '/' -> out.append(e);
                    case 'n' -> out.append('\n');
                    case 'r' -> out.append('\r');
                    case 't' -> out.append('\t');
                    case 'b' -> out.append('\b');
                    case 'f' -> out.append('\f');
                    case 'u' -> {
                        out.append((char) Integer.parseInt(in.substring(at, at + 4), 16));
                        at += 4;
                    }
                    default -> throw new AssertionError("bad escape in " + in);
                }
            }
        }

        private void expect(char c) {
            if (in.charAt(at) != c) {
                throw new AssertionError("expected " + c + " at " + at + " in " + in);
            }
            at++;
        }
    }
}
