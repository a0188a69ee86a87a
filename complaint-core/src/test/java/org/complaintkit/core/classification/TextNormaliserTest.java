package org.complaintkit.core.classification;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The traditional-to-simplified table: the characters issue 24 found missing, and a table that never chains. */
class TextNormaliserTest {
    static final TextNormaliser N = TextNormaliser.standard();

    static Map<Character, Character> table() throws IOException {
        Map<Character, Character> pairs = new HashMap<>();
        try (InputStream in = TextNormaliser.class.getResourceAsStream("zh-hant-hans.txt")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                for (String pair : line.trim().split("\\s+")) {
                    assertNull(pairs.put(pair.charAt(0), pair.charAt(1)), "declared twice: " + pair);
                }
            }
        }
        return pairs;
    }

    @Test
    void each_character_issue_24_found_missing_is_simplified() {
        assertEquals("两", N.normalise("兩"));
        assertEquals("余", N.normalise("餘"));
        assertEquals("却", N.normalise("卻"));
        assertEquals("并", N.normalise("並"));
        assertEquals("讽", N.normalise("諷"));
        assertEquals("采", N.normalise("採"));
        assertEquals("访", N.normalise("訪"));
    }

    @Test
    void other_frequent_characters_are_simplified_too() {
        assertEquals("仅亿势岁际团", N.normalise("僅億勢歲際團"));
    }

    @Test
    void the_table_never_maps_a_character_to_itself_or_to_another_traditional_one() throws IOException {
        Map<Character, Character> pairs = table();
        assertTrue(pairs.size() > 1300, "frequent characters beyond the bank vocabulary: " + pairs.size());
        pairs.forEach((from, to) -> {
            assertNotEquals(from, to, "identity pair " + from);
            assertFalse(pairs.containsKey(to), from + "" + to + " chains into " + to + pairs.get(to));
        });
    }

    @Test
    void normalising_twice_changes_nothing() throws IOException {
        StringBuilder all = new StringBuilder();
        table().keySet().forEach(all::append);
        String once = N.normalise(all.toString());
        assertEquals(once, N.normalise(once));
    }

    @Test
    void a_traditional_complaint_with_the_new_characters_reads_as_its_simplified_form() {
        var traditional = RuleClassifier.standard().classify(ClassifierFixtures.input("這筆匯款兩天了卻還沒到賬，並且被多收了手續費。"));
        var simplified = RuleClassifier.standard().classify(ClassifierFixtures.input("这笔汇款两天了却还没到账，并且被多收了手续费。"));
        assertEquals(simplified.qualifiedCodes(), traditional.qualifiedCodes());
        assertEquals(simplified.ruleIds(), traditional.ruleIds());
    }
}
