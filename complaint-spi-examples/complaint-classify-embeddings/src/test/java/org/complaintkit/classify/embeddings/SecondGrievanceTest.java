package org.complaintkit.classify.embeddings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
 * probability reaches {@link EmbeddingClassifier#SECONDARY_MIN}; with the stand-in model, trained on texts written
 * here for this test.
 */
class SecondGrievanceTest {
    private static EmbeddingClassifier model;

    @BeforeAll
    static void trainOnTextsWrittenHere() {
        Taxonomy matter = RuleClassifier.standard().taxonomy("seed.matter").orElseThrow();
        List<LabelledExample> examples = new ArrayList<>();
        String[] fees = {"手续费收得太高", "又扣了一笔手续费", "年费莫名其妙扣了", "收费标准不合理", "手续费乱收"};
        String[] attitude = {"柜员态度恶劣", "服务态度冷漠", "说话很冲态度差", "工作人员不耐烦", "态度非常傲慢"};
        for (int i = 0; i < fees.length; i++) {
            examples.add(new LabelledExample("F" + i, fees[i], Map.of("seed.matter", "irregular-fees")));
            examples.add(new LabelledExample("A" + i, attitude[i], Map.of("seed.matter", "service-attitude")));
        }
        model = EmbeddingClassifier.train("embeddings", RecordingModel.embedder("stand-in", new RecordingModel()),
                examples, List.of(matter), SoftmaxRegression.Settings.STANDARD, 0.4);
    }

    private static ClassAssignment matter(String text) {
        return model.classify(ClassificationInput.of(Channel.COUNTER, text)).in("seed.matter").orElseThrow();
    }

    @Test
    void aSecondaryIsRecordedExactlyWhenTheRunnerUpReachesTheThreshold() {
        int seen = 0;
        for (String text : List.of("手续费收得太高，柜员态度恶劣", "柜员态度恶劣", "手续费乱收", "态度差又乱收费",
                "年费扣了，工作人员不耐烦", "收费标准不合理")) {
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
        assertTrue(a.isDecided(), a.decidedBy());
        String other = a.code().equals("irregular-fees") ? "service-attitude" : "irregular-fees";
        assertEquals(other, a.secondaryClass().orElseThrow(() -> new AssertionError(a.decidedBy())).code());
    }

    @Test
    void aTextOfOneGrievanceGetsNoSecondary() {
        ClassAssignment a = matter("手续费乱收");
        assertEquals("irregular-fees", a.code());
        assertFalse(a.secondaryClass().isPresent(), a.toString());
    }
}
