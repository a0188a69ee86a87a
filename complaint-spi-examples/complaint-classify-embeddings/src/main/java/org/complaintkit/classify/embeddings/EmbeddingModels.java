package org.complaintkit.classify.embeddings;

import dev.langchain4j.model.embedding.EmbeddingModel;
import java.nio.file.Path;

/**
 * The embedding models shipped in Maven artifacts. The bge-small Chinese and English models the design asked
 * for were not served by the registry this module is built from; all-MiniLM-L6-v2 (quantised, 384
 * dimensions, Apache-2.0) is, and serves both languages until they are.
 */
public final class EmbeddingModels {

    private EmbeddingModels() {
    }

    /**
     * Loads the shipped model after switching the runtime offline ({@link OfflineRuntime#prepare(Path)}).
     *
     * @param cacheDir the folder the runtime may unpack native libraries into
     * @return the model
     */
    public static EmbeddingModel allMiniLmL6V2Quantised(Path cacheDir) {
        OfflineRuntime.prepare(cacheDir);
        return Loader.load();
    }

    /** Holds the reference to the model class apart, so it is not loaded before the properties are set. */
    private static final class Loader {
        static EmbeddingModel load() {
            return new dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel();
        }
    }
}
