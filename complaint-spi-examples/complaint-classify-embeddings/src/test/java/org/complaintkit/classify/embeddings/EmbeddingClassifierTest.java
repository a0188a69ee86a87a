package org.complaintkit.classify.embeddings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.complaintkit.api.complaint.Channel;
import org.complaintkit.api.classification.ClassAssignment;
import org.complaintkit.api.classification.ClassState;
import org.complaintkit.api.classification.ClassificationInput;
import org.complaintkit.api.classification.ClassificationResult;
import org.complaintkit.api.classification.Taxonomy;
import org.complaintkit.api.error.ConfigurationException;
import org.complaintkit.api.error.ErrorCode;
import org.complaintkit.core.classification.ChainedClassifier;
import org.complaintkit.core.classification.RuleClassifier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Trains the classifier once on the project's labelled corpus (complaint-core's corpus/complaints.txt, read in
 * place) and measures it on corpus/holdout.txt: accuracy and speed are printed, not asserted as floors.
 * The test JVM routes every Java socket through a SOCKS proxy on a refused port (see the module's POM), so a
 * model load that tried to reach the network would fail or stall.
 */
class EmbeddingClassifierTest {
    private static final Path CORPUS = SharedModels.CORPUS;
    private static final Path CACHE = SharedModels.CACHE;
    private static final double MIN_CONFIDENCE = 0.5;

    private static boolean offlineBeforeLoad;
    private static Embedder embedder;
    private static List<LabelledExample> training;
    private static List<Taxonomy> taxonomies;
    private static EmbeddingClassifier classifier;
    private static long loadMillis;
    private static long trainMillis;

    @BeforeAll
    static void trainOnTheLabelledCorpus() throws IOException {
        offlineBeforeLoad = SharedModels.offlineBeforeLoad();
        loadMillis = SharedModels.loadMillis();
        embedder = SharedModels.memo();
        training = LabelledCorpus.parse(read("complaints.txt"));
        taxonomies = RuleClassifier.standard().taxonomies().stream()
                .filter(t -> LabelledCorpus.SCHEMES.contains(t.scheme())).toList();
        long t1 = System.nanoTime();
        classifier = EmbeddingClassifier.train("embeddings", embedder, training, taxonomies,
                SoftmaxRegression.Settings.STANDARD, MIN_CONFIDENCE);
        trainMillis = (System.nanoTime() - t1) / 1_000_000;
        System.out.printf(Locale.ROOT, "embedding model load %d ms (incl. first embedding); training on %d examples"
                + " over %d schemes %d ms%n", loadMillis, training.size(), taxonomies.size(), trainMillis);
    }

    private static String read(String file) throws IOException {
        return Files.readString(CORPUS.resolve(file), StandardCharsets.UTF_8);
    }

    @Test
    void theRuntimeIsSwitchedOfflineBeforeTheModelLoads() throws IOException {
        assertFalse(offlineBeforeLoad, "the test JVM must not set the properties itself");
        assertTrue(OfflineRuntime.isPrepared());
        assertEquals(CACHE.toAbsolutePath().toString(), System.getProperty(OfflineRuntime.CACHE_DIR));
        assertEquals("127.0.0.1", System.getProperty("socksProxyHost"), "outbound sockets are refused in this JVM");
        try (Stream<Path> written = Files.walk(CACHE)) {
            System.out.println("DJL wrote under " + CACHE + ": "
                    + written.filter(Files::isRegularFile).map(p -> CACHE.relativize(p).toString()).toList());
        }
    }

    @Test
    void everyClassCitesItsConfidenceAndThreeNearestExampleIdsNeverText() {
        LabelledExample known = training.get(0);
        String text = known.text();
        ClassificationResult r = classifier.classify(ClassificationInput.of(Channel.COUNTER, text));
        Set<String> ids = training.stream().map(LabelledExample::id).collect(Collectors.toSet());
        Pattern cited = Pattern.compile("nearest labelled examples (\\S+), (\\S+), (\\S+)$");
        assertEquals(taxonomies.size(), r.classes().size());
        for (ClassAssignment c : r.classes()) {
            assertTrue(Pattern.compile("confidence [01]\\.\\d\\d;").matcher(c.decidedBy()).find(), c.decidedBy());
            var m = cited.matcher(c.decidedBy());
            assertTrue(m.find(), c.decidedBy());
            for (int g = 1; g <= 3; g++) {
                assertTrue(ids.contains(m.group(g)), m.group(g));
            }
            assertEquals(known.id(), m.group(1), "a labelled complaint is its own nearest example");
            assertFalse(c.decidedBy().contains(text.substring(0, 4)), "no text of the complaint or an example");
        }
        for (Taxonomy t : taxonomies) {
            assertTrue(t.contains(r.in(t.scheme()).orElseThrow().code()));
        }
    }

    @Test
    void belowTheMinimumConfidenceAClassIsLeftToAPersonWithTheModelsGuessNeverAsOther() {
        EmbeddingClassifier strict = EmbeddingClassifier.train("embeddings", embedder, training.subList(0, 40),
                taxonomies, new SoftmaxRegression.Settings(5, 0.5, 0.001), 0.99);
        ClassificationResult r = strict.classify(ClassificationInput.of(Channel.PHONE, "the fee was wrong"));
        EmbeddingClassifier decides = strict.withMinConfidence(0);
        ClassificationResult top = decides.classify(ClassificationInput.of(Channel.PHONE, "the fee was wrong"));
        assertTrue(r.needsPerson());
        assertTrue(r.qualifiedCodes().isEmpty(), "a class left to a person matches no class condition");
        for (ClassAssignment c : r.classes()) {
            assertEquals(ClassState.NEEDS_PERSON, c.state(), c.qualifiedCode());
            assertEquals("", c.code(), "never the scheme's other class");
            assertEquals(top.in(c.scheme()).orElseThrow().code(), c.guess().orElseThrow(), "the guess is the top class");
            assertTrue(c.confidence().orElseThrow() < 0.99);
            assertTrue(c.decidedBy().startsWith("model embeddings below 0.99: confidence"), c.decidedBy());
        }
        for (ClassAssignment c : top.classes()) {
            assertTrue(c.isDecided());
            assertTrue(c.confidence().isPresent(), "a model's class carries its confidence");
        }
    }

    @Test
    void chainedBeforeTheRulesAClassLeftToAPersonIsDecidedByTheRules() {
        EmbeddingClassifier unsure = classifier.withMinConfidence(1.0);
        RuleClassifier rules = RuleClassifier.standard();
        ClassificationInput in = ClassificationInput.of(Channel.PHONE, "信用卡被收了两百元年费，办卡时说终身免年费。");
        ClassificationResult chained = ChainedClassifier.of(unsure, rules).classify(in);
        ClassificationResult byRules = rules.classify(in);
        ClassAssignment matter = chained.in("seed.matter").orElseThrow();
        ClassAssignment rulesMatter = byRules.in("seed.matter").orElseThrow();
        assertEquals(rulesMatter.code(), matter.code());
        assertEquals(rulesMatter.fired(), matter.fired(), "the rule evidence is kept");
        assertEquals("irregular-fees", matter.code());
        assertTrue(matter.decidedBy().startsWith(rulesMatter.decidedBy() + "; beside it needs a person (guess "),
                matter.decidedBy());
        assertTrue(matter.decidedBy().contains("nearest labelled examples"), "the model's evidence is kept");
    }

    @Test
    void chainedBeforeTheRulesAConfidentClassIsTheModels() {
        ClassificationInput in = ClassificationInput.of(Channel.PHONE, training.get(0).text());
        ClassificationResult chained = ChainedClassifier.of(classifier.withMinConfidence(0), RuleClassifier.standard())
                .classify(in);
        assertEquals("embeddings", chained.in("seed.matter").orElseThrow().source());
    }

    @Test
    void theSameTrainingSetGivesTheSameModelAndTheSameResults() throws IOException {
        EmbeddingClassifier again = EmbeddingClassifier.train("embeddings", embedder, training, taxonomies,
                SoftmaxRegression.Settings.STANDARD, MIN_CONFIDENCE);
        assertTrue(again.sameModelAs(classifier));
        for (LabelledExample e : LabelledCorpus.parse(read("holdout.txt"))) {
            ClassificationInput in = ClassificationInput.of(Channel.COUNTER, e.text());
            assertEquals(classifier.classify(in), again.classify(in), e.id());
        }
    }

    @Test
    void anotherTrainingSetGivesAnotherModel() {
        EmbeddingClassifier other = EmbeddingClassifier.train("embeddings", embedder, training.subList(0, 100),
                taxonomies, SoftmaxRegression.Settings.STANDARD, MIN_CONFIDENCE);
        assertFalse(other.sameModelAs(classifier));
    }

    @Test
    void examplesNamingUnknownClassesAreRefusedAllAtOnce() {
        LabelledExample a = new LabelledExample("X1", "text", Map.of("seed.matter", "no-such-class"));
        LabelledExample b = new LabelledExample("X2", "text", Map.of("seed.matter", "other"));
        ConfigurationException e = assertThrows(ConfigurationException.class,
                () -> EmbeddingClassifier.train("embeddings", embedder, List.of(a, b), taxonomies,
                        SoftmaxRegression.Settings.STANDARD, 1.5));
        assertTrue(e.violations().stream().anyMatch(v -> v.path().equals("examples[X1].seed.matter")
                && v.code() == ErrorCode.UNKNOWN_CLASS));
        assertTrue(e.violations().stream().anyMatch(v -> v.path().equals("examples[X2].seed.type")));
        assertTrue(e.violations().stream().anyMatch(v -> v.path().equals("minConfidence")));
    }

    @Test
    void holdOutAccuracyAndSpeedAreMeasured() throws IOException {
        int[] fit = measure("training set (fit, not accuracy)", training, classifier.withMinConfidence(0));
        assertTrue(fit[0] >= 0.8 * fit[2], "gradient descent converged: the head fits most of its training set");
        measure("hold-out, every class decided", LabelledCorpus.parse(read("holdout.txt")), classifier.withMinConfidence(0));
        measure("hold-out", LabelledCorpus.parse(read("holdout.txt")), classifier);
        Map<String, String> language = new HashMap<>();
        for (String line : read("holdout.txt").split("\n")) {
            String[] f = line.split(" \\| ", 16);
            if (!line.startsWith("#") && f.length == 16) {
                language.put(f[0], f[1]);
            }
        }
        for (String lang : new TreeSet<>(language.values())) {
            measure("hold-out " + lang + ", every class decided", LabelledCorpus.parse(read("holdout.txt")).stream()
                    .filter(e -> lang.equals(language.get(e.id()))).toList(), classifier.withMinConfidence(0));
        }
    }

    private static int[] measure(String title, List<LabelledExample> holdout, EmbeddingClassifier classifier) {
        Map<String, int[]> score = new HashMap<>();
        long t0 = System.nanoTime();
        for (LabelledExample e : holdout) {
            ClassificationResult r = classifier.classify(ClassificationInput.of(Channel.COUNTER, e.text()));
            for (Taxonomy t : taxonomies) {
                ClassAssignment c = r.in(t.scheme()).orElseThrow();
                int[] s = score.computeIfAbsent(t.scheme(), k -> new int[3]);
                s[2]++;
                if (c.needsPerson()) {
                    s[1]++;
                } else if (c.code().equals(e.labels().get(t.scheme()))) {
                    s[0]++;
                }
            }
        }
        double msPer = (System.nanoTime() - t0) / 1e6 / holdout.size();
        StringBuilder table = new StringBuilder(String.format(Locale.ROOT,
                "%n%s (n=%d), minimum confidence %.2f%n| scheme | correct | left to a person | of | accuracy |%n"
                        + "|---|---|---|---|---|%n", title, holdout.size(), classifier.minConfidence()));
        for (Taxonomy t : taxonomies) {
            int[] s = score.get(t.scheme());
            table.append(String.format(Locale.ROOT, "| %s | %d | %d | %d | %.1f %% |%n", t.scheme(), s[0], s[1], s[2],
                    100.0 * s[0] / s[2]));
        }
        table.append(String.format(Locale.ROOT, "classification %.1f ms per complaint (embedding and %d heads)%n",
                msPer, taxonomies.size()));
        System.out.println(table);
        assertEquals(holdout.size(), score.get("seed.matter")[2]);
        assertNotEquals(0, score.get("seed.incident")[0], "the model decides some complaints rightly");
        return score.get("seed.matter");
    }
}
