package org.complaintkit.classify.embeddings;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import org.complaintkit.api.classification.ClassAssignment;
import org.complaintkit.api.classification.ClassState;
import org.complaintkit.api.classification.ClassificationInput;
import org.complaintkit.api.classification.ClassificationResult;
import org.complaintkit.api.classification.Priority;
import org.complaintkit.api.classification.SecondaryClass;
import org.complaintkit.api.classification.Taxonomy;
import org.complaintkit.api.classification.TaxonomyClass;
import org.complaintkit.api.error.ConfigurationException;
import org.complaintkit.api.error.ErrorCode;
import org.complaintkit.api.error.Violation;
import org.complaintkit.core.classification.ModelDigest;
import org.complaintkit.spi.classification.Classifier;

/**
 * Classifies a complaint by its sentence embedding: one {@link SoftmaxRegression} per scheme, trained at
 * construction from labelled examples. Each class it assigns says, in its explanation, the model's confidence
 * and the ids (never the texts) of the three labelled examples nearest to the complaint.
 *
 * <p>Each class carries the model's probability ({@link ClassAssignment#confidence()}). Below the minimum
 * confidence the class is not decided: it is {@link ClassState#NEEDS_PERSON}, with the model's top class as its
 * guess ({@link ClassAssignment#guess()}), never the scheme's "other"; a {@code ChainedClassifier} then falls back
 * to the rules, or a person decides. A decided class whose runner-up reaches {@link #SECONDARY_MIN} carries the
 * runner-up as its second grievance, with its probability. Raises no flags and leaves the priority normal.
 *
 * <p>Immutable, thread-safe if the embedder is, and deterministic: the same examples, settings and input give
 * the same result.
 */
public final class EmbeddingClassifier implements Classifier {
    /** How many nearest labelled examples an explanation cites. */
    public static final int NEAREST = 3;
    /**
     * The probability from which a decided class's runner-up is recorded as the complaint's second grievance
     * ({@link ClassAssignment#secondaryClass()}), with its probability. Chosen by five-fold cross-validation on
     * complaints.txt and the training-*.txt files only ({@code SecondaryThresholdFiguresTest}): the lowest
     * threshold at which about half the secondaries recorded are the labelled class or the rules' own second
     * grievance (49.3 %, on 1.8 % of decided classes); it equals the shipped minimum confidence, so a secondary is
     * a class the model would have decided on its own.
     */
    public static final double SECONDARY_MIN = 0.40;

    private final String name;
    private final Embedder embedder;
    private final List<Taxonomy> taxonomies;
    private final Map<String, Head> heads;
    private final List<String> exampleIds;
    private final double[][] exampleVectors;
    private final double minConfidence;
    private final SoftmaxRegression.Settings settings;
    private final String trainingDigest;

    private record Head(Taxonomy taxonomy, List<String> codes, SoftmaxRegression model) {
    }

    private EmbeddingClassifier(String name, Embedder embedder, List<Taxonomy> taxonomies, Map<String, Head> heads,
                                List<String> exampleIds, double[][] exampleVectors, double minConfidence,
                                SoftmaxRegression.Settings settings, String trainingDigest) {
        this.name = name;
        this.embedder = embedder;
        this.taxonomies = List.copyOf(taxonomies);
        this.heads = heads;
        this.exampleIds = List.copyOf(exampleIds);
        this.exampleVectors = exampleVectors;
        this.minConfidence = minConfidence;
        this.settings = settings;
        this.trainingDigest = trainingDigest;
    }

