package org.complaintkit.core.classification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.complaintkit.api.classification.ClassAssignment;
import org.complaintkit.api.classification.ClassificationResult;
import org.complaintkit.core.classification.CorpusAccuracyTest.Labelled;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/**
 * Measures the shipped rules on the frozen test split (test resource {@code corpus/test-split.txt}, issue 24):
 * complaints written and labelled apart from rule work and never tuned on. Prints, and writes to
 * {@code target/frozen-split-accuracy.md}, the accuracy per scheme and per language with a Wilson 95 % interval,
 * and confusion tables for seed.matter and seed.type. Each scheme's floor is its first honest measurement rounded
 * down to a whole percent; floors are raised when the rules improve and never lowered.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class FrozenSplitAccuracyTest {
    static final String RESOURCE = "/corpus/test-split.txt";
    static final List<String> LANGUAGES = List.of("zh-Hans", "zh-Hant", "en");
    /**
     * First honest measurement of the rules as they now are, 2026-12-03, 210 complaints, rounded down; raise when
     * the rules improve, never lower. A scheme no rule decided is left to a person and counts as not correct. (The
     * first floors, 40 / 43 / 72 / 47 for matter / type / content / cause, counted a guessed "other" or "service"
     * as right when the label happened to be that class; issue 24 item 2 stopped the guess, so they were re-based
     * once, on the same split, without any tuning.)
     */
    static final Map<String, Integer> FLOOR_PERCENT = Map.of(
            "seed.matter", 36,
            "seed.type", 41,
            "seed.content", 46,
            "seed.cause", 35,
            "seed.degree", 95,
            "seed.incident", 91);

    /**
     * The first floors, 2026-12-03, measured before a scheme could be left to a person: the class a complaint
     * carried then was the rules' class or, where no rule fired, the scheme's "other". They stay in force, never
     * lowered, on that same reading ({@link Outcome#unattended}): the rules' decided class, else their guess, else
     * the scheme's other class.
     */
    static final Map<String, Integer> FIRST_FLOOR_PERCENT = Map.of(
            "seed.matter", 40,
            "seed.type", 43,
            "seed.content", 72,
            "seed.cause", 47,
            "seed.degree", 95,
            "seed.incident", 91);

    record Outcome(Labelled labelled, ClassificationResult result) {
        /** The class read as before a scheme could be left to a person: decided, else guessed, else "other". */
        String unattended(String scheme) {
            ClassAssignment c = result.in(scheme).orElseThrow();
            return c.decidedCode().or(c::guess)
                    .orElseGet(() -> Taxonomies.bundled().scheme(scheme).orElseThrow().other().code());
        }

        /** The class, or {@code needs-person} for a scheme left to a person (never counted right). */
        String got(String scheme) {
            return result.in(scheme).orElseThrow().decidedCode().orElse("needs-person");
        }

        boolean right(String scheme) {
            return got(scheme).equals(labelled.expected().get(scheme));
        }
    }

    static List<Outcome> outcomes;
    static String report;

    @BeforeAll
    static void classifyTheSplit() throws IOException {
        RuleClassifier rules = RuleClassifier.standard();
        outcomes = CorpusAccuracyTest.read(RESOURCE).stream()
                .map(l -> new Outcome(l, rules.classify(l.input()))).toList();
        report = report(outcomes);
        System.out.println(report);
        Path target = Path.of("target");
        Files.createDirectories(target);
        Files.writeString(target.resolve("frozen-split-accuracy.md"), report, StandardCharsets.UTF_8);
    }

    /** The Wilson score interval for {@code right} successes in {@code n} trials at 95 %: {low, high}. */
    static double[] wilson(int right, int n) {
        double z = 1.959964;
        double p = (double) right / n;
        double denominator = 1 + z * z / n;
        double centre = (p + z * z / (2.0 * n)) / denominator;
        double half = z * Math.sqrt(p * (1 - p) / n + z * z / (4.0 * n * n)) / denominator;
        return new double[] {Math.max(0, centre - half), Math.min(1, centre + half)};
    }

    static String cell(List<Outcome> set, String scheme) {
        int right = (int) set.stream().filter(o -> o.right(scheme)).count();
        double[] ci = wilson(right, set.size());
        return String.format("%.1f %% (%d/%d; %.1f–%.1f)", 100.0 * right / set.size(), right, set.size(),
                100 * ci[0], 100 * ci[1]);
    }

    static String report(List<Outcome> all) {
        StringBuilder out = new StringBuilder("\n## Frozen test split: accuracy with Wilson 95 % intervals\n\n");
        out.append("| scheme | all | zh-Hans | zh-Hant | en |\n|---|---|---|---|---|\n");
        for (String s : CorpusAccuracyTest.SCHEMES) {
            out.append("| ").append(s).append(" | ").append(cell(all, s));
            for (String language : LANGUAGES) {
                out.append(" | ").append(cell(all.stream().filter(o -> o.labelled().language().equals(language)).toList(), s));
            }
            out.append(" |\n");
        }
        confusion(out, all, "seed.matter");
        confusion(out, all, "seed.type");
        out.append("\n### Misses\n\n");
        for (String s : CorpusAccuracyTest.SCHEMES) {
            List<String> misses = all.stream().filter(o -> !o.right(s))
                    .map(o -> o.labelled().id() + " " + o.labelled().expected().get(s) + "->" + o.got(s)).toList();
            out.append("- ").append(s).append(": ").append(misses).append('\n');
        }
        return out.toString();
    }

    static void confusion(StringBuilder out, List<Outcome> all, String scheme) {
        Set<String> codes = new TreeSet<>();
        Map<String, Map<String, Integer>> counts = new TreeMap<>();
        for (Outcome o : all) {
            String expected = o.labelled().expected().get(scheme);
            codes.add(expected);
            codes.add(o.got(scheme));
            counts.computeIfAbsent(expected, k -> new TreeMap<>()).merge(o.got(scheme), 1, Integer::sum);
        }
        out.append("\n### Confusion, ").append(scheme).append(" (rows: label; columns: classifier)\n\n| label |");
        codes.forEach(c -> out.append(' ').append(c).append(" |"));
        out.append("\n|---|").append("---|".repeat(codes.size())).append('\n');
        for (String row : codes) {
            Map<String, Integer> line = counts.getOrDefault(row, Map.of());
            out.append("| ").append(row).append(" |");
            codes.forEach(c -> out.append(' ').append(line.getOrDefault(c, 0)).append(" |"));
            out.append('\n');
        }
    }

    @Test
    void on_the_frozen_split_every_scheme_stays_at_or_above_its_first_measured_floor() {
        List<String> below = new ArrayList<>();
        for (String s : CorpusAccuracyTest.SCHEMES) {
            long right = outcomes.stream().filter(o -> o.right(s)).count();
            double percent = 100.0 * right / outcomes.size();
            if (percent < FLOOR_PERCENT.get(s)) {
                below.add(s + " " + String.format("%.1f", percent) + " % < floor " + FLOOR_PERCENT.get(s) + " %");
            }
        }
        assertEquals(List.of(), below, report);
    }

    @Test
    void the_first_floors_still_hold_on_the_class_a_complaint_carried_before_it_could_be_left_to_a_person() {
        List<String> below = new ArrayList<>();
        for (String s : CorpusAccuracyTest.SCHEMES) {
            long right = outcomes.stream().filter(o -> o.unattended(s).equals(o.labelled().expected().get(s))).count();
            double percent = 100.0 * right / outcomes.size();
            if (percent < FIRST_FLOOR_PERCENT.get(s)) {
                below.add(s + " " + String.format("%.1f", percent) + " % < first floor " + FIRST_FLOOR_PERCENT.get(s) + " %");
            }
        }
        assertEquals(List.of(), below, report);
    }

    @Test
    void the_frozen_split_has_at_least_200_complaints_in_three_scripts_and_labels_every_seed_leaf_class() {
        assertTrue(outcomes.size() >= 200, "size " + outcomes.size());
        assertEquals(Set.copyOf(LANGUAGES), outcomes.stream().map(o -> o.labelled().language()).collect(Collectors.toSet()));
        Set<String> parentsOnly = Set.of("seed.type:business", "seed.type:technical", "seed.cause:process-failure",
                "seed.cause:outcome-failure", "seed.incident:incident");
        Taxonomies bundle = Taxonomies.bundled();
        Set<String> missing = new TreeSet<>();
        for (String s : CorpusAccuracyTest.SCHEMES) {
            Set<String> labelled = outcomes.stream().map(o -> s + ":" + o.labelled().expected().get(s))
                    .collect(Collectors.toSet());
            bundle.scheme(s).orElseThrow().classes().forEach(c -> {
                String q = s + ":" + c.code();
                if (!labelled.contains(q) && !parentsOnly.contains(q)) {
                    missing.add(q);
                }
            });
        }
        assertEquals(Set.of(), missing, "seed classes without a labelled complaint in the frozen split");
    }

    @Test
    void the_wilson_interval_of_8_right_in_10_is_about_49_to_94_percent() {
        double[] ci = wilson(8, 10);
        assertEquals(0.490, ci[0], 0.001);
        assertEquals(0.943, ci[1], 0.001);
    }
}
