package org.complaintkit.core.classification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import org.complaintkit.api.classification.ClassificationInput;
import org.complaintkit.api.classification.ClassificationResult;
import org.complaintkit.api.classification.Priority;
import org.complaintkit.spi.classification.Classifier;
import org.junit.jupiter.api.Test;

/** A chain's version names how it combines and both parts' versions; its snapshot is over its parts' snapshots. */
class ChainedClassifierVersionTest {
    private static final RuleClassifier RULES = RuleClassifier.standard();

    private static Classifier model(String version) {
        return new Classifier() {
            @Override
            public String name() {
                return "model";
            }

            @Override
            public ClassificationResult classify(ClassificationInput input) {
                return new ClassificationResult(List.of(), List.of(), Priority.NORMAL, List.of());
            }

            @Override
            public String version() {
                return version;
            }
        };
    }

    @Test
    void eachCombinationNamesItselfAndBothPartsVersionsInTheOrderTheyAreAsked() {
        String rules = RULES.version();
        assertEquals("vote@0.80/80(m-1+" + rules + ")",
                ChainedClassifier.combine(Combination.VOTE, model("m-1"), RULES).version());
        assertEquals("vote@0.90/70(m-1+" + rules + ")", ChainedClassifier.vote(model("m-1"), RULES, 0.9, 70).version());
        assertEquals("model-first(m-1+" + rules + ")",
                ChainedClassifier.combine(Combination.MODEL_FIRST, model("m-1"), RULES).version());
        assertEquals("rules-first(" + rules + "+m-1)",
                ChainedClassifier.combine(Combination.RULES_FIRST, model("m-1"), RULES).version());
        assertEquals("chain(m-1+" + rules + ")", ChainedClassifier.of(model("m-1"), RULES).version());
    }

    @Test
    void aPartThatStatesNoVersionIsNamedUnstatedAndAnotherModelGivesAnotherVersion() {
        Classifier silent = new Classifier() {
            @Override
            public String name() {
                return "silent";
            }

            @Override
            public ClassificationResult classify(ClassificationInput input) {
                return new ClassificationResult(List.of(), List.of(), Priority.NORMAL, List.of());
            }
        };
        assertEquals("chain(unstated+" + RULES.version() + ")", ChainedClassifier.of(silent, RULES).version());
        assertEquals(ChainedClassifier.of(model("m-1"), RULES).version(), ChainedClassifier.of(model("m-1"), RULES).version());
        assertNotEquals(ChainedClassifier.of(model("m-1"), RULES).version(),
                ChainedClassifier.of(model("m-2"), RULES).version());
    }

    @Test
    void theSnapshotOfAChainOverASwappableModelKeepsTheModelThatWasCurrent() {
        SwappableClassifier holder = SwappableClassifier.of("classifier", model("m-1"));
        ChainedClassifier vote = ChainedClassifier.combine(Combination.VOTE, holder, RULES);
        Classifier snapshot = vote.snapshot();
        holder.swap(model("m-2"));
        assertEquals("vote@0.80/80(m-1+" + RULES.version() + ")", snapshot.version());
        assertEquals("vote@0.80/80(m-2+" + RULES.version() + ")", vote.version());
        ChainedClassifier fixed = ChainedClassifier.of(model("m-1"), RULES);
        assertSame(fixed, fixed.snapshot(), "nothing to snapshot: the chain itself");
    }
}
