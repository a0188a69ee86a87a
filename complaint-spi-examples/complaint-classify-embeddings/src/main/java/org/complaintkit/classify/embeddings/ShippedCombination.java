package org.complaintkit.classify.embeddings;

import java.util.Objects;
import org.complaintkit.core.classification.ChainedClassifier;
import org.complaintkit.core.classification.Combination;
import org.complaintkit.core.classification.RuleClassifier;

/**
 * The combination of the embedding model with the rules that this module ships as its default, and the minimum
 * confidence below which the model leaves a class to a person. Both were chosen by five-fold cross-validation over
 * the project's training corpus only (never the frozen test split); docs/classification.md, "Choosing and
 * combining", gives the table and the reason.
 */
public final class ShippedCombination {
    /** How the model and the rules are combined. */
    public static final Combination COMBINATION = Combination.VOTE;
    /** The model's minimum confidence in the shipped combination. */
    public static final double MIN_CONFIDENCE = 0.3;

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
