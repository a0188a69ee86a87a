package org.complaintkit.classify.embeddings;

import java.util.Objects;
import org.complaintkit.core.classification.ChainedClassifier;
import org.complaintkit.core.classification.Combination;
import org.complaintkit.core.classification.RuleClassifier;

/**
 * The combination of the embedding model with the rules that this module ships as its default, and the minimum
 * confidence below which the model leaves a class to a person: the vote at 0.4.
 *
 * <p>Both were chosen by five-fold cross-validation over the project's training corpus only (never the frozen test
 * split), with every contender scored only on complaints the rules were not tuned on (holdout.txt and the
 * training-*.txt files, not complaints.txt). The contenders were the rules alone, the model alone deciding every
 * class, the model alone at a minimum confidence, and model-first, rules-first and the vote at minimum confidences
 * 0.2 to 0.7. The vote at 0.4 scored best; the vote at 0.3, the first default (chosen by a cross-validation that
 * also scored the rules on the complaints they were tuned on), is within 0.001 of it, and no simpler contender
 * (the model alone, with or without a minimum confidence, or the rules alone) came within 0.005.
 * docs/classification.md, "Choosing and combining", gives the tables and the reason.
 *
 * <p>{@link #of} sets the model's minimum confidence to {@link #MIN_CONFIDENCE} whatever the model was trained or
 * loaded with ({@link Retraining#standard} trains at 0.5), so the engine classifies at 0.4 and records the
 * version of the model at 0.4 inside the combination's version ({@code vote@0.80/80(<model>+<rules>)}). A host that
 * wants another minimum confidence combines the model itself with {@code ChainedClassifier.combine}. Swap in the
 * combination, not the bare model: the model alone classifies only the six seed schemes, raises no flag and keeps
 * the priority normal.
 */
public final class ShippedCombination {
    /** How the model and the rules are combined. */
    public static final Combination COMBINATION = Combination.VOTE;
    /** The model's minimum confidence in the shipped combination. */
    public static final double MIN_CONFIDENCE = 0.4;

    private ShippedCombination() {
    }

    /**
     * Combines a trained model with the shipped rules as the module ships by default.
     *
     * @param model the trained embedding classifier; its minimum confidence is replaced by {@link #MIN_CONFIDENCE}
     * @return the combination
     */
    public static ChainedClassifier of(EmbeddingClassifier model) {
        return of(model, RuleClassifier.standard());
    }

    /**
     * Combines a trained model with a host's rules as the module ships by default.
     *
     * @param model the trained embedding classifier; its minimum confidence is replaced by {@link #MIN_CONFIDENCE}
     * @param rules the rules
     * @return the combination
     */
    public static ChainedClassifier of(EmbeddingClassifier model, RuleClassifier rules) {
        Objects.requireNonNull(model, "model");
        return ChainedClassifier.combine(COMBINATION, model.withMinConfidence(MIN_CONFIDENCE), rules);
    }
}
