package org.complaintkit.classify.embeddings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.output.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.complaintkit.api.classification.ClassAssignment;
import org.complaintkit.api.classification.ClassificationInput;
import org.complaintkit.api.classification.SecondaryClass;
import org.complaintkit.api.classification.Taxonomy;
import org.complaintkit.api.complaint.Channel;
import org.complaintkit.core.classification.RuleClassifier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A decided class's runner-up is recorded as the second grievance, with its probability, exactly when that
 * probability reaches {@link EmbeddingClassifier#SECONDARY_MIN}. A two-dimensional stand-in embedding places a fee
 * grievance on one axis, a rude-teller grievance on the other and a complaint holding both between them, so the
 * trained head's probabilities are known in shape without a real model; the texts are written here for this test.
 */
class SecondGrievanceTest {
    private static EmbeddingClassifier model;

    @BeforeAll
    static void trainOnTextsWrittenHere() {
        Taxonomy matter = RuleClassifier.standard().taxonomy("seed.matter").orElseThrow();
        List<LabelledExample> examples = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            examples.add(new LabelledExample("F" + i, "手续费乱收" + i, Map.of("seed.matter", "irregular-fees")));
            examples.add(new LabelledExample("A" + i, "态度恶劣" + i, Map.of("seed.matter", "service-attitude")));
        }
        EmbeddingModel axes = new Axes();
        model = EmbeddingClassifier.train("embeddings", new Embedder("axes", axes, axes), examples, List.of(matter),
                SoftmaxRegression.Settings.STANDARD, 0.4);
    }

    /** Fee words on the first axis, attitude words on the second, both for a text holding both. */
    private static final class Axes implements EmbeddingModel {
        @Override
        public Response<List<Embedding>> embedAll(List<TextSegment> segments) {
            List<Embedding> out = new ArrayList<>();
            for (TextSegment segment : segments) {
                boolean fee = segment.text().contains("手续费");
                boolean rude = segment.text().contains("态度");
                out.add(Embedding.from(new float[] {fee ? (rude ? 0.51f : 1f) : 0f, rude ? (fee ? 0.49f : 1f) : 0f,
                        fee || rude ? 0f : 1f}));
            }
            return Response.from(out);
        }

        @Override
        public int dimension() {
            return 3;
        }
    }

    private static ClassAssignment matter(String text) {
        return model.classify(ClassificationInput.of(Channel.COUNTER, text)).in("seed.matter").orElseThrow();
    }

    @Test
    void aSecondaryIsRecordedExactlyWhenTheRunnerUpReachesTheThreshold() {
        int seen = 0;
        for (String text : List.of("手续费收得太高，柜员态度恶劣", "柜员态度恶劣", "手续费乱收", "那件事没个说法")) {
            ClassAssignment a = matter(text);
            double[] p = model.head("seed.matter").probabilities(model.embedder().embed(text));
            List<String> codes = model.codes("seed.matter");
            int best = codes.indexOf(a.isDecided() ? a.code() : a.guess().orElseThrow());
            int second = -1;
            for (int k = 0; k < p.length; k++) {
                second = k != best && (second < 0 || p[k] > p[second]) ? k : second;
            }
            Optional<SecondaryClass> s = a.secondaryClass();
            assertEquals(a.isDecided() && p[second] >= EmbeddingClassifier.SECONDARY_MIN, s.isPresent(), text);
            if (s.isPresent()) {
                seen++;
                assertEquals(codes.get(second), s.get().code(), text);
                assertEquals(p[second], s.get().confidence().orElseThrow(), 1e-4, text);
                assertEquals("embeddings", s.get().source());
                assertTrue(s.get().decidedBy().contains("runner-up at confidence"), s.get().decidedBy());
                assertTrue(s.get().fired().isEmpty());
            }
        }
        assertTrue(seen > 0, "a text mixing both grievances gets a secondary");
    }

    @Test
    void aTextMixingBothGrievancesGetsTheOtherAsItsSecondary() {
        ClassAssignment a = matter("手续费收得太高，柜员态度恶劣");
        assertEquals("irregular-fees", a.code(), a.decidedBy());
        SecondaryClass second = a.secondaryClass().orElseThrow(() -> new AssertionError(a.decidedBy()));
        assertEquals("service-attitude", second.code());
        assertTrue(second.confidence().orElseThrow() >= EmbeddingClassifier.SECONDARY_MIN, second.toString());
    }

    @Test
    void aTextOfOneGrievanceGetsNoSecondary() {
        ClassAssignment a = matter("这笔手续费乱收");
        assertEquals("irregular-fees", a.code());
        assertFalse(a.secondaryClass().isPresent(), a.toString());
    }
}
