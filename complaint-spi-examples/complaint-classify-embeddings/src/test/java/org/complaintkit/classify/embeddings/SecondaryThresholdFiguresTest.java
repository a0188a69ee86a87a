package org.complaintkit.classify.embeddings;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.complaintkit.api.classification.ClassificationInput;
import org.complaintkit.api.classification.ClassificationResult;
import org.complaintkit.api.classification.SecondaryClass;
import org.complaintkit.api.classification.Taxonomy;
import org.complaintkit.api.complaint.Channel;
import org.complaintkit.core.classification.RuleClassifier;
import org.junit.jupiter.api.Test;

/**
 * How {@link EmbeddingClassifier#SECONDARY_MIN} was chosen, on complaints.txt and the training-*.txt files only
 * (never the frozen split, nor holdout.txt): five-fold cross-validation by id, each complaint classified by a model
 * trained on the other folds, decided at the shipped minimum confidence. The corpus labels one grievance each, so
 * two proxies stand in for a second grievance: the runner-up is the labelled class (the model's top was wrong,
 * the complaint reads two ways), or the rules found the same class in a clause of its own. The threshold is the
 * lowest of 0.15, 0.20 … 0.45 at which at least {@link #PROXY_SHARE} of the secondaries recorded meet a proxy.
 *
 * <p>First measurement (810 complaints × 6 schemes, 3,999 decided classes): the share meeting a proxy rises
 * slowly, 27.0 % at 0.15, 37.0 % at 0.25, 42.3 % at 0.35, 49.3 % at 0.40, 52.4 % at 0.45, while the share of decided
 * classes given a secondary falls from 42.4 % to 0.5 %; at 0.40 it is 1.8 %. The proxies undercount (a true second
 * grievance that is neither the label nor found by the rules counts as a miss), so no threshold clears half by a
 * margin; 0.40 is where about half do, and it equals the shipped minimum confidence: a secondary is a class the
 * model would have decided on its own.
 */
class SecondaryThresholdFiguresTest {
    private static final List<String> FILES = List.of("complaints.txt", "training-zh-hans.txt", "training-zh-hant.txt",
            "training-en.txt");
    private static final double[] THRESHOLDS = {0.15, 0.20, 0.25, 0.30, 0.35, 0.40, 0.45};
    /** The share of recorded secondaries that must meet a proxy: a judgement, about half. */
    private static final double PROXY_SHARE = 0.45;

    @Test
    void theSecondaryThresholdIsTheLowestAtWhichAboutHalfTheSecondariesMeetAProxy() {
        Embedder embedder = SharedModels.memo();
        List<LabelledExample> pool = SharedModels.examples(FILES);
        RuleClassifier rules = RuleClassifier.standard();
        List<Taxonomy> taxonomies = rules.taxonomies().stream()
                .filter(t -> LabelledCorpus.SCHEMES.contains(t.scheme())).toList();
        int[] recorded = new int[THRESHOLDS.length];
        int[] proxied = new int[THRESHOLDS.length];
        int decided = 0;
        int ruleSecondaries = 0;
        for (int f = 0; f < CombinationChoiceTest.FOLDS; f++) {
            int held = f;
            List<LabelledExample> train = pool.stream().filter(e -> CombinationChoiceTest.fold(e.id()) != held).toList();
            EmbeddingClassifier model = EmbeddingClassifier.train("embeddings", embedder, train, taxonomies,
                    SoftmaxRegression.Settings.STANDARD, 0);
            for (LabelledExample e : pool.stream().filter(x -> CombinationChoiceTest.fold(x.id()) == held).toList()) {
                double[] v = embedder.embed(e.text());
                ClassificationResult byRules = rules.classify(ClassificationInput.of(Channel.COUNTER, e.text()));
                for (Taxonomy t : taxonomies) {
                    double[] p = model.head(t.scheme()).probabilities(v);
                    List<String> codes = model.codes(t.scheme());
                    int best = 0;
                    for (int k = 1; k < p.length; k++) {
                        best = p[k] > p[best] ? k : best;
                    }
                    if (p[best] < ShippedCombination.MIN_CONFIDENCE) {
                        continue;
                    }
                    decided++;
                    int second = -1;
                    for (int k = 0; k < p.length; k++) {
                        second = k != best && (second < 0 || p[k] > p[second]) ? k : second;
                    }
                    Optional<String> ruleSecond = byRules.secondaryIn(t.scheme()).map(SecondaryClass::code);
                    ruleSecondaries += ruleSecond.isPresent() ? 1 : 0;
                    String code = codes.get(second);
                    boolean proxy = code.equals(e.labels().get(t.scheme())) || ruleSecond.equals(Optional.of(code));
                    for (int i = 0; i < THRESHOLDS.length; i++) {
                        if (p[second] >= THRESHOLDS[i]) {
                            recorded[i]++;
                            proxied[i] += proxy ? 1 : 0;
                        }
                    }
                }
            }
        }
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "%nsecondary threshold, five-fold, %d"
                + " complaints x %d schemes, %d decided classes, %d with a rules' secondary%n", pool.size(),
                taxonomies.size(), decided, ruleSecondaries));
        Map<Double, Double> share = new TreeMap<>();
        double chosen = Double.NaN;
        for (int i = 0; i < THRESHOLDS.length; i++) {
            double s = recorded[i] == 0 ? 0 : (double) proxied[i] / recorded[i];
            share.put(THRESHOLDS[i], s);
            out.append(String.format(Locale.ROOT, "  >= %.2f: %4d secondaries (%.1f %% of decided), %4d meet a proxy"
                    + " (%.1f %%)%n", THRESHOLDS[i], recorded[i], 100.0 * recorded[i] / decided, proxied[i], 100 * s));
            if (Double.isNaN(chosen) && recorded[i] > 0 && s >= PROXY_SHARE) {
                chosen = THRESHOLDS[i];
            }
        }
        System.out.println(out);
        assertEquals(EmbeddingClassifier.SECONDARY_MIN, chosen, 1e-9, out.toString());
    }
}
