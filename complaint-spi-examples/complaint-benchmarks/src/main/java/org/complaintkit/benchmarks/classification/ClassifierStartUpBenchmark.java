package org.complaintkit.benchmarks.classification;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.complaintkit.classify.embeddings.Embedder;
import org.complaintkit.classify.embeddings.EmbeddingClassifier;
import org.complaintkit.classify.embeddings.LabelledExample;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What an application pays once, at start-up, each measured in a fresh JVM (single shot, no warm-up, one
 * measurement a fork): loading both shipped models, including a first Chinese and a first English embedding
 * (the first call initialises the tokenizer and the ONNX session); and training the six seed-scheme heads on the
 * training corpus with the models already loaded (embedding every example, then 500 epochs per head).
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(3)
public class ClassifierStartUpBenchmark {

    /** Both models, loaded before the training is timed, and the examples, read before it. */
    @State(Scope.Thread)
    public static class Loaded {
        Embedder embedder;
        List<LabelledExample> examples;

        /** Loads the models and reads the training corpus. */
        @Setup(Level.Trial)
        public void load() {
            embedder = Classifiers.loadModels();
            embedder.embed("预热");
            embedder.embed("warm-up");
            examples = Corpus.training();
        }
    }

    /**
     * Loads both models and embeds one Chinese and one English text.
     *
     * @return the embedder
     */
    @Benchmark
    public Embedder loadBothModels() {
        Embedder embedder = Classifiers.loadModels();
        embedder.embed("预热");
        embedder.embed("warm-up");
        return embedder;
    }

    /**
     * Trains the classifier on the training corpus.
     *
     * @param loaded the models and examples
     * @return the trained classifier
     */
    @Benchmark
    public EmbeddingClassifier trainOnTheCorpus(Loaded loaded) {
        return Classifiers.train(loaded.embedder, loaded.examples);
    }
}
