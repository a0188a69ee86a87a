package org.complaintkit.benchmarks.classification;

import java.util.List;
import org.complaintkit.classify.embeddings.EmbeddingClassifier;
import org.complaintkit.classify.embeddings.LabelledExample;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** The embedding classifier, loaded and trained on the whole training corpus once per fork, shared by its threads. */
@State(Scope.Benchmark)
public class TrainedModel {
    EmbeddingClassifier classifier;

    /** Loads both models and trains on {@code complaints.txt}. */
    @Setup(Level.Trial)
    public void loadAndTrain() {
        trainOn(Corpus.training());
    }

    void trainOn(List<LabelledExample> examples) {
        classifier = Classifiers.train(Classifiers.loadModels(), examples);
    }
}
