package org.complaintkit.classify.embeddings;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.bgesmallenv15q.BgeSmallEnV15QuantizedEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.bgesmallzhv15q.BgeSmallZhV15QuantizedEmbeddingModel;
import dev.langchain4j.model.output.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the module's tests share in one JVM: the models, loaded once (the first load through
 * {@link EmbeddingModels#bgeSmallZhAndEn}, so the offline switch is checked on it), an embedder that embeds each
 * text once, and the labelled corpus files read in place from complaint-core.
 */
final class SharedModels {
    static final Path CORPUS = Path.of("../../complaint-core/src/test/resources/corpus");
    static final Path CACHE = Path.of("target/djl-cache");
    /** The training corpus: every labelled file but the frozen split. */
    static final List<String> TRAINING_FILES = List.of("complaints.txt", "holdout.txt", "training-zh-hans.txt",
            "training-zh-hant.txt", "training-en.txt");

    private static Embedder direct;
    private static Embedder memo;
    private static boolean offlineBeforeLoad;
    private static long loadMillis;

    private SharedModels() {
    }

    /** The embedder as the module builds it, loaded once per JVM. */
    static synchronized Embedder direct() {
        if (direct == null) {
            offlineBeforeLoad = OfflineRuntime.isPrepared();
            long t0 = System.nanoTime();
            direct = EmbeddingModels.bgeSmallZhAndEn(CACHE);
            direct.embed("warm-up");
            direct.embed("预热");
            loadMillis = (System.nanoTime() - t0) / 1_000_000;
        }
        return direct;
    }

    /** An embedder over the same models that embeds each distinct text once per JVM. */
    static synchronized Embedder memo() {
        if (memo == null) {
            direct();
            memo = new Embedder(new Memo(new BgeSmallZhV15QuantizedEmbeddingModel()),
                    new Memo(new BgeSmallEnV15QuantizedEmbeddingModel()));
        }
        return memo;
    }

    static boolean offlineBeforeLoad() {
        direct();
        return offlineBeforeLoad;
    }

    static long loadMillis() {
        direct();
        return loadMillis;
    }

    static String read(String file) {
        try {
            return Files.readString(CORPUS.resolve(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The labelled examples of some corpus files, in file order. */
    static List<LabelledExample> examples(List<String> files) {
        List<LabelledExample> out = new ArrayList<>();
        files.forEach(f -> out.addAll(LabelledCorpus.parse(read(f))));
        return out;
    }

    /** Each example's language (field 2: zh-Hans, zh-Hant or en), by id. */
    static Map<String, String> languages(List<String> files) {
        Map<String, String> out = new HashMap<>();
        for (String file : files) {
            for (String line : read(file).split("\n")) {
                String[] f = line.split(" \\| ", 16);
                if (!line.startsWith("#") && f.length == 16) {
                    out.put(f[0].strip(), f[1].strip());
                }
            }
        }
        return out;
    }

    /** A model whose embeddings are remembered by text. */
    private static final class Memo implements EmbeddingModel {
        private final EmbeddingModel model;
        private final Map<String, Embedding> seen = new ConcurrentHashMap<>();

        Memo(EmbeddingModel model) {
            this.model = model;
        }

        @Override
        public Response<Embedding> embed(String text) {
            return Response.from(seen.computeIfAbsent(text, t -> model.embed(t).content()));
        }

        @Override
        public Response<List<Embedding>> embedAll(List<TextSegment> segments) {
            List<Embedding> out = new ArrayList<>();
            segments.forEach(s -> out.add(embed(s.text()).content()));
            return Response.from(out);
        }

        @Override
        public int dimension() {
            return model.dimension();
        }
    }
}
