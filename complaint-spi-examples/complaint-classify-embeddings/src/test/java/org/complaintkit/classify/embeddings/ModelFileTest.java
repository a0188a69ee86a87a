package org.complaintkit.classify.embeddings;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.complaintkit.api.classification.ClassificationInput;
import org.complaintkit.api.classification.Taxonomy;
import org.complaintkit.api.complaint.Channel;
import org.complaintkit.api.error.ConfigurationException;
import org.complaintkit.api.error.ErrorCode;
import org.complaintkit.api.error.Violation;
import org.complaintkit.core.classification.RuleClassifier;
import org.complaintkit.core.classification.TaxonomyFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A saved model reads back to a classifier that classifies exactly as the one written, holds no text, and is
 * refused, with every problem listed, when it is not whole or no longer fits the embedder or the schemes. Runs on a
 * small stand-in embedding model; {@code EmbeddingClassifierTest} measures the real one.
 */
class ModelFileTest {
    static final Path CORPUS = Path.of("../../complaint-core/src/test/resources/corpus");
    static final String EMBEDDER = "recording-64";

    static List<LabelledExample> corpus;
    static List<Taxonomy> seed;
    static EmbeddingClassifier trained;
    static byte[] saved;

    static final Taxonomy COLOUR = TaxonomyFile.parse("colour.taxonomy", String.join("\n", "scheme test.colour",
            "version 1", "label 颜色 | Colour", "other other", "class red - 红 | Red", "class blue - 蓝 | Blue",
            "class other - 其他 | Other"));
    static final Taxonomy SIZE = TaxonomyFile.parse("size.taxonomy", String.join("\n", "scheme test.size",
            "version 1", "label 大小 | Size", "other other", "class big - 大 | Big", "class small - 小 | Small",
            "class other - 其他 | Other"));

    /** A model of two schemes and two examples, all defined here, so that its version can be pinned. */
    static EmbeddingClassifier twoCards() {
        List<LabelledExample> examples = List.of(
                new LabelledExample("X1", "红色的大卡", Map.of("test.colour", "red", "test.size", "big")),
                new LabelledExample("X2", "蓝色的小卡", Map.of("test.colour", "blue", "test.size", "small")));
        return EmbeddingClassifier.train("embeddings", RecordingModel.embedder(EMBEDDER, new RecordingModel()),
                examples, List.of(COLOUR, SIZE), SoftmaxRegression.Settings.STANDARD, 0.5);
    }

    @BeforeAll
    static void trainOnTheCorpusAndSave() throws IOException {
        corpus = LabelledCorpus.parse(Files.readString(CORPUS.resolve("complaints.txt"), StandardCharsets.UTF_8));
        seed = RuleClassifier.standard().taxonomies().stream()
                .filter(t -> LabelledCorpus.SCHEMES.contains(t.scheme())).toList();
        trained = EmbeddingClassifier.train("embeddings", RecordingModel.embedder(EMBEDDER, new RecordingModel()),
                corpus, seed, new SoftmaxRegression.Settings(60, 4.0, 0.0001), 0.3);
        saved = bytes(trained);
    }

