package org.complaintkit.core.classification;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.complaintkit.api.classification.ClassificationInput;
import org.complaintkit.api.classification.ClassAssignment;
import org.complaintkit.api.classification.ClassificationResult;
import org.complaintkit.api.classification.ComplaintFlag;
import org.complaintkit.api.complaint.Channel;
import org.complaintkit.api.complaint.CustomerSegment;
import org.complaintkit.api.complaint.ForwardingSource;
import org.complaintkit.api.complaint.Money;
import org.complaintkit.api.complaint.Vulnerability;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/**
 * Classifies the labelled corpus (test resource {@code corpus/complaints.txt}) with the shipped rules and
 * reports the accuracy per scheme and for flags. Fails below 90 % in any of them. The table printed here
 * is the one in docs/classification.md.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class CorpusAccuracyTest {
    static final double THRESHOLD = 0.90;
    static final List<String> SCHEMES = List.of("seed.matter", "seed.type", "seed.content", "seed.cause", "seed.degree",
            "seed.incident");

    record Labelled(String id, String language, ClassificationInput input, Map<String, String> expected,
                    Set<ComplaintFlag> flags) {
    }

    static List<Labelled> corpus() throws IOException {
        return read("/corpus/complaints.txt");
    }

    static List<Labelled> read(String resource) throws IOException {
        String text;
        try (InputStream in = CorpusAccuracyTest.class.getResourceAsStream(resource)) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<Labelled> out = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split(" \\| ", 16);
            assertEquals(16, f.length, line);
            Set<Vulnerability> vulnerable = f[5].equals("-") ? Set.of() : EnumSet.of(Vulnerability.valueOf(f[5]));
            Set<String> tags = f[6].equals("-") ? Set.of() : Set.of(f[6].split(","));
            ClassificationInput input = new ClassificationInput(Channel.valueOf(f[2]), Set.of(),
                    f[7].equals("-") ? null : Money.of(f[7], "CNY"), CustomerSegment.of(f[4].toLowerCase()), vulnerable,
                    tags, f[3].equals("-") ? null : ForwardingSource.valueOf(f[3]), f[15]);
            Map<String, String> expected = new LinkedHashMap<>();
            for (int i = 0; i < SCHEMES.size(); i++) {
                expected.put(SCHEMES.get(i), f[8 + i]);
            }
            Set<ComplaintFlag> flags = f[14].equals("-") ? Set.of() : Set.of(f[14].split(",")).stream()
                    .map(ComplaintFlag::valueOf).collect(Collectors.toSet());
            out.add(new Labelled(f[0], f[1], input, expected, flags));
        }
        return out;
    }

    @Test
    void the_shipped_rules_classify_the_labelled_corpus_with_at_least_90_percent_accuracy_in_every_scheme()
            throws IOException {
        assertAccuracy(corpus(), THRESHOLD);
    }

    /**
     * The held-out set was written after the rules were tuned on the corpus and is never used to tune them,
     * so its accuracy estimates how the rules do on complaints they have not seen. Its floor is lower: it
     * guards against a rule change that helps the corpus by hurting everything else.
     */
    @Test
    void on_held_out_complaints_the_rules_stay_above_75_percent_in_every_scheme() throws IOException {
        assertAccuracy(read("/corpus/holdout.txt"), 0.75);
    }

    private static void assertAccuracy(List<Labelled> corpus, double threshold) {
        RuleClassifier rules = RuleClassifier.standard();
        Map<String, Integer> right = new LinkedHashMap<>();
        Map<String, Integer> decided = new LinkedHashMap<>();
        Map<String, List<String>> wrong = new LinkedHashMap<>();
        for (String s : SCHEMES) {
            decided.put(s, 0);
            right.put(s, 0);
            wrong.put(s, new ArrayList<>());
        }
        right.put("flags", 0);
        wrong.put("flags", new ArrayList<>());
        for (Labelled l : corpus) {
            ClassificationResult r = rules.classify(l.input());
            for (String s : SCHEMES) {
                ClassAssignment a = r.in(s).orElseThrow();
                String got = a.needsPerson() ? "needs-person" : a.code();
                if (a.isDecided()) {
                    decided.merge(s, 1, Integer::sum);
                }
                if (a.isDecided() && got.equals(l.expected().get(s))) {
                    right.merge(s, 1, Integer::sum);
                } else {
                    wrong.get(s).add(l.id() + " " + l.expected().get(s) + "->" + got);
                }
            }
            Set<ComplaintFlag> got = r.flagSet();
            if (got.equals(l.flags())) {
                right.merge("flags", 1, Integer::sum);
            } else {
                wrong.get("flags").add(l.id() + " " + l.flags() + "->" + got);
            }
        }
        StringBuilder table = new StringBuilder("\n| scheme | correct | of | accuracy | decided | accuracy on decided |"
                + "\n|---|---|---|---|---|---|\n");
        for (String s : right.keySet()) {
            int d = decided.getOrDefault(s, corpus.size());
            table.append(String.format("| %s | %d | %d | %.1f %% | %d | %.1f %% |%n", s, right.get(s), corpus.size(),
                    100.0 * right.get(s) / corpus.size(), d, 100.0 * right.get(s) / Math.max(1, d)));
        }
        System.out.println(table);
        wrong.forEach((s, w) -> {
            if (!w.isEmpty()) {
                System.out.println(s + " misclassified: " + w);
            }
        });
        // The floor holds for the classes the rules decide; a scheme they leave to a person is not a wrong class but
        // a person's work, printed above as the difference between "of" and "decided" (before issue 24 item 2 the
        // rules guessed the scheme's other class there and the floor counted a lucky guess as right).
        for (String s : right.keySet()) {
            double accuracy = (double) right.get(s) / Math.max(1, decided.getOrDefault(s, corpus.size()));
            assertTrue(accuracy >= threshold, s + " accuracy on decided " + accuracy + table + "\n" + wrong.get(s));
        }
    }

    @Test
    void the_corpus_has_at_least_200_complaints_in_three_scripts_and_covers_every_seed_class_and_flag() throws IOException {
        List<Labelled> corpus = corpus();
        assertTrue(corpus.size() >= 200, "size " + corpus.size());
        assertEquals(Set.of("zh-Hans", "zh-Hant", "en"), corpus.stream().map(Labelled::language).collect(Collectors.toSet()));
        Taxonomies bundle = Taxonomies.bundled();
        Set<String> parentsOnly = Set.of("seed.type:business", "seed.type:technical", "seed.cause:process-failure",
                "seed.cause:outcome-failure");
        for (String s : SCHEMES) {
            Set<String> labelled = corpus.stream().map(l -> s + ":" + l.expected().get(s)).collect(Collectors.toSet());
            Set<String> missing = new TreeSet<>();
            bundle.scheme(s).orElseThrow().classes().forEach(c -> {
                String q = s + ":" + c.code();
                if (!labelled.contains(q) && !parentsOnly.contains(q) && !q.equals("seed.cause:other")
                        && !q.equals("seed.matter:other") && !q.equals("seed.type:other")) {
                    missing.add(q);
                }
            });
            assertEquals(Set.of(), missing, "classes without a labelled complaint");
        }
        Set<ComplaintFlag> flags = EnumSet.noneOf(ComplaintFlag.class);
        corpus.forEach(l -> flags.addAll(l.flags()));
        assertEquals(EnumSet.complementOf(EnumSet.of(ComplaintFlag.REPEAT, ComplaintFlag.GROUP, ComplaintFlag.MAJOR)), flags,
                "every flag the classifier raises is labelled somewhere; repeat, group and major come from detection");
    }
}
