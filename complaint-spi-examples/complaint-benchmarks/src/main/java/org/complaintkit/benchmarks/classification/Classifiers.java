package org.complaintkit.benchmarks.classification;

import java.nio.file.Path;
import java.util.List;
import org.complaintkit.api.classification.Taxonomy;
import org.complaintkit.classify.embeddings.Embedder;
import org.complaintkit.classify.embeddings.EmbeddingClassifier;
import org.complaintkit.classify.embeddings.EmbeddingModels;
import org.complaintkit.classify.embeddings.LabelledCorpus;
import org.complaintkit.classify.embeddings.LabelledExample;
import org.complaintkit.classify.embeddings.SoftmaxRegression;
import org.complaintkit.core.classification.RuleClassifier;

/**
 * How the benchmarks build the two classifiers, through the embedding module's public API only: the rules with
 * the seed rules, and the embedding model over both shipped models trained on the six seed schemes.
 */
final class Classifiers {
    /** Where the runtime unpacks its native libraries (relative to the module when run by Maven). */
    static final Path CACHE = Path.of("target", "djl-cache");
    /** The minimum confidence the module's own tests use. */
    static final double MIN_CONFIDENCE = 0.5;
    /** The classifier's name, the source of its classes. */
    static final String NAME = "embeddings";

    private Classifiers() {
    }

    /** Loads both shipped models (bge-small-zh and -en) after switching the runtime offline. */
    static Embedder loadModels() {
        return EmbeddingModels.bgeSmallZhAndEn(CACHE);
    }

    /** The seed schemes the corpus labels, from the standard rule classifier. */
    static List<Taxonomy> seedSchemes() {
        return RuleClassifier.standard().taxonomies().stream()
                .filter(t -> LabelledCorpus.SCHEMES.contains(t.scheme())).toList();
    }

    /**
     * Trains one head per seed scheme with the module's standard settings.
     *
     * @param embedder the loaded models
     * @param examples the labelled examples
     */
    static EmbeddingClassifier train(Embedder embedder, List<LabelledExample> examples) {
        return EmbeddingClassifier.train(NAME, embedder, examples, seedSchemes(), SoftmaxRegression.Settings.STANDARD,
                MIN_CONFIDENCE);
    }
}
