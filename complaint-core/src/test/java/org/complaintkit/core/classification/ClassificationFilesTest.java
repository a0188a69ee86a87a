package org.complaintkit.core.classification;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.complaintkit.api.classification.Taxonomy;
import org.complaintkit.api.classification.TaxonomyClass;
import org.complaintkit.api.error.ConfigurationException;
import org.complaintkit.api.error.ErrorCode;
import org.complaintkit.api.error.Violation;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ClassificationFilesTest {
    static final Taxonomies BUNDLE = Taxonomies.bundled();

    @Test
    void every_shipped_scheme_loads_with_labels_in_chinese_and_english() {
        assertEquals(List.of("seed.matter", "seed.type", "seed.content", "seed.cause", "seed.degree",
                "seed.responsibility", "seed.incident", "jrt0169.channel", "jrt0169.business", "jrt0169.cause",
                "fca.product", "cfpb.product"), List.copyOf(BUNDLE.schemes().keySet()));
        for (Taxonomy t : BUNDLE.schemes().values()) {
            for (TaxonomyClass c : t.classes()) {
                assertFalse(c.labelZh().isBlank() || c.labelEn().isBlank(), t.scheme() + ":" + c.code());
            }
        }
        Taxonomy cause = BUNDLE.scheme("jrt0169.cause").orElseThrow();
        assertEquals("C99", cause.other().code(), "JR/T 0169 codes 'other' as 99");
        assertEquals(List.of("technical", "technical.system"), BUNDLE.scheme("seed.type").orElseThrow()
                .path("technical.system").stream().map(TaxonomyClass::code).toList());
    }

    @Test
    void every_class_of_the_seed_schemes_is_reachable_by_some_rule_except_the_defaults() {
        Set<String> assigned = BUNDLE.rules().stream()
                .filter(r -> r.target() instanceof ClassificationRule.AssignClass)
                .map(r -> (ClassificationRule.AssignClass) r.target())
                .map(a -> a.scheme() + ":" + a.code()).collect(Collectors.toSet());
        Set<String> parentsOnly = Set.of("seed.type:business", "seed.type:technical", "seed.cause:process-failure",
                "seed.cause:outcome-failure");
        Set<String> decidedAtClosure = Set.of("seed.responsibility:liable", "seed.responsibility:shared");
        for (Taxonomy t : BUNDLE.schemes().values()) {
            if (!t.scheme().startsWith("seed.")) {
                continue;
            }
            for (TaxonomyClass c : t.classes()) {
                String q = t.scheme() + ":" + c.code();
                if (c.code().equals(t.other().code()) || parentsOnly.contains(q) || decidedAtClosure.contains(q)) {
                    continue;
                }
                assertTrue(assigned.contains(q), q + " has no rule");
            }
        }
    }

    @Test
    void a_bad_taxonomy_file_is_refused_with_every_problem_and_its_line() {
        String text = String.join("\n",
                "scheme  bank.own",
                "version 1",
                "label   自有 | Own",
                "other   other",
                "class a - 甲 | A",
                "class b missing 乙 | B",
                "class a - 甲 | A again",
                "class c - no labels here",
                "colour blue",
                "class other - 其他 | Other");
        ConfigurationException e = assertThrows(ConfigurationException.class, () -> TaxonomyFile.parse("own.taxonomy", text));
        assertEquals(Set.of(ErrorCode.INVALID_TAXONOMY), e.violations().stream().map(Violation::code).collect(Collectors.toSet()));
        Map<String, String> byPath = e.violations().stream().collect(Collectors.toMap(Violation::path, Violation::message,
                (x, y) -> x + "; " + y));
        assertEquals(Set.of("own.taxonomy:8", "own.taxonomy:9"), byPath.keySet().stream()
                .filter(p -> p.contains(":")).collect(Collectors.toSet()), byPath.toString());
        assertTrue(byPath.get("own.taxonomy:9").contains("unknown statement 'colour'"));
    }

    @Test
    void structural_problems_of_a_taxonomy_are_all_reported() {
        ConfigurationException e = assertThrows(ConfigurationException.class, () -> Taxonomy.of("x", "1", "x", "x",
                "zz", List.of(new TaxonomyClass("a", null, "甲", "A"), new TaxonomyClass("b", "nope", "乙", "B"),
                        new TaxonomyClass("a", null, "甲", "A"))));
        assertEquals(3, e.violations().size(), e.getMessage());
    }

    @Test
    void a_bad_rules_file_is_refused_with_every_problem_and_its_line() {
        String text = String.join("\n",
                "rule ok",
                "  assign seed.matter:irregular-fees",
                "  phrases 手续费",
                "rule unknown-class",
                "  assign seed.matter:no-such-class",
                "  phrases x",
                "rule bad-channel",
                "  assign seed.matter:other",
                "  channel CARRIER_PIGEON",
                "rule no-target",
                "  phrases y",
                "rule bad-number",
                "  flag VIP",
                "  priority high",
                "  segment VIP",
                "rule ok",
                "  flag VIP",
                "  segment VIP");
        ConfigurationException e = assertThrows(ConfigurationException.class,
                () -> RuleFile.parse("bank.rules", text, BUNDLE.schemes()));
        List<String> paths = e.violations().stream().map(Violation::path).toList();
        assertEquals(List.of("bank.rules:5", "bank.rules:9", "bank.rules:10", "bank.rules:14", "bank.rules:16"), paths,
                e.getMessage());
        assertTrue(e.violations().stream().allMatch(v -> v.code() == ErrorCode.INVALID_RULES));
        assertTrue(e.getMessage().contains("no class no-such-class"), e.getMessage());
        assertTrue(e.getMessage().contains("unknown Channel CARRIER_PIGEON; one of [COUNTER"), e.getMessage());
    }

    @Test
    void a_rule_yields_to_others_only_when_asked_in_words_the_file_knows() {
        String good = "rule wish\n  assign seed.matter:other\n  phrases 希望\n  yields others\n";
        assertTrue(RuleFile.parse("bank.rules", good, BUNDLE.schemes()).get(0).yields());
        ConfigurationException e = assertThrows(ConfigurationException.class, () -> RuleFile.parse("bank.rules",
                good.replace("yields others", "yields always"), BUNDLE.schemes()));
        assertEquals(List.of("bank.rules:4"), e.violations().stream().map(Violation::path).toList());
        assertTrue(e.getMessage().contains("yields takes 'others'"), e.getMessage());
    }

    @Test
    void a_host_loads_a_new_version_of_a_scheme_and_its_rules_without_code() {
        Taxonomy v2 = TaxonomyFile.parse("fca-2027.taxonomy", String.join("\n",
                "scheme fca.product", "version 2027", "label FCA 产品组 | FCA product groups 2027", "other other",
                "class payments - 支付 | Payments", "class other - 其他 | Other"));
        Taxonomies mine = Taxonomies.of(List.of(v2), List.of(), SchemeMappings.none())
                .withRules("fca-2027.rules", "rule fca27.payments\n  assign fca.product:payments\n  phrases payment | 支付\n");
        var result = mine.classifier().classify(ClassifierFixtures.input("The card payment failed twice"));
        assertEquals("payments", result.in("fca.product").orElseThrow().code());
        assertEquals("2027", result.in("fca.product").orElseThrow().schemeVersion());
    }
}
