package org.complaintkit.classify.embeddings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SoftmaxRegressionTest {
    private static final double[][] X = {{1, 0}, {0.9, 0.1}, {0, 1}, {0.1, 0.9}, {-1, 0}, {-0.9, -0.1}};
    private static final int[] Y = {0, 0, 1, 1, 2, 2};

    @Test
    void threeSeparableClassesAreLearned() {
        SoftmaxRegression m = SoftmaxRegression.train(X, Y, 3, SoftmaxRegression.Settings.STANDARD);
        for (int i = 0; i < X.length; i++) {
            double[] p = m.probabilities(X[i]);
            int best = p[0] >= p[1] && p[0] >= p[2] ? 0 : p[1] >= p[2] ? 1 : 2;
            assertEquals(Y[i], best, "example " + i);
        }
    }

    @Test
    void probabilitiesSumToOne() {
        SoftmaxRegression m = SoftmaxRegression.train(X, Y, 3, SoftmaxRegression.Settings.STANDARD);
        double[] p = m.probabilities(new double[] {0.3, -0.7});
        assertEquals(1.0, p[0] + p[1] + p[2], 1e-12);
    }

    @Test
    void theSameExamplesGiveTheSameWeightsBitForBit() {
        SoftmaxRegression a = SoftmaxRegression.train(X, Y, 3, SoftmaxRegression.Settings.STANDARD);
        SoftmaxRegression b = SoftmaxRegression.train(X, Y, 3, SoftmaxRegression.Settings.STANDARD);
        assertTrue(a.sameWeightsAs(b));
    }

    @Test
    void moreEpochsGiveOtherWeights() {
        SoftmaxRegression a = SoftmaxRegression.train(X, Y, 3, SoftmaxRegression.Settings.STANDARD);
        SoftmaxRegression b = SoftmaxRegression.train(X, Y, 3, new SoftmaxRegression.Settings(501, 4.0, 0.0001));
        assertTrue(!a.sameWeightsAs(b));
    }

    @Test
    void labelsAndVectorsOfDifferentCountsAreRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> SoftmaxRegression.train(X, new int[] {0, 1}, 3, SoftmaxRegression.Settings.STANDARD));
    }
}
