package org.complaintkit.classify.embeddings;

import dev.langchain4j.model.embedding.EmbeddingModel;
import java.nio.file.Path;

/**
 * The embedding models shipped in Maven artifacts: BAAI's bge-small-zh-v1.5 and bge-small-en-v1.5, quantised,
 * 512 (Chinese) and 384 (English) dimensions, MIT licence, from LangChain4j's in-process embeddings 1.11.0-beta19.
 */
public final class EmbeddingModels {
    /** The id of {@link #bgeSmallZhAndEn(Path)}'s embedder: both models and the artifacts' version. */
    public static final String BGE_SMALL_ZH_AND_EN = "bge-small-zh-v15-q+bge-small-en-v15-q@1.11.0-beta19";

    private EmbeddingModels() {
    }

    /**
     * Loads both shipped models after switching the runtime offline ({@link OfflineRuntime#prepare(Path)}) and
     * routes between them: Chinese text to bge-small-zh, other text to bge-small-en.
     *
     * @param cacheDir the folder the runtime may unpack native libraries into
     * @return the embedder over both models
     */
    public static Embedder bgeSmallZhAndEn(Path cacheDir) {
        OfflineRuntime.prepare(cacheDir);
        return new Embedder(BGE_SMALL_ZH_AND_EN, Loader.chinese(), Loader.english());
    }

    /** Holds the references to the model classes apart, so they are not loaded before the properties are set. */
    private static final class Loader {
        static EmbeddingModel chinese() {
            return new dev.langchain4j.model.embedding.onnx.bgesmallzhv15q.BgeSmallZhV15QuantizedEmbeddingModel();
        }

        static EmbeddingModel english() {
            return new dev.langchain4j.model.embedding.onnx.bgesmallenv15q.BgeSmallEnV15QuantizedEmbeddingModel();
        }
    }
}
