package org.complaintkit.classify.embeddings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
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
 * on the frozen split ({@code test-split.txt}) and holds the model, the first and the current shipped combination to
 * floors set from their first measurement.
 *
 * <p>The model is trained on four folds of all 840 complaints, but every contender is scored only on the held-out
 * fold's complaints the rules were not tuned on (never complaints.txt): scoring the rules on their own tuning set
 * flattered them and every combination leaning on them. The flawed protocol's table is still printed beside the
 * fixed one.
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
    /** The minimum confidence of the first measurement, at which {@link #MODEL_FLOOR} was set. */
    static final double FIRST_MIN_CONFIDENCE = 0.3;
    /**
     * Floors of the first shipped default, the vote at 0.3, chosen by the flawed cross-validation and kept as a
     * contender: set as {@link #MODEL_FLOOR} was.
     */
    static final Map<String, Integer> FIRST_SHIPPED_FLOOR = Map.of(
            // measured 74.8 / 67.6 / 75.2 / 64.3 / 94.8 / 83.3 % (vote at 0.3)
            "seed.matter", 72, "seed.type", 65, "seed.content", 73, "seed.cause", 62, "seed.degree", 92,
            "seed.incident", 81);
    /** Floors of the shipped default ({@link ShippedCombination}), set as {@link #MODEL_FLOOR} was. */
    static final Map<String, Integer> SHIPPED_FLOOR = Map.of(
            // measured 71.4 / 65.2 / 72.9 / 58.6 / 94.8 / 83.3 % (vote at 0.4, 2026-12-03)
            "seed.matter", 69, "seed.type", 63, "seed.content", 70, "seed.cause", 56, "seed.degree", 92,
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
        classify(tally, new Tally(), Set.of(), contenders, set);
    }

    /**
     * Classifies each complaint once, counting every one in {@code all} and those the rules were not tuned on
     * (not in {@code tuned}) also in {@code unseen}.
     */
    static void classify(Tally all, Tally unseen, Set<String> tuned, Map<String, Classifier> contenders,
            List<LabelledExample> set) {
        for (LabelledExample e : set) {
            ClassificationInput in = ClassificationInput.of(Channel.COUNTER, e.text());
            for (Map.Entry<String, Classifier> c : contenders.entrySet()) {
                ClassificationResult r = c.getValue().classify(in);
                for (Taxonomy t : taxonomies) {
                    ClassAssignment a = r.in(t.scheme()).orElseThrow();
                    String label = e.labels().get(t.scheme());
                    all.add(c.getKey(), t.scheme(), language.get(e.id()), a, label);
                    if (!tuned.contains(e.id())) {
                        unseen.add(c.getKey(), t.scheme(), language.get(e.id()), a, label);
                    }
                }
            }
        }
    }

    /** Ids of the complaints the rules were tuned on (complaints.txt): never scored in the fixed protocol. */
    static Set<String> tunedOn() {
        Set<String> out = new HashSet<>();
        SharedModels.examples(List.of("complaints.txt")).forEach(e -> out.add(e.id()));
        return out;
    }

    /**
     * How simple a contender is, for the tie rule: one classifier alone (rules, or the model deciding every class)
     * 0, the model alone at a minimum confidence 1, a combination of model and rules 2.
     */
    static int complexity(String contender) {
        if (contender.equals("rules") || contender.startsWith("model, every")) {
            return 0;
        }
        return contender.startsWith("model @") ? 1 : 2;
    }

    /**
     * The choice: the best score, except that a simpler contender within {@link #TIE} of the best is preferred
     * (among equally simple ones, the higher score).
     */
    static String choose(Tally tally, List<String> names) {
        String best = names.stream().max(Comparator.comparingDouble(tally::score)).orElseThrow();
        return names.stream().filter(n -> tally.score(n) >= tally.score(best) - TIE)
                .min(Comparator.<String>comparingInt(CombinationChoiceTest::complexity)
                        .thenComparing(Comparator.comparingDouble(tally::score).reversed()))
                .orElseThrow();
    }

    /** Scores within this of each other are a tie: ONNX Runtime's floating point differs a little between CPUs. */
    static final double TIE = 0.005;

    @Test
    void theShippedDefaultIsTheChoiceOfFiveFoldCrossValidationOnComplaintsTheRulesWereNotTunedOn() {
        Set<String> tuned = tunedOn();
        Tally everyFold = new Tally();
        Tally unseen = new Tally();
        List<String> names = null;
        for (int f = 0; f < FOLDS; f++) {
            int held = f;
            List<LabelledExample> train = pool.stream().filter(e -> fold(e.id()) != held).toList();
            List<LabelledExample> test = pool.stream().filter(e -> fold(e.id()) == held).toList();
            EmbeddingClassifier model = EmbeddingClassifier.train("embeddings", embedder, train, taxonomies,
                    SoftmaxRegression.Settings.STANDARD, 0);
            Map<String, Classifier> contenders = contenders(model);
            names = List.copyOf(contenders.keySet());
            classify(everyFold, unseen, tuned, contenders, test);
        }
        int unseenCount = (int) pool.stream().filter(e -> !tuned.contains(e.id())).count();
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "%nFIXED protocol: five-fold cross-validation, model trained on 4 folds of"
                + " all %d, every contender scored only on the held-out fold's %d complaints the rules were not"
                + " tuned on (frozen split not used)%n", pool.size(), unseenCount));
        out.append(summary(unseen, names));
        out.append(table(unseen, names.stream().filter(n -> complexity(n) == 0 || n.endsWith("@ 0.3")
                || n.endsWith("@ 0.4")).toList(),
                c -> String.format(Locale.ROOT, "%.1f %%", pct(c[0], c[0] + c[1] + c[2]))));
        out.append(String.format(Locale.ROOT, "%nFLAWED protocol (first choice): the same folds, scored on all %d, a"
                + " quarter of which the rules were tuned on%n", pool.size()));
        out.append(summary(everyFold, names));
        String choice = choose(unseen, names);
        out.append("choice of the fixed protocol: ").append(choice).append("; of the flawed one: ")
                .append(choose(everyFold, names)).append('\n');
        System.out.println(out);
        String shipped = shippedContender();
        assertTrue(names.contains(shipped), shipped);
        String best = names.stream().max(Comparator.comparingDouble(unseen::score)).orElseThrow();
        assertTrue(unseen.score(shipped) >= unseen.score(best) - TIE, "the shipped default " + shipped + " scores "
                + unseen.score(shipped) + ", the best " + best + " " + unseen.score(best));
        List<String> simplerAndAsGood = names.stream().filter(n -> complexity(n) < complexity(shipped)
                && unseen.score(n) >= unseen.score(best) - TIE).toList();
        assertEquals(List.of(), simplerAndAsGood, "simpler contenders within " + TIE + " of the best");
    }

    /** The shipped default's name among the contenders. */
    static String shippedContender() {
        return label(ShippedCombination.COMBINATION.name(), ShippedCombination.MIN_CONFIDENCE);
    }

    private static String summary(Tally tally, List<String> names) {
        StringBuilder out = new StringBuilder();
        out.append("| contender | score | matter right | matter right of decided | matter decided |\n|---|---|---|---|---|\n");
        for (String n : names) {
            int[] m = tally.get(n, "seed.matter", "all");
            out.append(String.format(Locale.ROOT, "| %s | %.4f | %.1f %% | %.1f %% | %.1f %% |%n", n, tally.score(n),
                    pct(m[0], m[0] + m[1] + m[2]), pct(m[0], m[0] + m[1]), pct(m[0] + m[1], m[0] + m[1] + m[2])));
        }
        return out.toString();
    }

    @Test
    void onTheFrozenSplitTheModelAndTheShippedCombinationStayAtOrAboveTheirFloors() {
        List<LabelledExample> split = LabelledCorpus.parse(SharedModels.read("test-split.txt"));
        EmbeddingClassifier model = EmbeddingClassifier.train("embeddings", embedder, pool, taxonomies,
                SoftmaxRegression.Settings.STANDARD, 0);
        Map<String, Classifier> contenders = new LinkedHashMap<>();
        contenders.put("rules", RuleClassifier.standard());
        contenders.put("model, every class decided", model);
        contenders.put(label("model", FIRST_MIN_CONFIDENCE), model.withMinConfidence(FIRST_MIN_CONFIDENCE));
        contenders.put(label(Combination.VOTE.name(), FIRST_MIN_CONFIDENCE), ChainedClassifier.combine(
                Combination.VOTE, model.withMinConfidence(FIRST_MIN_CONFIDENCE), RuleClassifier.standard()));
        contenders.put(label("model", ShippedCombination.MIN_CONFIDENCE),
                model.withMinConfidence(ShippedCombination.MIN_CONFIDENCE));
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
        out.append("\nscore (mean over schemes of (right - wrong) / n), printed only: the frozen split chooses nothing\n");
        names.forEach(n -> out.append(String.format(Locale.ROOT, "| %s | %.4f |%n", n, tally.score(n))));
        out.append(confusion(model, split));
        System.out.println(out);
        List<String> below = new ArrayList<>();
        for (Taxonomy t : taxonomies) {
            String s = t.scheme();
            check(below, label("model", FIRST_MIN_CONFIDENCE), tally, MODEL_FLOOR.get(s), s);
            check(below, label(Combination.VOTE.name(), FIRST_MIN_CONFIDENCE), tally, FIRST_SHIPPED_FLOOR.get(s), s);
            check(below, "shipped", tally, SHIPPED_FLOOR.get(s), s);
        }
        assertEquals(List.of(), below, out.toString());
        int[] rulesMatter = tally.get("rules", "seed.matter", "all");
        assertEquals(split.size(), rulesMatter[0] + rulesMatter[1] + rulesMatter[2]);
    }

    private static void check(List<String> below, String who, Tally tally, int floor, String scheme) {
        int[] c = tally.get(who, scheme, "all");
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