    static byte[] bytes(EmbeddingClassifier model) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ModelFile.write(model, out);
        return out.toByteArray();
    }

    static EmbeddingClassifier read(byte[] file, Embedder embedder, List<Taxonomy> taxonomies) throws IOException {
        return ModelFile.read(new ByteArrayInputStream(file), embedder, taxonomies);
    }

    static Set<ErrorCode> codes(ConfigurationException e) {
        return e.violations().stream().map(Violation::code).collect(Collectors.toSet());
    }

    @Test
    void aLoadedModelClassifiesExactlyAsTheTrainedOne(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("model.ckm");
        ModelFile.save(trained, file);
        EmbeddingClassifier loaded = ModelFile.load(file, RecordingModel.embedder(EMBEDDER, new RecordingModel()), seed);
        assertTrue(loaded.sameModelAs(trained));
        assertEquals(trained.version(), loaded.version());
        assertEquals(trained.minConfidence(), loaded.minConfidence());
        for (LabelledExample e : LabelledCorpus.parse(Files.readString(CORPUS.resolve("holdout.txt")))) {
            ClassificationInput in = ClassificationInput.of(Channel.COUNTER, e.text());
            assertEquals(trained.classify(in), loaded.classify(in), e.id());
        }
        assertArrayEquals(saved, bytes(loaded), "written again, the same bytes");
        try (var listing = Files.list(dir)) {
            assertEquals(List.of(file), listing.toList(), "no temporary file left beside it");
        }
    }

    @Test
    void theFileHoldsNoTextOfAnyExample() {
        String asLatin1 = new String(saved, StandardCharsets.ISO_8859_1);
        String asUtf8 = new String(saved, StandardCharsets.UTF_8);
        for (LabelledExample e : corpus) {
            for (String piece : List.of(e.text().substring(0, Math.min(6, e.text().length())),
                    e.text().substring(Math.max(0, e.text().length() - 6)))) {
                assertFalse(asUtf8.contains(piece) || asLatin1.contains(piece), e.id() + " text in the file");
            }
        }
        assertTrue(asUtf8.contains(corpus.get(0).id()), "ids are kept, for nearest-example explanations");
    }

    @Test
    void aFileThatIsNotAModelIsRefused() {
        ConfigurationException e = assertThrows(ConfigurationException.class, () -> read(
                "PK\u0003\u0004 a zip, not a model".getBytes(StandardCharsets.ISO_8859_1), trained.embedder(), seed));
        assertEquals(Set.of(ErrorCode.MODEL_FILE_NOT_A_MODEL), codes(e));
        assertThrows(ConfigurationException.class, () -> read(new byte[0], trained.embedder(), seed));
    }

    @Test
    void aFileOfAnotherFormatRevisionIsRefused() {
        byte[] other = saved.clone();
        other[11] = 2;
        ConfigurationException e = assertThrows(ConfigurationException.class, () -> read(other, trained.embedder(), seed));
        assertEquals(Set.of(ErrorCode.MODEL_FILE_REVISION), codes(e));
        assertTrue(e.getMessage().contains("revision 2"), e.getMessage());
    }

    @Test
    void aTruncatedOrChangedFileIsRefusedByItsChecksum() {
        for (int length : List.of(12, 40, saved.length / 2, saved.length - 1)) {
            ConfigurationException e = assertThrows(ConfigurationException.class,
                    () -> read(Arrays.copyOf(saved, length), trained.embedder(), seed), "truncated to " + length);
            assertEquals(Set.of(ErrorCode.MODEL_FILE_CORRUPT), codes(e));
        }
        byte[] changed = saved.clone();
        changed[saved.length / 2] ^= 0x10;
        ConfigurationException e = assertThrows(ConfigurationException.class,
                () -> read(changed, trained.embedder(), seed));
        assertEquals(Set.of(ErrorCode.MODEL_FILE_CORRUPT), codes(e));
    }

    @Test
    void anotherEmbedderAGoneSchemeVersionAndAGoneClassAreRefusedAllAtOnce() throws IOException {
        Taxonomy colour = COLOUR;
        Taxonomy size = SIZE;
        EmbeddingClassifier model = twoCards();
        byte[] file = bytes(model);

        Taxonomy colour2 = TaxonomyFile.parse("colour.taxonomy", String.join("\n", "scheme test.colour", "version 2",
                "label 颜色 | Colour", "other other", "class red - 红 | Red", "class blue - 蓝 | Blue",
                "class other - 其他 | Other"));
        Taxonomy sizeWithoutSmall = TaxonomyFile.parse("size.taxonomy", String.join("\n", "scheme test.size",
                "version 1", "label 大小 | Size", "other other", "class big - 大 | Big", "class other - 其他 | Other"));
        Embedder another = RecordingModel.embedder("another-model", new RecordingModel());
        ConfigurationException e = assertThrows(ConfigurationException.class,
                () -> read(file, another, List.of(colour2, sizeWithoutSmall)));
        assertEquals(Set.of(ErrorCode.MODEL_EMBEDDER_MISMATCH, ErrorCode.MODEL_TAXONOMY_GONE,
                ErrorCode.MODEL_CLASS_GONE), codes(e), e.getMessage());
        assertTrue(e.violations().stream().anyMatch(v -> v.path().equals("modelFile.schemes[test.size].classes[small]")));
        assertTrue(e.violations().stream().anyMatch(v -> v.path().equals("modelFile.schemes[test.colour].version")));

        ConfigurationException missing = assertThrows(ConfigurationException.class,
                () -> read(file, model.embedder(), List.of(colour)));
        assertEquals(Set.of(ErrorCode.MODEL_TAXONOMY_GONE), codes(missing), "test.size is not given at all");
        assertEquals(model.version(), read(file, model.embedder(), List.of(colour, size)).version());
    }

    @Test
    void theVersionIsADigestOfWhatDefinesTheModelNotOfItsWeights() {
        Embedder embedder = RecordingModel.embedder(EMBEDDER, new RecordingModel());
        List<LabelledExample> few = corpus.subList(0, 20);
        SoftmaxRegression.Settings settings = new SoftmaxRegression.Settings(5, 1.0, 0.001);
        EmbeddingClassifier a = EmbeddingClassifier.train("embeddings", embedder, few, seed, settings, 0.5);
        assertEquals(a.version(), EmbeddingClassifier.train("embeddings", embedder, few, seed, settings, 0.5).version());
        assertTrue(a.version().matches("embeddings-[0-9a-f]{16}"), a.version());
        // Pinned: the digest depends on the fields alone (nothing here depends on the CPU, the JVM or a hash
        // set's order), so this is the version of this training set on any machine.
        assertEquals("embeddings-465319df54111d13", twoCards().version());
        LabelledExample first = few.get(0);
        Map<String, String> relabelled = new HashMap<>(first.labels());
        relabelled.put("seed.degree", "constructive".equals(first.labels().get("seed.degree")) ? "critical" : "constructive");
        List<List<LabelledExample>> variants = List.of(
                replaceFirst(few, new LabelledExample(first.id(), first.text(), relabelled)),
                replaceFirst(few, new LabelledExample(first.id(), first.text() + "。", first.labels())),
                replaceFirst(few, new LabelledExample(first.id() + "b", first.text(), first.labels())));
        for (List<LabelledExample> v : variants) {
            assertNotEquals(a.version(), EmbeddingClassifier.train("embeddings", embedder, v, seed, settings, 0.5)
                    .version());
        }
        assertNotEquals(a.version(), EmbeddingClassifier.train("embeddings", embedder, few, seed,
                new SoftmaxRegression.Settings(6, 1.0, 0.001), 0.5).version(), "settings");
        assertNotEquals(a.version(), EmbeddingClassifier.train("embeddings",
                RecordingModel.embedder("other", new RecordingModel()), few, seed, settings, 0.5).version(), "embedder");
        assertNotEquals(a.version(), a.withMinConfidence(0.6).version(), "minimum confidence");
    }

    private static List<LabelledExample> replaceFirst(List<LabelledExample> list, LabelledExample first) {
        List<LabelledExample> out = new ArrayList<>(list);
        out.set(0, first);
        return out;
    }
}
