package org.complaintkit.benchmarks.classification;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.complaintkit.classify.embeddings.Embedder;
import org.complaintkit.classify.embeddings.EmbeddingClassifier;
import org.complaintkit.classify.embeddings.LabelledExample;
import org.openjdk.jmh.annotations.AuxCounters;
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
 * What the embedding classifier keeps in memory, in a fresh JVM: the Java heap in use after full collections
 * before and after loading both models, and again after training the classifier on the training corpus (so the
 * classifier's figure is what it holds beyond the models it shares: its heads, the example vectors and ids).
 * ONNX Runtime keeps the models' weights and sessions in native memory, which the heap does not show, so the
 * growth of the process's resident set over the load (Linux {@code /proc/self/status}, heap and native together)
 * is reported beside it. Reported as counters of one single-shot run (JMH sums event counters over iterations,
 * so there is one measured iteration and no warm-up).
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g", "-XX:+UseSerialGC"})
@State(Scope.Thread)
public class ClassifierHeapBenchmark {

    /** What a run measured, in kilobytes (1,024 bytes). */
    @AuxCounters(AuxCounters.Type.EVENTS)
    @State(Scope.Thread)
    public static class Retained {
        /** Java heap retained by both loaded models. */
        public long modelsHeapKiB;
        /** Resident set growth over loading both models (heap and native); -1 where /proc is not there. */
        public long modelsResidentKiB;
        /** Java heap retained by the trained classifier beyond the models. */
        public long classifierHeapKiB;
        /** Examples the classifier was trained on, to show the run trained what it says. */
        public long examples;

        /** Clears the counters. */
        @Setup(Level.Iteration)
        public void clear() {
            modelsHeapKiB = 0;
            modelsResidentKiB = 0;
            classifierHeapKiB = 0;
            examples = 0;
        }
    }

    private List<LabelledExample> training;
    private Embedder keptModels;
    private EmbeddingClassifier keptClassifier;

    /** Reads the training corpus before anything is measured. */
    @Setup(Level.Trial)
    public void read() {
        training = Corpus.training();
    }

    /**
     * Loads, trains and measures what each keeps.
     *
     * @param retained the counters
     * @return the classifier, kept alive until measured
     */
    @Benchmark
    public EmbeddingClassifier loadTrainAndMeasure(Retained retained) {
        measure(retained, training);
        return keptClassifier;
    }

    void measure(Retained retained, List<LabelledExample> examples) {
        keptModels = null;
        keptClassifier = null;
        long heap0 = usedAfterGc();
        long resident0 = residentKiB();
        Embedder models = Classifiers.loadModels();
        models.embed("预热");
        models.embed("warm-up");
        keptModels = models;
        long heap1 = usedAfterGc();
        long resident1 = residentKiB();
        keptClassifier = Classifiers.train(keptModels, examples);
        long heap2 = usedAfterGc();
        retained.modelsHeapKiB = (heap1 - heap0) / 1024;
        retained.modelsResidentKiB = resident0 < 0 || resident1 < 0 ? -1 : resident1 - resident0;
        retained.classifierHeapKiB = (heap2 - heap1) / 1024;
        retained.examples = examples.size();
    }

    private static long usedAfterGc() {
        for (int i = 0; i < 4; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static long residentKiB() {
        Path status = Path.of("/proc/self/status");
        if (!Files.isReadable(status)) {
            return -1;
        }
        try {
            for (String line : Files.readAllLines(status)) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D", ""));
                }
            }
            return -1;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
