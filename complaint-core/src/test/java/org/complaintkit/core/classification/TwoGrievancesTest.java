package org.complaintkit.core.classification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.complaintkit.api.classification.ClassAssignment;
import org.complaintkit.api.classification.ClassificationInput;
import org.complaintkit.api.classification.ClassificationResult;
import org.complaintkit.api.classification.Priority;
import org.complaintkit.api.classification.SecondaryClass;
import org.complaintkit.spi.classification.Classifier;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/**
 * A complaint with two grievances in clauses of their own gets a primary class and a secondary one, each with its
 * rules; a denied, praised or yielding second clause, one clause holding both, or a single grievance gives none.
 * The secondary is shown, never routed on: the qualified codes stay the primary classes.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class TwoGrievancesTest {
    private static final RuleClassifier RULES = RuleClassifier.standard();

    private static ClassificationResult classify(String text) {
        return RULES.classify(ClassifierFixtures.input(text));
    }

    private static Optional<SecondaryClass> secondMatter(String text) {
        return classify(text).secondaryIn("seed.matter");
    }

    @Test
    void a_chinese_complaint_about_a_fee_and_a_rude_teller_gets_fees_first_and_attitude_second() {
        ClassificationResult r = classify("汇款时被收了二十元手续费，而且窗口的柜员态度很差。");
        ClassAssignment matter = r.in("seed.matter").orElseThrow();
        assertEquals("irregular-fees", matter.code());
        SecondaryClass second = matter.secondaryClass().orElseThrow();
        assertEquals("service-attitude", second.code());
        assertEquals("rules", second.source());
        assertTrue(second.fired().stream().anyMatch(m -> m.ruleId().equals("matter.attitude")
                && m.evidence().contains("\"态度\"")), second.fired().toString());
        assertTrue(second.decidedBy().contains("in a clause of its own, beside class irregular-fees"),
                second.decidedBy());
        assertTrue(second.confidence().isEmpty(), "rules give no probability");
    }

    @Test
    void an_english_complaint_about_a_shouting_clerk_and_a_fee_gets_attitude_first_and_fees_second() {
        ClassificationResult r = classify("The clerk shouted at me in front of everyone. On top of that I paid a fee"
                + " for a simple deposit.");
        assertEquals("service-attitude", r.in("seed.matter").orElseThrow().code());
        SecondaryClass second = r.secondaryIn("seed.matter").orElseThrow();
        assertEquals("irregular-fees", second.code());
        assertTrue(second.fired().stream().anyMatch(m -> m.ruleId().equals("matter.fees")), second.toString());
    }

    @Test
    void a_secondary_never_enters_the_qualified_codes_routing_and_policies_test() {
        ClassificationResult r = classify("汇款时被收了二十元手续费，而且窗口的柜员态度很差。");
        assertTrue(r.qualifiedCodes().contains("seed.matter:irregular-fees"));
        assertFalse(r.qualifiedCodes().contains("seed.matter:service-attitude"), r.qualifiedCodes().toString());
        assertTrue(r.secondaryCodes().contains("seed.matter:service-attitude"), r.secondaryCodes().toString());
    }

    @Test
    void the_explanation_shows_the_secondary_with_its_own_rules() {
        List<String> lines = classify("汇款时被收了二十元手续费，而且窗口的柜员态度很差。").explanation();
        int at = lines.indexOf(lines.stream().filter(l -> l.startsWith("    secondary seed.matter:service-attitude"
                + " (rules): rule matter.attitude")).findFirst().orElseThrow(() -> new AssertionError(lines)));
        assertTrue(lines.get(at + 1).startsWith("        rule matter.attitude [priority 60] matched"), lines.toString());
    }

    @Test
    void a_denied_second_grievance_gives_no_secondary() {
        assertEquals(Optional.empty(), secondMatter("不是柜员态度的问题，而是这笔手续费收得没有道理。"));
        assertEquals(Optional.empty(), secondMatter("The staff were not rude at all, but the fee was far too high."));
    }

    @Test
    void a_praised_second_clause_gives_no_secondary() {
        assertEquals(Optional.empty(), secondMatter("柜员态度也挺好，就是这笔手续费收得太高了。"));
        assertEquals(Optional.empty(), secondMatter("Their attitude was good. The fee was far too high."));
    }

    @Test
    void a_polite_closing_wish_that_yields_gives_no_secondary() {
        ClassificationResult r = classify("柜员对我大声训斥。希望贵行加强员工培训。");
        assertEquals("service-attitude", r.in("seed.matter").orElseThrow().code());
        assertEquals(Optional.empty(), r.secondaryIn("seed.matter"));
    }

    @Test
    void two_classes_found_in_one_clause_give_no_secondary() {
        ClassificationResult r = classify("转账的手续费被多扣了");
        assertTrue(List.of("irregular-fees", "business-error").contains(r.in("seed.matter").orElseThrow().code()),
                r.explanation().toString());
        assertTrue(r.in("seed.matter").orElseThrow().decidedBy().contains(" over class "), "both classes fired");
        assertEquals(Optional.empty(), r.secondaryIn("seed.matter"), r.explanation().toString());
    }

    @Test
    void a_single_grievance_has_no_secondary() {
        ClassificationResult r = classify("三天前的跨行转账到现在还没到账。");
        assertEquals("transaction-delay", r.in("seed.matter").orElseThrow().code());
        assertEquals(Optional.empty(), r.secondaryIn("seed.matter"));
        assertTrue(r.secondaryCodes().isEmpty(), r.secondaryCodes().toString());
        assertTrue(r.explanation().stream().noneMatch(l -> l.contains("secondary")), r.explanation().toString());
    }

    /** A stand-in model deciding one matter class with a secondary of its own. */
    private static Classifier model(String code, double confidence, String secondCode) {
        return new Classifier() {
            @Override
            public String name() {
                return "model";
            }

            @Override
            public ClassificationResult classify(ClassificationInput input) {
                ClassAssignment a = ClassAssignment.decided("seed.matter", "2024", code, "model", List.of(),
                        "model: confidence " + confidence).withConfidence(confidence)
                        .withSecondary(SecondaryClass.byModel(secondCode, "model", 0.3, "model: runner-up 0.30"));
                return new ClassificationResult(List.of(a), List.of(), Priority.NORMAL, List.of());
            }
        };
    }

    @Test
    void a_chain_keeps_the_chosen_sides_secondary() {
        ClassificationInput in = ClassifierFixtures.input("汇款时被收了二十元手续费，而且窗口的柜员态度很差。");
        ClassAssignment modelFirst = ChainedClassifier.combine(Combination.MODEL_FIRST,
                model("business-error", 0.9, "privacy-leak"), RULES).classify(in).in("seed.matter").orElseThrow();
        assertEquals("privacy-leak", modelFirst.secondaryClass().orElseThrow().code());
        ClassAssignment rulesFirst = ChainedClassifier.combine(Combination.RULES_FIRST,
                model("business-error", 0.9, "privacy-leak"), RULES).classify(in).in("seed.matter").orElseThrow();
        assertEquals("irregular-fees", rulesFirst.code());
        assertEquals("service-attitude", rulesFirst.secondaryClass().orElseThrow().code());
    }

    @Test
    void in_a_vote_the_outvoted_sides_class_becomes_the_secondary_when_the_winner_has_none() {
        ClassificationInput in = ClassifierFixtures.input("乱收费");
        Classifier plainModel = new Classifier() {
            @Override
            public String name() {
                return "model";
            }

            @Override
            public ClassificationResult classify(ClassificationInput input) {
                return new ClassificationResult(List.of(ClassAssignment.decided("seed.matter", "2024", "other",
                        "model", List.of(), "model: confidence 0.85").withConfidence(0.85)), List.of(),
                        Priority.NORMAL, List.of());
            }
        };
        ClassAssignment a = ChainedClassifier.combine(Combination.VOTE, plainModel, RULES).classify(in)
                .in("seed.matter").orElseThrow();
        assertEquals("other", a.code());
        SecondaryClass second = a.secondaryClass().orElseThrow();
        assertEquals("irregular-fees", second.code());
        assertEquals("rules", second.source());
        assertTrue(second.decidedBy().startsWith("the rules' class, outvoted by the model"), second.decidedBy());
        assertFalse(second.fired().isEmpty());
    }

    @Test
    void in_a_vote_where_both_agree_the_rules_secondary_is_kept() {
        ClassificationInput in = ClassifierFixtures.input("汇款时被收了二十元手续费，而且窗口的柜员态度很差。");
        ClassAssignment a = ChainedClassifier.combine(Combination.VOTE, model("irregular-fees", 0.9, "privacy-leak"),
                RULES).classify(in).in("seed.matter").orElseThrow();
        assertEquals("irregular-fees", a.code());
        assertEquals("service-attitude", a.secondaryClass().orElseThrow().code());
    }
}
