package org.complaintkit.classify.embeddings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import org.complaintkit.api.classification.ClassAssignment;
import org.complaintkit.api.classification.ClassificationInput;
import org.complaintkit.api.classification.ClassificationResult;
import org.complaintkit.api.classification.Taxonomy;
import org.complaintkit.api.complaint.Channel;
import org.complaintkit.core.classification.ChainedClassifier;
import org.complaintkit.core.classification.Combination;
import org.complaintkit.core.classification.RuleClassifier;
import org.complaintkit.spi.classification.Classifier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Chooses the shipped combination and the model's minimum confidence by five-fold cross-validation over the training
 * corpus only (complaints.txt, holdout.txt and the three training-*.txt files; never the frozen split), then measures
 * once on the frozen split ({@code test-split.txt}) and holds the model and the shipped combination to floors set
 * from that first measurement.
 *
 * <p>Every complaint is classified from its text alone at the counter (no tags or amounts), so the rules' figures here
 * differ a little from complaint-core's accuracy tests. A class left to a person counts as not correct. Each text is
 * embedded once per JVM ({@link SharedModels#memo()}).
 */
class CombinationChoiceTest {
    static final int FOLDS = 5;
    static final double[] MIN_CONFIDENCES = {0.2, 0.3, 0.4, 0.5, 0.6, 0.7};
    static final List<String> LANGUAGES = List.of("zh-Hans", "zh-Hant", "en");

    /**
     * Floors on the frozen split, percent of all 210 complaints right (a class left to a person is not right): the
     * first measurement (2026-12-03) rounded down to a whole percent, minus 2 points because ONNX Runtime's floating
     * point differs a little between CPUs, so a complaint near a boundary may fall the other way elsewhere. Raise
     * them as the model improves; never lower them.
     */
    static final Map<String, Integer> MODEL_FLOOR = Map.of(
            // measured 81.4 / 73.8 / 80.5 / 67.1 / 92.4 / 87.6 % (model at the shipped minimum confidence 0.3)
            "seed.matter", 79, "seed.type", 71, "seed.content", 78, "seed.cause", 65, "seed.degree", 90,
            "seed.incident", 85);
    /** Floors of the shipped combination, set as {@link #MODEL_FLOOR} was. */
    static final Map<String, Integer> SHIPPED_FLOOR = Map.of(
            // measured 74.8 / 67.6 / 75.2 / 64.3 / 94.8 / 83.3 % (vote at 0.3)
            "seed.matter", 72, "seed.type", 65, "seed.content", 73, "seed.cause", 62, "seed.degree", 92,
            "seed.incident", 81);

    private static Embedder embedder;
    private static List<LabelledExample> pool;
    private static Map<String, String> language;
    private static List<Taxonomy> taxonomies;

    @BeforeAll
    static void readTheCorpus() {
        embedder = SharedModels.memo();
        pool = SharedModels.examples(SharedModels.TRAINING_FILES);
        List<String> all = new ArrayList<>(SharedModels.TRAINING_FILES);
        all.add("test-split.txt");
        language = SharedModels.languages(all);
        taxonomies = RuleClassifier.standard().taxonomies().stream()
                .filter(t -> LabelledCorpus.SCHEMES.contains(t.scheme())).toList();
    }

    /** A complaint's fold, fixed by its id. */
    static int fold(String id) {
        return Math.floorMod(id.hashCode(), FOLDS);
    }

    /** Right, wrong and left to a person, per contender, scheme and language ("all" for every language). */
    static final class Tally {
        final Map<String, int[]> counts = new TreeMap<>();

        void add(String contender, String scheme, String lang, ClassAssignment a, String label) {
            int k = a.needsPerson() ? 2 : a.code().equals(label) ? 0 : 1;
            for (String l : List.of("all", lang)) {
                counts.computeIfAbsent(contender + "|" + scheme + "|" + l, x -> new int[3])[k]++;
            }
        }

        int[] get(String contender, String scheme, String lang) {
            return counts.getOrDefault(contender + "|" + scheme + "|" + lang, new int[3]);
        }

        /** Mean over the schemes of (right - wrong) / n: a wrong class costs what a right one gains; a person 0. */
        double score(String contender) {
            double sum = 0;
            for (Taxonomy t : taxonomies) {
                int[] c = get(contender, t.scheme(), "all");
                sum += (double) (c[0] - c[1]) / (c[0] + c[1] + c[2]);
            }
            return sum / taxonomies.size();
        }
    }

    static Map<String, Classifier> contenders(EmbeddingClassifier model) {
        RuleClassifier rules = RuleClassifier.standard();
        Map<String, Classifier> out = new LinkedHashMap<>();
        out.put("rules", rules);
        out.put("model, every class decided", model.withMinConfidence(0));
        for (double m : MIN_CONFIDENCES) {
            EmbeddingClassifier unsure = model.withMinConfidence(m);
            out.put(label("model", m), unsure);
            for (Combination c : Combination.values()) {
                out.put(label(c.name(), m), ChainedClassifier.combine(c, unsure, rules));
            }
        }
        return out;
    }

    static String label(String what, double min) {
        return String.format(Locale.ROOT, "%s @ %.1f", what, min);
    }

    static void classify(Tally tally, Map<String, Classifier> contenders, List<LabelledExample> set) {
        for (LabelledExample e : set) {
            ClassificationInput in = ClassificationInput.of(Channel.COUNTER, e.text());
            for (Map.Entry<String, Classifier> c : contenders.entrySet()) {
                ClassificationResult r = c.getValue().classify(in);
                for (Taxonomy t : taxonomies) {
                    tally.add(c.getKey(), t.scheme(), language.get(e.id()), r.in(t.scheme()).orElseThrow(),
                            e.labels().get(t.scheme()));
                }
            }
        }
    }

    @Test
    void theShippedCombinationAndMinimumConfidenceAreTheBestUnderFiveFoldCrossValidation() {
        Tally tally = new Tally();
        List<String> names = null;
        for (int f = 0; f < FOLDS; f++) {
            int held = f;
            List<LabelledExample> train = pool.stream().filter(e -> fold(e.id()) != held).toList();
            List<LabelledExample> test = pool.stream().filter(e -> fold(e.id()) == held).toList();
            EmbeddingClassifier model = EmbeddingClassifier.train("embeddings", embedder, train, taxonomies,
                    SoftmaxRegression.Settings.STANDARD, 0);
            Map<String, Classifier> contenders = contenders(model);
            names = List.copyOf(contenders.keySet());
            classify(tally, contenders, test);
        }
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "%nfive-fold cross-validation over %d"
                + " training complaints (frozen split not used)%n", pool.size()));
        out.append(table(tally, names, c -> String.format(Locale.ROOT, "%.1f %%", pct(c[0], c[0] + c[1] + c[2]))));
        out.append("\nscore (mean over schemes of (right - wrong) / n), accuracy on decided and share decided, matter:\n");
        out.append("| contender | score | matter right | matter on decided | matter decided |\n|---|---|---|---|---|\n");
        String best = null;
        for (String n : names) {
            int[] m = tally.get(n, "seed.matter", "all");
            out.append(String.format(Locale.ROOT, "| %s | %.4f | %.1f %% | %.1f %% | %.1f %% |%n", n, tally.score(n),
                    pct(m[0], m[0] + m[1] + m[2]), pct(m[0], m[0] + m[1]), pct(m[0] + m[1], m[0] + m[1] + m[2])));
            if (n.contains("@") && !n.startsWith("model @") && (best == null || tally.score(n) > tally.score(best))) {
                best = n;
            }
        }
        out.append("best combination by score: ").append(best).append('\n');
        System.out.println(out);
        // VOTE at 0.3 and 0.4 scored within 0.001 of each other here; ONNX Runtime's floating point differs a little
        // between CPUs, so the shipped default must be the best or within 0.005 of it, not necessarily the argmax.
        String shipped = label(ShippedCombination.COMBINATION.name(), ShippedCombination.MIN_CONFIDENCE);
        assertTrue(names.contains(shipped), shipped);
        assertTrue(tally.score(shipped) >= tally.score(best) - 0.005, "the shipped default " + shipped + " scores "
                + tally.score(shipped) + ", the best " + best + " " + tally.score(best));
    }

    @Test
    void onTheFrozenSplitTheModelAndTheShippedCombinationStayAtOrAboveTheirFloors() {
        List<LabelledExample> split = LabelledCorpus.parse(SharedModels.read("test-split.txt"));
        EmbeddingClassifier model = EmbeddingClassifier.train("embeddings", embedder, pool, taxonomies,
                SoftmaxRegression.Settings.STANDARD, ShippedCombination.MIN_CONFIDENCE);
        Map<String, Classifier> contenders = new LinkedHashMap<>();
        contenders.put("rules", RuleClassifier.standard());
        contenders.put("model, every class decided", model.withMinConfidence(0));
        contenders.put("model", model);
        contenders.put("shipped", ShippedCombination.of(model));
        Tally tally = new Tally();
        classify(tally, contenders, split);
        List<String> names = List.copyOf(contenders.keySet());
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "%nfrozen split (n=%d), trained on %d, shipped"
                + " = %s at minimum confidence %.1f; accuracy (Wilson 95 %%):%n", split.size(), pool.size(),
                ShippedCombination.COMBINATION, ShippedCombination.MIN_CONFIDENCE));
        out.append(table(tally, names, c -> wilson(c[0], c[0] + c[1] + c[2])));
        out.append("\nshare sent to a person / accuracy on the decided ones:\n");
        out.append(table(tally, names, c -> String.format(Locale.ROOT, "%.1f %% / %.1f %%", pct(c[2], c[0] + c[1] + c[2]),
                pct(c[0], c[0] + c[1]))));
        out.append(confusion(model, split));
        System.out.println(out);
        List<String> below = new ArrayList<>();
        for (Taxonomy t : taxonomies) {
            check(below, "model", tally.get("model", t.scheme(), "all"), MODEL_FLOOR.get(t.scheme()), t.scheme());
            check(below, "shipped", tally.get("shipped", t.scheme(), "all"), SHIPPED_FLOOR.get(t.scheme()), t.scheme());
        }
        assertEquals(List.of(), below, out.toString());
        assertEquals(split.size(), tally.get("rules", "seed.matter", "all")[0] + tally.get("rules", "seed.matter", "all")[1]
                + tally.get("rules", "seed.matter", "all")[2]);
    }

    private static void check(List<String> below, String who, int[] c, int floor, String scheme) {
        double p = pct(c[0], c[0] + c[1] + c[2]);
        if (p < floor) {
            below.add(String.format(Locale.ROOT, "%s %s %.1f %% < floor %d %%", who, scheme, p, floor));
        }
    }

    private static String confusion(EmbeddingClassifier model, List<LabelledExample> split) {
        Classifier shipped = ShippedCombination.of(model);
        Map<String, Map<String, Integer>> counts = new TreeMap<>();
        TreeSet<String> codes = new TreeSet<>();
        for (LabelledExample e : split) {
            ClassAssignment a = shipped.classify(ClassificationInput.of(Channel.COUNTER, e.text())).in("seed.matter")
                    .orElseThrow();
            String got = a.decidedCode().orElse("needs-person");
            String label = e.labels().get("seed.matter");
            codes.add(got);
            codes.add(label);
            counts.computeIfAbsent(label, k -> new TreeMap<>()).merge(got, 1, Integer::sum);
        }
        StringBuilder out = new StringBuilder("\nconfusion, seed.matter, shipped (rows: label; columns: classifier)\n| label |");
        codes.forEach(c -> out.append(' ').append(c).append(" |"));
        out.append("\n|---|").append("---|".repeat(codes.size())).append('\n');
        for (String row : codes) {
            out.append("| ").append(row).append(" |");
            codes.forEach(c -> out.append(' ').append(counts.getOrDefault(row, Map.of()).getOrDefault(c, 0)).append(" |"));
            out.append('\n');
        }
        return out.toString();
    }

    private static String table(Tally tally, List<String> names, Function<int[], String> cell) {
        StringBuilder out = new StringBuilder();
        for (String n : names) {
            out.append("\n").append(n).append("\n| scheme | all |");
            LANGUAGES.forEach(l -> out.append(' ').append(l).append(" |"));
            out.append("\n|---|---|---|---|---|\n");
            for (Taxonomy t : taxonomies) {
                out.append("| ").append(t.scheme()).append(" | ").append(cell.apply(tally.get(n, t.scheme(), "all")))
                        .append(" |");
                LANGUAGES.forEach(l -> out.append(' ').append(cell.apply(tally.get(n, t.scheme(), l))).append(" |"));
                out.append('\n');
            }
        }
        return out.toString();
    }

    static double pct(int k, int n) {
        return n == 0 ? 0 : 100.0 * k / n;
    }

    /** Accuracy with its Wilson 95 % interval, such as {@code 40.5 % (34.1–47.2)}. */
    static String wilson(int k, int n) {
        double p = (double) k / n;
        double z = 1.959964;
        double centre = (p + z * z / (2 * n)) / (1 + z * z / n);
        double half = z * Math.sqrt(p * (1 - p) / n + z * z / (4.0 * n * n)) / (1 + z * z / n);
        return String.format(Locale.ROOT, "%.1f %% (%.1f–%.1f)", 100 * p, 100 * (centre - half), 100 * (centre + half));
    }

    @Test
    void foldsAreFixedByIdAndEvenEnough() {
        int[] sizes = new int[FOLDS];
        pool.forEach(e -> sizes[fold(e.id())]++);
        for (int s : sizes) {
            assertTrue(s > pool.size() / FOLDS / 2, Arrays.toString(sizes));
        }
        assertEquals(fold("C001"), fold("C001"));
    }
}
