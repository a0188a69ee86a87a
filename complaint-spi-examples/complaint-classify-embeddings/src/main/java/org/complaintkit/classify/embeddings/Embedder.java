package org.complaintkit.classify.embeddings;

import dev.langchain4j.model.embedding.EmbeddingModel;
import java.util.Objects;
import org.complaintkit.core.classification.TextNormaliser;

/**
 * Turns a complaint's text into an L2-normalised vector: the text is normalised first (traditional Chinese to
 * simplified, compatibility forms folded, by the core's {@link TextNormaliser}), then embedded by the Chinese
 * model if it holds a CJK ideograph, else by the English model. The two models need not share a space or a
 * dimension (bge-small-zh gives 512, bge-small-en 384), so the vector has one block per model: the Chinese
 * model's output first, then the English model's, the block of the model not used left zero. A head trained
 * on such vectors thus learns separate weights per language, and a Chinese and an English text have cosine 0.
 *
 * <p>Thread-safe if the models are.
 */
public final class Embedder {
    private final EmbeddingModel chinese;
    private final EmbeddingModel english;
    private final TextNormaliser normaliser = TextNormaliser.standard();
    private final int chineseDimension;
    private final int englishDimension;
    private final String id;

    /**
     * Routes between two models, which may be the same; the embedder's id is made of the models' class names and
     * dimensions (give an id of your own, naming the models' versions, with the other constructor).
     *
     * @param chinese the model for text with CJK ideographs
     * @param english the model for other text
     */
    public Embedder(EmbeddingModel chinese, EmbeddingModel english) {
        this(chinese.getClass().getName() + "/" + chinese.dimension() + "+" + english.getClass().getName() + "/"
                + english.dimension(), chinese, english);
    }

    /**
     * Routes between two models, which may be the same, under an id that names them.
     *
     * @param id what identifies the two models, such as {@code bge-small-zh-v15-q+bge-small-en-v15-q@1.11.0-beta19};
     *     recorded in a trained model's version and in its saved file, which loads only with an embedder of the
     *     same id
     * @param chinese the model for text with CJK ideographs
     * @param english the model for other text
     */
    public Embedder(String id, EmbeddingModel chinese, EmbeddingModel english) {
        this.chinese = Objects.requireNonNull(chinese, "chinese");
        this.english = Objects.requireNonNull(english, "english");
        this.id = Objects.requireNonNull(id, "id");
        this.chineseDimension = chinese.dimension();
        this.englishDimension = english.dimension();
    }

    /**
     * Returns what identifies the two models.
     *
     * @return the id
     */
    public String id() {
        return id;
    }

    /**
     * Returns the length of the vectors this embedder gives.
     *
     * @return the two models' dimensions summed
     */
    public int dimension() {
        return chineseDimension + englishDimension;
    }

    /**
     * Embeds one text.
     *
     * @param text the text
     * @return the unit-length vector, of the two models' dimensions summed
     */
    public double[] embed(String text) {
        String normal = normaliser.normalise(text);
        boolean cjk = hasCjk(normal);
        float[] raw = (cjk ? chinese : english).embed(normal).content().vector();
        int offset = cjk ? 0 : chineseDimension;
        double[] out = new double[chineseDimension + englishDimension];
        double norm = 0;
        for (float f : raw) {
            norm += (double) f * f;
        }
        norm = Math.sqrt(norm);
        for (int i = 0; i < raw.length && offset + i < out.length; i++) {
            out[offset + i] = norm > 0 ? raw[i] / norm : 0;
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
