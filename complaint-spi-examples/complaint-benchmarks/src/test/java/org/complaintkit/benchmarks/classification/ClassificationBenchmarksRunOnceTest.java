package org.complaintkit.benchmarks.classification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.complaintkit.api.classification.ClassificationResult;
import org.complaintkit.api.classification.Taxonomy;
import org.complaintkit.classify.embeddings.LabelledExample;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Runs each classification benchmark's code once, outside JMH, so that a broken benchmark fails the build
 * rather than the next measurement. No timing is asserted: times are measured only by JMH, on demand. The
 * model is trained on the first 24 training complaints here, not the whole corpus, to keep the build fast.
 */
class ClassificationBenchmarksRunOnceTest {
    private static final int FEW = 24;

    private static List<LabelledExample> few;
    private static TrainedModel model;

    @BeforeAll
    static void trainOnAFewComplaints() {
        few = Corpus.training().subList(0, FEW);
        model = new TrainedModel();
        model.trainOn(few);
    }

    private static Complaints complaints(String language) {
        Complaints complaints = new Complaints();
        complaints.language = language;
        complaints.read();
        return complaints;
    }

    private static void assertOneClassPerSeedScheme(ClassificationResult result) {
        Set<String> schemes = Classifiers.seedSchemes().stream().map(Taxonomy::scheme).collect(Collectors.toSet());
        assertEquals(6, schemes.size());
        for (String scheme : schemes) {
            assertTrue(result.in(scheme).isPresent(), () -> "no class in " + scheme);
        }
    }

    @Test
    void theBenchmarksClassifyTheHeldOutChineseAndEnglishComplaints() {
        assertEquals(22, complaints("zh").size(), "simplified and traditional held-out complaints");
        assertEquals(8, complaints("en").size(), "English held-out complaints");
    }

    @Test
    void aLanguageTheBenchmarkDoesNotKnowIsRefused() {
        Complaints complaints = new Complaints();
        complaints.language = "fr";
        assertTrue(assertThrows(IllegalArgumentException.class, complaints::read)
                .getMessage().contains("zh or en"));
    }

    @Test
    void eachClassificationBenchmarkRunsOnceAndReturnsAClassPerScheme() {
        ClassificationBenchmark benchmark = new ClassificationBenchmark();
        ClassificationBenchmark.Rules rules = new ClassificationBenchmark.Rules();
        rules.build();
        for (String language : List.of("zh", "en")) {
            Complaints complaints = complaints(language);
            assertOneClassPerSeedScheme(benchmark.rulesOneThread(rules, complaints));
            assertOneClassPerSeedScheme(benchmark.rulesTwoThreads(rules, complaints));
            ClassificationResult byModel = benchmark.modelOneThread(model, complaints);
            assertOneClassPerSeedScheme(byModel);
            assertOneClassPerSeedScheme(benchmark.modelTwoThreads(model, complaints));
            assertTrue(byModel.classes().stream().allMatch(c -> c.source().equals(Classifiers.NAME) || c.needsPerson()),
                    byModel::toString);
        }
    }

    @Test
    void theStartUpBenchmarkTrainsOnceOnWhatItWasGiven() {
        ClassifierStartUpBenchmark.Loaded loaded = new ClassifierStartUpBenchmark.Loaded();
        loaded.load();
        assertTrue(loaded.examples.size() > FEW, "the benchmark trains on the whole training corpus");
        loaded.examples = few;
        assertTrue(new ClassifierStartUpBenchmark().trainOnTheCorpus(loaded).sameModelAs(model.classifier),
                "the same examples give the same model");
    }

    @Test
    void theHeapBenchmarkCountsTheExamplesItTrainedOn() {
        ClassifierHeapBenchmark.Retained retained = new ClassifierHeapBenchmark.Retained();
        retained.clear();
        new ClassifierHeapBenchmark().measure(retained, few);
        assertEquals(FEW, retained.examples);
    }
}
