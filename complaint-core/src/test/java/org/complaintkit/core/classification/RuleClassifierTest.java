package org.complaintkit.core.classification;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import java.util.Set;
import org.complaintkit.api.classification.ClassAssignment;
import org.complaintkit.api.classification.ClassState;
import org.complaintkit.api.classification.ClassificationInput;
import org.complaintkit.api.classification.ClassificationResult;
import org.complaintkit.api.classification.ComplaintFlag;
import org.complaintkit.api.classification.Priority;
import org.complaintkit.api.classification.RuleMatch;
import org.complaintkit.api.complaint.Channel;
import org.complaintkit.api.complaint.CustomerSegment;
import org.complaintkit.api.complaint.ForwardingSource;
import org.complaintkit.api.complaint.Money;
import org.complaintkit.api.complaint.Vulnerability;
import org.complaintkit.spi.classification.Classifier;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class RuleClassifierTest {
    static final RuleClassifier RULES = RuleClassifier.standard();

    static String code(ClassificationResult r, String scheme) {
        return r.in(scheme).orElseThrow().code();
    }

    @Test
    void traditional_characters_and_full_width_forms_match_the_same_rules_as_simplified_ones() {
        ClassificationResult simplified = RULES.classify(ClassifierFixtures.input("ATM吞卡，柜员态度恶劣，要求赔偿"));
        ClassificationResult traditional = RULES.classify(ClassifierFixtures.input("ＡＴＭ吞卡，櫃員態度惡劣，要求賠償"));
        assertEquals(simplified.qualifiedCodes(), traditional.qualifiedCodes());
        assertEquals(simplified.flagSet(), traditional.flagSet());
        assertEquals("equipment", code(traditional, "seed.type").substring("technical.".length()));
    }

    @Test
    void an_english_phrase_matches_only_whole_words() {
        TextNormaliser n = TextNormaliser.standard();
        assertTrue(TextNormaliser.contains(n.normalise("The FEE was wrong."), n.normalise("fee")));
        assertFalse(TextNormaliser.contains(n.normalise("I had a coffee while waiting"), n.normalise("fee")));
        assertTrue(TextNormaliser.contains(n.normalise("收取手续费"), n.normalise("手续费")), "Chinese matches inside words");
        assertEquals("a b", n.normalise(" a\u3000\t b "), "ideographic and other spaces collapse");
    }

    @Test
    void the_explanation_names_each_rule_and_what_it_matched_and_never_the_text() {
        String text = "我的信用卡被收了两次年费，客服态度很差，再不退我就去银保监投诉";
        ClassificationResult r = RULES.classify(ClassifierFixtures.input(text));
        assertEquals("irregular-fees", code(r, "seed.matter"));
        ClassAssignment matter = r.in("seed.matter").orElseThrow();
        assertEquals("matter.fees", matter.fired().get(0).ruleId());
        assertTrue(matter.fired().get(0).evidence().contains("\"年费\""));
        assertTrue(matter.decidedBy().startsWith("rule matter.fees (priority 70"), matter.decidedBy());
        assertTrue(r.flagSet().contains(ComplaintFlag.REGULATOR_THREAT));
        assertEquals(Priority.URGENT, r.priority());
        String explanation = String.join("\n", r.explanation());
        assertFalse(explanation.contains("我的信用卡"), "the complaint's own text is never repeated");
        assertFalse(new ClassificationInput(Channel.PHONE, Set.of(), null, CustomerSegment.ORDINARY, Set.of(),
                Set.of(), null, text).toString().contains("年费"));
    }

    @Test
    void structured_fields_raise_flags_and_priority_with_their_own_evidence() {
        ClassificationInput input = new ClassificationInput(Channel.LETTER, Set.of("CASH"), Money.of("80000", "CNY"),
                CustomerSegment.VIP, Set.of(Vulnerability.ELDERLY), Set.of(), ForwardingSource.REGULATOR,
                "Please look into my account.");
        ClassificationResult r = RULES.classify(input);
        assertEquals(Set.of(ComplaintFlag.VIP, ComplaintFlag.VULNERABLE, ComplaintFlag.FORWARDED_BY_REGULATOR,
                ComplaintFlag.COMPENSATION_CLAIM), r.flagSet());
        assertEquals(Priority.HIGH, r.priority());
        assertTrue(r.priorityBecause().stream().anyMatch(m -> m.evidence().contains("amount>50000")));
    }

    @Test
    void a_scheme_no_rule_decides_takes_a_mapped_class_its_ordinary_case_or_else_is_left_to_a_person() {
        ClassificationResult r = RULES.classify(ClassifierFixtures.input("nothing to see"));
        Set<String> ordinaryCase = Set.of("seed.degree", "seed.incident", "seed.responsibility");
        for (ClassAssignment c : r.classes()) {
            if (c.scheme().equals("jrt0169.channel")) {
                assertEquals("A101", c.code(), "the counter channel decides it");
            } else if (ordinaryCase.contains(c.scheme())) {
                assertTrue(c.isDecided(), c.toString());
                assertEquals(RULES.taxonomy(c.scheme()).orElseThrow().other().code(), c.code());
                assertEquals("no rule fired: the scheme's ordinary case", c.decidedBy());
            } else {
                assertTrue(c.needsPerson(), c.toString());
                assertEquals("", c.code(), "no class, not the scheme's other");
                assertTrue(c.guess().isEmpty(), "the rules make no guess");
                assertTrue(c.confidence().isEmpty(), "rules have no confidence");
                assertFalse(r.qualifiedCodes().stream().anyMatch(q -> q.startsWith(c.scheme() + ":")),
                        "a class left to a person matches no class condition");
            }
        }
        ClassificationResult fees = RULES.classify(ClassifierFixtures.input("乱收费"));
        assertEquals("mapping", fees.in("cfpb.product").orElseThrow().source());
    }

    @Test
    void a_hosts_model_goes_first_and_the_rules_fill_in_what_it_left_undecided() {
        Classifier model = new Classifier() {
            @Override
            public String name() {
                return "bank-model-v3";
            }

            @Override
            public ClassificationResult classify(ClassificationInput input) {
                return new ClassificationResult(List.of(new ClassAssignment("seed.matter", "2024", "privacy-leak",
                        "bank-model-v3", List.of(new RuleMatch("model:0.93", 93, List.of("score 0.93"))), "model score 0.93")),
                        List.of(), Priority.NORMAL, List.of());
            }
        };
        ClassificationResult r = ChainedClassifier.of(model, RULES).classify(ClassifierFixtures.input("柜员态度恶劣"));
        assertEquals("privacy-leak", code(r, "seed.matter"));
        assertEquals("bank-model-v3", r.in("seed.matter").orElseThrow().source());
        assertEquals("attitude", code(r, "seed.cause"), "the rules decide what the model did not");
        ClassificationResult reverse = ChainedClassifier.of(RULES, model).classify(ClassifierFixtures.input("柜员态度恶劣"));
        assertEquals("service-attitude", code(reverse, "seed.matter"));
    }

    @Test
    void a_complaint_no_rule_matched_is_marked_as_needing_a_person_and_not_as_a_decided_other() {
        ClassificationResult miss = RULES.classify(ClassifierFixtures.input("那件事到现在也没个说法"));
        assertTrue(miss.needsPerson());
        assertEquals(ClassState.NEEDS_PERSON, miss.in("seed.matter").orElseThrow().state());
        assertTrue(miss.explanation().contains("seed.matter: needs a person (v2024, rules), no guess: no rule fired"),
                miss.explanation().toString());
        assertTrue(miss.explanation().stream().noneMatch(l -> l.startsWith("seed.matter:other")));
        assertTrue(miss.explanation().contains("needs a person: nothing decided the primary scheme seed.matter"));

        ClassificationResult hit = RULES.classify(ClassifierFixtures.input("乱收费"));
        assertFalse(hit.needsPerson());
        assertTrue(hit.explanation().stream().noneMatch(l -> l.startsWith("needs a person")));
        ClassificationResult decidedOther = RULES.classify(ClassifierFixtures.input("是我自己输错了账号"));
        assertEquals("other", code(decidedOther, "seed.matter"));
        assertFalse(decidedOther.needsPerson(), "an other class a rule chose is a decision");
    }
}
