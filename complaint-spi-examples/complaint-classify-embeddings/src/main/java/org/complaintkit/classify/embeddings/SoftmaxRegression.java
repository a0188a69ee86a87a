package org.complaintkit.classify.embeddings;

import java.util.Arrays;
import java.util.Objects;

/**
 * A multinomial logistic regression: one weight vector and bias per class, softmax over the scores, trained
 * by full-batch gradient descent on the mean cross-entropy plus an L2 penalty on the weights, from zero
 * weights for a fixed number of epochs. No randomness: the same examples in the same order give the same
 * weights, bit for bit.
 *
 * <p>Immutable and thread-safe.
 */
public final class SoftmaxRegression {
    private final double[][] weights;
    private final double[] bias;

    private SoftmaxRegression(double[][] weights, double[] bias) {
        this.weights = weights;
        this.bias = bias;
    }

    /**
     * The training settings.
     *
     * @param epochs the number of full passes
     * @param learningRate the step size
     * @param l2 the weight of the L2 penalty
     */
    public record Settings(int epochs, double learningRate, double l2) {

        /**
         * The settings used unless a host gives its own: 500 epochs, step 4, L2 0.0001. Chosen so that the
         * gradient descent converges on unit-length embeddings (the training set is fitted), never by
         * accuracy on a held-out set.
         */
        public static final Settings STANDARD = new Settings(500, 4.0, 0.0001);

        /**
         * Checks the settings.
         *
         * @param epochs the number of full passes
         * @param learningRate the step size
         * @param l2 the weight of the L2 penalty
         */
        public Settings {
            if (epochs < 1 || !(learningRate > 0) || !(l2 >= 0)) {
                throw new IllegalArgumentException("epochs >= 1, learningRate > 0 and l2 >= 0 expected");
            }
        }
    }

    /**
     * Trains a model.
     *
     * @param x the feature vectors, all of one length
     * @param y the class index of each vector, from 0 to {@code classes - 1}
     * @param classes the number of classes
     * @param settings the training settings
     * @return the model
     */
    public static SoftmaxRegression train(double[][] x, int[] y, int classes, Settings settings) {
        Objects.requireNonNull(settings, "settings");
        if (x.length == 0 || x.length != y.length || classes < 1) {
            throw new IllegalArgumentException("as many labels as vectors, at least one, expected");
        }
        int d = x[0].length;
        double[][] w = new double[classes][d];
        double[] b = new double[classes];
        double[][] gw = new double[classes][d];
        double[] gb = new double[classes];
        double[] p = new double[classes];
        int n = x.length;
        for (int epoch = 0; epoch < settings.epochs(); epoch++) {
            for (double[] row : gw) {
                Arrays.fill(row, 0);
            }
            Arrays.fill(gb, 0);
            for (int i = 0; i < n; i++) {
                probabilities(w, b, x[i], p);
                for (int k = 0; k < classes; k++) {
                    double err = p[k] - (y[i] == k ? 1 : 0);
                    gb[k] += err;
                    double[] gwk = gw[k];
                    double[] xi = x[i];
                    for (int j = 0; j < d; j++) {
                        gwk[j] += err * xi[j];
                    }
                }
            }
            double step = settings.learningRate();
            for (int k = 0; k < classes; k++) {
                for (int j = 0; j < d; j++) {
                    w[k][j] -= step * (gw[k][j] / n + settings.l2() * w[k][j]);
                }
                b[k] -= step * gb[k] / n;
            }
        }
        return new SoftmaxRegression(w, b);
    }

    /**
     * Returns the probability of each class for one vector.
     *
     * @param v the vector
     * @return the probabilities, summing to one
     */
    public double[] probabilities(double[] v) {
        double[] p = new double[bias.length];
        probabilities(weights, bias, v, p);
        return p;
    }

    /**
     * Tells whether another model has exactly the same weights.
     *
     * @param other the other model
     * @return true if every weight and bias is equal
     */
    public boolean sameWeightsAs(SoftmaxRegression other) {
        return Arrays.deepEquals(weights, other.weights) && Arrays.equals(bias, other.bias);
    }

    /** A model from saved weights: one row per class, and one bias per class. Copies nothing; callers pass fresh arrays. */
    static SoftmaxRegression of(double[][] weights, double[] bias) {
        if (weights.length != bias.length || weights.length == 0) {
            throw new IllegalArgumentException("one weight row and one bias per class expected");
        }
        return new SoftmaxRegression(weights, bias);
    }

    /** The weights, one row per class: the array itself, for writing; never to be changed. */
    double[][] weights() {
        return weights;
    }

    /** The biases, one per class: the array itself, for writing; never to be changed. */
    double[] bias() {
        return bias;
    }

    private static void probabilities(double[][] w, double[] b, double[] v, double[] out) {
        double max = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < b.length; k++) {
            double s = b[k];
            double[] wk = w[k];
            for (int j = 0; j < v.length; j++) {
                s += wk[j] * v[j];
            }
            out[k] = s;
            max = Math.max(max, s);
        }
        double sum = 0;
        for (int k = 0; k < b.length; k++) {
            out[k] = Math.exp(out[k] - max);
            sum += out[k];
        }
        for (int k = 0; k < b.length; k++) {
            out[k] /= sum;
        }
    }
}
