package org.complaintkit.core.classification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.complaintkit.api.classification.ClassAssignment;
import org.complaintkit.api.classification.ClassState;
import org.complaintkit.api.classification.ClassificationInput;
import org.complaintkit.api.classification.ClassificationResult;
import org.complaintkit.api.classification.Priority;
import org.complaintkit.api.error.ConfigurationException;
import org.complaintkit.api.error.ErrorCode;
import org.complaintkit.spi.classification.Classifier;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/**
 * Model first, rules first and the vote, with a stand-in model that gives one matter class at a fixed confidence
 * (decided at or above 0.5, left to a person below it with its class as the guess).
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class CombinationTest {
    private static final RuleClassifier RULES = RuleClassifier.standard();
    /** The rules decide irregular-fees by matter.fees (priority 70, not strong wording). */
    private static final ClassificationInput FEES = ClassifierFixtures.input("乱收费");
    /** The rules decide privacy-leak by matter.privacy (priority 80, strong wording). */
    private static final ClassificationInput LEAK = ClassifierFixtures.input("我的个人信息被泄露了");
    /** No matter rule fires. */
    private static final ClassificationInput NOTHING = ClassifierFixtures.input("那件事到现在也没个说法");

    private static Classifier model(String code, double confidence) {
        return new Classifier() {
            @Override
            public String name() {
                return "model";
            }

            @Override
            public ClassificationResult classify(ClassificationInput input) {
                ClassAssignment a = confidence >= 0.5
                        ? ClassAssignment.decided("seed.matter", "2024", code, "model", List.of(),
                                "model: confidence " + confidence + "; nearest labelled examples C001")
                        : ClassAssignment.needsPerson("seed.matter", "2024", "model", List.of(),
                                "model below 0.50: confidence " + confidence + "; nearest labelled examples C001")
                                .withGuess(code);
                return new ClassificationResult(List.of(a.withConfidence(confidence)), List.of(), Priority.NORMAL,
                        List.of());
            }
        };
    }

    private static ClassAssignment matter(Classifier c, ClassificationInput in) {
        return c.classify(in).in("seed.matter").orElseThrow();
    }

    @Test
    void model_first_takes_a_decided_model_class_and_keeps_the_rule_evidence_in_the_explanation() {
        ClassAssignment a = matter(ChainedClassifier.combine(Combination.MODEL_FIRST, model("other", 0.9), RULES), FEES);
        assertEquals("other", a.code());
        assertEquals(0.9, a.confidence().orElseThrow(), 1e-9);
        assertTrue(a.decidedBy().contains("beside it irregular-fees by rules: rule matter.fees"), a.decidedBy());
    }

    @Test
    void model_first_falls_back_to_the_rules_below_the_models_minimum_and_keeps_the_models_evidence() {
        ClassAssignment a = matter(ChainedClassifier.combine(Combination.MODEL_FIRST, model("other", 0.3), RULES), FEES);
        assertEquals("irregular-fees", a.code());
        assertEquals("rules", a.source());
        assertFalse(a.fired().isEmpty());
        assertTrue(a.decidedBy().contains("beside it needs a person (guess other) by model"), a.decidedBy());
        assertTrue(a.decidedBy().contains("nearest labelled examples C001"), a.decidedBy());
    }

    @Test
    void rules_first_takes_the_rules_class_and_the_model_only_where_no_rule_fired() {
        Classifier rulesFirst = ChainedClassifier.combine(Combination.RULES_FIRST, model("other", 0.9), RULES);
        assertEquals("irregular-fees", matter(rulesFirst, FEES).code());
        assertEquals("other", matter(rulesFirst, NOTHING).code());
        assertEquals("model", matter(rulesFirst, NOTHING).source());
    }

    @Test
    void when_neither_decides_the_class_is_left_to_a_person_with_the_models_guess() {
        for (Combination how : Combination.values()) {
            ClassAssignment a = matter(ChainedClassifier.combine(how, model("business-error", 0.3), RULES), NOTHING);
            assertEquals(ClassState.NEEDS_PERSON, a.state(), how.name());
            assertEquals("business-error", a.guess().orElseThrow(), how.name());
            assertEquals("", a.code());
        }
    }

    @Test
    void a_vote_decides_where_model_and_rules_agree_with_both_sides_evidence() {
        ClassAssignment a = matter(ChainedClassifier.combine(Combination.VOTE, model("irregular-fees", 0.3), RULES), FEES);
        assertEquals(ClassState.DECIDED, a.state());
        assertEquals("irregular-fees", a.code());
        assertEquals("model+rules", a.source());
        assertEquals(List.of("matter.fees"), a.fired().stream().map(m -> m.ruleId()).distinct().toList());
        assertTrue(a.decidedBy().startsWith("model and rules agree: model below 0.50: confidence 0.3"), a.decidedBy());
    }

    @Test
    void in_a_vote_a_confident_model_overrules_disagreeing_rules() {
        ClassAssignment a = matter(ChainedClassifier.combine(Combination.VOTE, model("other", 0.85), RULES), FEES);
        assertEquals("other", a.code());
        assertTrue(a.decidedBy().contains("beside it irregular-fees by rules"), a.decidedBy());
    }

    @Test
    void in_a_vote_strong_rule_wording_overrules_a_less_confident_model() {
        ClassAssignment a = matter(ChainedClassifier.combine(Combination.VOTE, model("other", 0.6), RULES), LEAK);
        assertEquals("privacy-leak", a.code());
        assertTrue(a.decidedBy().startsWith("rules overrule the model (priority 80 at least 80)"), a.decidedBy());
    }

    @Test
    void in_a_vote_a_disagreement_neither_side_wins_is_left_to_a_person() {
        ClassificationResult r = ChainedClassifier.combine(Combination.VOTE, model("other", 0.6), RULES).classify(FEES);
        ClassAssignment a = r.in("seed.matter").orElseThrow();
        assertEquals(ClassState.NEEDS_PERSON, a.state());
        assertEquals("other", a.guess().orElseThrow());
        assertEquals(0.6, a.confidence().orElseThrow(), 1e-9);
        assertTrue(r.needsPerson(), "the primary scheme needs a person: the queue flags it");
        assertFalse(r.qualifiedCodes().stream().anyMatch(q -> q.startsWith("seed.matter:")));
        assertTrue(a.decidedBy().contains("rules say irregular-fees by rule matter.fees"), a.decidedBy());
    }

    @Test
    void a_vote_with_thresholds_out_of_range_is_refused_listing_both() {
        ConfigurationException e = assertThrows(ConfigurationException.class,
                () -> ChainedClassifier.vote(model("other", 0.9), RULES, 1.5, -1));
        assertEquals(2, e.violations().size());
        assertTrue(e.violations().stream().allMatch(v -> v.code() == ErrorCode.INVALID_CLASSIFIER_COMBINATION));
    }

    @Test
    void each_combination_names_itself() {
        assertEquals(Combination.VOTE, ChainedClassifier.combine(Combination.VOTE, model("other", 0.9), RULES)
                .combination().orElseThrow());
        assertTrue(ChainedClassifier.of(RULES, model("other", 0.9)).combination().isEmpty());
        assertEquals("vote(model,rules)", ChainedClassifier.combine(Combination.VOTE, model("other", 0.9), RULES).name());
    }
}
