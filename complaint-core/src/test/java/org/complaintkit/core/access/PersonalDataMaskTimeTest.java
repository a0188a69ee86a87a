package org.complaintkit.core.access;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.complaintkit.api.error.Checks;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/**
 * Masking a text of the longest length a complaint may have, in the shapes that made the old patterns
 * backtrack: every shape must finish well inside the bound on a slow two-core machine.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class PersonalDataMaskTimeTest {
    static final int MAX = Checks.MAX_TEXT_LENGTH;
    static final Duration BOUND = Duration.ofSeconds(2);

    /** A text of exactly the maximum length, the unit repeated and cut. */
    static String repeat(String unit) {
        StringBuilder out = new StringBuilder(MAX + unit.length());
        while (out.length() < MAX) {
            out.append(unit);
        }
        out.setLength(MAX);
        return out.toString();
    }

    static Map<String, String> hostileShapes() {
        Map<String, String> shapes = new LinkedHashMap<>();
        shapes.put("a.a.a.a", repeat("a."));
        shapes.put("@@@@", repeat("@"));
        shapes.put("aaaa then one @", "a".repeat(MAX - 1) + "@");
        shapes.put("a@a.a@a.a", repeat("a@a."));
        shapes.put("a.a.a@ then no top-level domain", repeat("a.a.a.a.a.a.a.a.a.@b-"));
        shapes.put("digits with dashes", repeat("1-"));
        shapes.put("digits with spaces", repeat("12 "));
        shapes.put("digit groups of four with spaces", repeat("6222 "));
        shapes.put("one run of digits", repeat("1"));
        shapes.put("full-width digits with dots", repeat("１．"));
        shapes.put("phones glued together", repeat("13912345678"));
        shapes.put("place characters", repeat("市区"));
        shapes.put("an address opening and then roads", "深圳市福田区" + repeat("路").substring(6));
        shapes.put("roads and house numbers without 号", repeat("深南大道1-"));
        shapes.put("passport-like", repeat("E1234567"));
        shapes.put("wechat keywords", repeat("微信a"));
        shapes.put("brackets and separators", repeat("(0-"));
        return shapes;
    }

    @Test
    void every_hostile_shape_of_the_maximum_length_is_masked_within_two_seconds() {
        PersonalDataMask.text("warm up 13912345678 a@b.cn 深南大道1001号");
        StringBuilder report = new StringBuilder();
        for (Map.Entry<String, String> shape : hostileShapes().entrySet()) {
            long started = System.nanoTime();
            String masked = assertTimeoutPreemptively(BOUND, () -> PersonalDataMask.text(shape.getValue()),
                    shape.getKey());
            long millis = (System.nanoTime() - started) / 1_000_000;
            assertTrue(masked.length() <= shape.getValue().length(), shape.getKey());
            report.append(String.format("%-40s %5d ms%n", shape.getKey(), millis));
        }
        System.out.print(report);
    }

    @Test
    void a_complainant_name_of_the_maximum_length_against_a_text_of_the_maximum_length_is_masked_within_two_seconds() {
        String name = "a".repeat(MAX / 2 - 1) + "b";
        String text = repeat("a");
        long started = System.nanoTime();
        String masked = assertTimeoutPreemptively(BOUND, () -> PersonalDataMask.text(text, name));
        System.out.printf("%-40s %5d ms%n", "a hostile name", (System.nanoTime() - started) / 1_000_000);
        assertTrue(masked.equals(text), "the name does not occur");
    }
}
