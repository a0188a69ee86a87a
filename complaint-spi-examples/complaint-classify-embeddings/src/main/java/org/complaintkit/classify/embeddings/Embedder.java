package org.complaintkit.classify.embeddings;

import dev.langchain4j.model.embedding.EmbeddingModel;
import java.util.Objects;
import org.complaintkit.core.classification.TextNormaliser;

/**
 * Turns a complaint's text into an L2-normalised vector: the text is normalised first (traditional Chinese to
 * simplified, compatibility forms folded, by the core's {@link TextNormaliser}), then embedded by the Chinese
 * model if it holds a CJK ideograph, else by the English model.
 *
 * <p>Thread-safe if the models are.
 */
public final class Embedder {
    private final EmbeddingModel chinese;
    private final EmbeddingModel english;
    private final TextNormaliser normaliser = TextNormaliser.standard();

    /**
     * Routes between two models, which may be the same.
     *
     * @param chinese the model for text with CJK ideographs
     * @param english the model for other text
     */
    public Embedder(EmbeddingModel chinese, EmbeddingModel english) {
        this.chinese = Objects.requireNonNull(chinese, "chinese");
        this.english = Objects.requireNonNull(english, "english");
    }

    /**
     * Embeds one text.
     *
     * @param text the text
     * @return the unit-length vector
     */
    public double[] embed(String text) {
        String normal = normaliser.normalise(text);
        EmbeddingModel model = hasCjk(normal) ? chinese : english;
        float[] raw = model.embed(normal).content().vector();
        double[] out = new double[raw.length];
        double norm = 0;
        for (int i = 0; i < raw.length; i++) {
            out[i] = raw[i];
            norm += out[i] * out[i];
        }
        norm = Math.sqrt(norm);
        if (norm > 0) {
            for (int i = 0; i < out.length; i++) {
                out[i] /= norm;
            }
        }
        return out;
    }

    /**
     * Tells whether a text holds a CJK ideograph.
     *
     * @param text the text
     * @return true if so
     */
    static boolean hasCjk(String text) {
        return text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }
}