    /**
     * Embeds the examples and trains one head per scheme.
     *
     * @param name the classifier's name, recorded as the source of its classes
     * @param embedder the embedder
     * @param examples the labelled examples; each must have a known class in every scheme
     * @param taxonomies the schemes to classify by
     * @param settings the training settings
     * @param minConfidence the probability below which a class is left to a person, from 0 to 1
     * @return the trained classifier
     * @throws ConfigurationException listing every example label that names an unknown class
     *     ({@link ErrorCode#UNKNOWN_CLASS}), and a bad confidence or an empty training set
     *     ({@link ErrorCode#INVALID_TAXONOMY})
     */
    public static EmbeddingClassifier train(String name, Embedder embedder, List<LabelledExample> examples,
                                            List<Taxonomy> taxonomies, SoftmaxRegression.Settings settings,
                                            double minConfidence) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(embedder, "embedder");
        Objects.requireNonNull(settings, "settings");
        checkLabels(examples, taxonomies, minConfidence);
        return build(name, embedder, examples, taxonomies, settings, minConfidence);
    }

    /** The problems every training set is checked for: the confidence's range and an empty set. */
    private static List<Violation> trainingSetProblems(List<LabelledExample> examples, List<Taxonomy> taxonomies,
                                                       double minConfidence) {
        List<Violation> problems = new ArrayList<>();
        if (!(minConfidence >= 0 && minConfidence <= 1)) {
            problems.add(new Violation(ErrorCode.INVALID_TAXONOMY, "minConfidence", "must lie from 0 to 1"));
        }
        if (examples.isEmpty() || taxonomies.isEmpty()) {
            problems.add(new Violation(ErrorCode.INVALID_TAXONOMY, "examples",
                    "at least one example and one scheme are needed"));
        }
        return problems;
    }

    private static void checkLabels(List<LabelledExample> examples, List<Taxonomy> taxonomies, double minConfidence) {
        List<Violation> problems = trainingSetProblems(examples, taxonomies, minConfidence);
        for (LabelledExample e : examples) {
            for (Taxonomy t : taxonomies) {
                String code = e.labels().get(t.scheme());
                if (code == null || !t.contains(code)) {
                    problems.add(new Violation(ErrorCode.UNKNOWN_CLASS, "examples[" + e.id() + "]." + t.scheme(),
                            "names no class of the scheme: " + code));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new ConfigurationException(problems);
        }
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Optional<Taxonomy> taxonomy(String scheme) {
        return taxonomies.stream().filter(t -> t.scheme().equals(scheme)).findFirst();
    }

    /**
     * Returns the probability below which a class is left to a person.
     *
     * @return the minimum confidence
     */
    public double minConfidence() {
        return minConfidence;
    }

    /**
     * Returns this classifier with another minimum confidence, sharing its trained heads.
     *
     * @param value the probability below which a class is left to a person, from 0 to 1
     * @return the classifier
     * @throws ConfigurationException if the value lies outside 0 to 1 ({@link ErrorCode#INVALID_TAXONOMY})
     */
    public EmbeddingClassifier withMinConfidence(double value) {
        if (!(value >= 0 && value <= 1)) {
            throw new ConfigurationException(List.of(new Violation(ErrorCode.INVALID_TAXONOMY, "minConfidence",
                    "must lie from 0 to 1")));
        }
        return new EmbeddingClassifier(name, embedder, taxonomies, heads, exampleIds, exampleVectors, value, settings,
                trainingDigest);
    }

    /**
     * Tells whether two classifiers were trained to the same weights in every scheme.
     *
     * @param other the other classifier
     * @return true if every head has the same weights
     */
    public boolean sameModelAs(EmbeddingClassifier other) {
        if (!heads.keySet().equals(other.heads.keySet())) {
            return false;
        }
        return heads.entrySet().stream()
                .allMatch(h -> h.getValue().model().sameWeightsAs(other.heads.get(h.getKey()).model()));
    }

    /**
     * Embeds the examples and trains each scheme's head only on the examples labelled in that scheme: an example
     * may leave a scheme unlabelled (no person decided it), and labels of schemes this classifier does not
     * classify by are ignored. Every example is a nearest-example candidate in explanations. Used to train from the
     * bank's own decisions ({@link Retraining}), where a person decided only some schemes of a complaint.
     *
     * @param name the classifier's name, recorded as the source of its classes
     * @param embedder the embedder
     * @param examples the labelled examples, with distinct ids
     * @param taxonomies the schemes to classify by
     * @param settings the training settings
     * @param minConfidence the probability below which a class is left to a person, from 0 to 1
     * @return the trained classifier
     * @throws ConfigurationException listing every problem at once: a label naming an unknown class
     *     ({@link ErrorCode#UNKNOWN_CLASS}), an id given twice or a scheme no example is labelled in
     *     ({@link ErrorCode#TRAINING_SET_INVALID}), a bad confidence or no examples ({@link ErrorCode#INVALID_TAXONOMY})
     */
    public static EmbeddingClassifier trainEachScheme(String name, Embedder embedder, List<LabelledExample> examples,
                                                      List<Taxonomy> taxonomies, SoftmaxRegression.Settings settings,
                                                      double minConfidence) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(embedder, "embedder");
        Objects.requireNonNull(settings, "settings");
        List<Violation> problems = trainingSetProblems(examples, taxonomies, minConfidence);
        Set<String> ids = new HashSet<>();
        for (LabelledExample e : examples) {
            if (!ids.add(e.id())) {
                problems.add(new Violation(ErrorCode.TRAINING_SET_INVALID, "examples[" + e.id() + "]",
                        "the id is given to two examples; explanations cite examples by id"));
            }
            for (Taxonomy t : taxonomies) {
                String code = e.labels().get(t.scheme());
                if (code != null && !t.contains(code)) {
                    problems.add(new Violation(ErrorCode.UNKNOWN_CLASS, "examples[" + e.id() + "]." + t.scheme(),
                            "names no class of the scheme: " + code));
                }
            }
        }
        for (Taxonomy t : taxonomies) {
            if (!examples.isEmpty() && examples.stream().noneMatch(e -> e.labels().containsKey(t.scheme()))) {
                problems.add(new Violation(ErrorCode.TRAINING_SET_INVALID, "taxonomies[" + t.scheme() + "]",
                        "no example is labelled in the scheme"));
            }
        }
        if (!problems.isEmpty()) {
            throw new ConfigurationException(problems);
        }
        return build(name, embedder, examples, taxonomies, settings, minConfidence);
    }

    /** Embeds every example and trains each scheme's head on the examples labelled in it, in the given order. */
    private static EmbeddingClassifier build(String name, Embedder embedder, List<LabelledExample> examples,
                                             List<Taxonomy> taxonomies, SoftmaxRegression.Settings settings,
                                             double minConfidence) {
        double[][] vectors = new double[examples.size()][];
        for (int i = 0; i < vectors.length; i++) {
            vectors[i] = embedder.embed(examples.get(i).text());
        }
        Map<String, Head> heads = new LinkedHashMap<>();
        for (Taxonomy t : taxonomies) {
            List<String> codes = t.classes().stream().map(TaxonomyClass::code).toList();
            int[] labelled = IntStream.range(0, examples.size())
                    .filter(i -> examples.get(i).labels().containsKey(t.scheme())).toArray();
            double[][] x = new double[labelled.length][];
            int[] y = new int[labelled.length];
            for (int k = 0; k < labelled.length; k++) {
                x[k] = vectors[labelled[k]];
                y[k] = codes.indexOf(examples.get(labelled[k]).labels().get(t.scheme()));
            }
            heads.put(t.scheme(), new Head(t, codes, SoftmaxRegression.train(x, y, codes.size(), settings)));
        }
        return new EmbeddingClassifier(name, embedder, taxonomies, heads,
                examples.stream().map(LabelledExample::id).toList(), vectors, minConfidence, settings,
                trainingDigest(name, embedder, examples, taxonomies, settings));
    }

    /**
     * The digest of what defines a trained model: its name, the embedder's id, the schemes (ids, versions, classes),
     * each example's id, the SHA-256 of its text and its labels in scheme order, in training order, and the
     * settings. Weights are not digested: the same training set gives the same version on any CPU.
     */
    private static String trainingDigest(String name, Embedder embedder, List<LabelledExample> examples,
                                         List<Taxonomy> taxonomies, SoftmaxRegression.Settings settings) {
        ModelDigest d = ModelDigest.of("training").field(name).field(embedder.id())
                .field(Integer.toString(taxonomies.size()));
        taxonomies.forEach(d::taxonomy);
        d.field(Integer.toString(examples.size()));
        for (LabelledExample e : examples) {
            d.field(e.id()).field(ModelDigest.sha256(e.text()));
            for (Taxonomy t : taxonomies) {
                d.field(e.labels().get(t.scheme()));
            }
        }
        d.field(Integer.toString(settings.epochs())).field(Double.toString(settings.learningRate()))
                .field(Double.toString(settings.l2()));
        return d.version();
    }

    /**
     * Returns the version of this model: {@code embeddings-} and 16 hex digits of a digest over what defines it
     * (the embedder's id, the schemes, the training examples' ids, labels and text digests, the training settings)
     * and the minimum confidence. The same training set gives the same version on any machine; a saved model keeps
     * the version it was trained with.
     *
     * @return the version
     */
    @Override
    public String version() {
        return ModelDigest.of("embeddings").field(trainingDigest).field(Double.toString(minConfidence)).version();
    }

    /**
     * Returns the model's best class and its probability in every scheme, whatever the minimum confidence; for
     * a dry run of a retrained model. The text is embedded as {@link #classify} embeds it.
     *
     * @param text the complaint's text, with personal data masked
     * @return one prediction per scheme, in scheme order
     */
    public List<Prediction> predict(String text) {
        double[] v = embedder.embed(text);
        List<Prediction> out = new ArrayList<>();
        for (Head head : heads.values()) {
            double[] p = head.model().probabilities(v);
            int best = 0;
            for (int k = 1; k < p.length; k++) {
                if (p[k] > p[best]) {
                    best = k;
                }
            }
            out.add(new Prediction(head.taxonomy().scheme(), head.codes().get(best), p[best], p[best] >= minConfidence));
        }
        return out;
    }

    /**
     * Returns the schemes this classifier classifies by, in result order.
     *
     * @return the taxonomies
     */
    public List<Taxonomy> taxonomies() {
        return taxonomies;
    }

    /**
     * Returns the settings the heads were trained with.
     *
     * @return the settings
     */
    public SoftmaxRegression.Settings settings() {
        return settings;
    }

    /**
     * Returns the embedder this classifier embeds with.
     *
     * @return the embedder
     */
    public Embedder embedder() {
        return embedder;
    }

    /** The digest of the training set and settings, kept in a saved model. */
    String trainingDigest() {
        return trainingDigest;
    }

    /** The ids of the labelled examples, in training order. */
    List<String> exampleIds() {
        return exampleIds;
    }

    /** The labelled examples' vectors: the array itself, for writing; never to be changed. */
    double[][] exampleVectors() {
        return exampleVectors;
    }

    /** Each scheme's class codes, in head order. */
    List<String> codes(String scheme) {
        return heads.get(scheme).codes();
    }

    /** Each scheme's trained head. */
    SoftmaxRegression head(String scheme) {
        return heads.get(scheme).model();
    }

    /** A classifier from a saved model's parts, already checked by {@link ModelFile}. */
    static EmbeddingClassifier restore(String name, Embedder embedder, List<Taxonomy> taxonomies,
                                       Map<String, List<String>> codes, Map<String, SoftmaxRegression> models,
                                       List<String> exampleIds, double[][] exampleVectors, double minConfidence,
                                       SoftmaxRegression.Settings settings, String trainingDigest) {
        Map<String, Head> heads = new LinkedHashMap<>();
        for (Taxonomy t : taxonomies) {
            heads.put(t.scheme(), new Head(t, List.copyOf(codes.get(t.scheme())), models.get(t.scheme())));
        }
        return new EmbeddingClassifier(name, embedder, taxonomies, heads, exampleIds, exampleVectors, minConfidence,
                settings, trainingDigest);
    }

    @Override
    public ClassificationResult classify(ClassificationInput input) {
        double[] v = embedder.embed(input.text());
        List<String> nearest = nearest(v);
        List<ClassAssignment> classes = new ArrayList<>();
        for (Head head : heads.values()) {
            double[] p = head.model().probabilities(v);
            int best = 0;
            for (int k = 1; k < p.length; k++) {
                if (p[k] > p[best]) {
                    best = k;
                }
            }
            Taxonomy t = head.taxonomy();
            String why = String.format(Locale.ROOT, "confidence %.2f; nearest labelled examples %s", p[best],
                    String.join(", ", nearest));
            if (p[best] >= minConfidence) {
                ClassAssignment decided = ClassAssignment.decided(t.scheme(), t.version(), head.codes().get(best),
                        name, List.of(), "model " + name + ": " + why).withConfidence(p[best]);
                int second = runnerUp(p, best);
                if (second >= 0 && p[second] >= SECONDARY_MIN) {
                    decided = decided.withSecondary(SecondaryClass.byModel(head.codes().get(second), name, p[second],
                            String.format(Locale.ROOT, "model %s: runner-up at confidence %.2f (at least %.2f)", name,
                                    p[second], SECONDARY_MIN)));
                }
                classes.add(decided);
            } else {
                classes.add(ClassAssignment.needsPerson(t.scheme(), t.version(), name, List.of(), String.format(
                        Locale.ROOT, "model %s below %.2f: %s", name, minConfidence, why))
                        .withGuess(head.codes().get(best)).withConfidence(p[best]));
            }
        }
        return new ClassificationResult(classes, List.of(), Priority.NORMAL, List.of());
    }

    /** The index of the second most probable class, the first declared on a tie; -1 with one class. */
    private static int runnerUp(double[] p, int best) {
        int second = -1;
        for (int k = 0; k < p.length; k++) {
            if (k != best && (second < 0 || p[k] > p[second])) {
                second = k;
            }
        }
        return second;
    }

    private List<String> nearest(double[] v) {
        double[] sim = new double[exampleVectors.length];
        for (int i = 0; i < sim.length; i++) {
            double s = 0;
            for (int j = 0; j < v.length; j++) {
                s += v[j] * exampleVectors[i][j];
            }
            sim[i] = s;
        }
        return IntStream.range(0, sim.length).boxed()
                .sorted(Comparator.<Integer>comparingDouble(i -> -sim[i]).thenComparing(exampleIds::get))
                .limit(NEAREST).map(exampleIds::get).toList();
    }
}
