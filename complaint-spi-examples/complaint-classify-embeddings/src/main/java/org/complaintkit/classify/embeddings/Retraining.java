package org.complaintkit.classify.embeddings;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.complaintkit.api.classification.ClassAssignment;
import org.complaintkit.api.classification.ClassificationInput;
import org.complaintkit.api.classification.ClassificationResult;
import org.complaintkit.api.classification.Taxonomy;
import org.complaintkit.api.complaint.ComplaintState;
import org.complaintkit.api.complaint.ComplaintStatus;
import org.complaintkit.api.error.ConfigurationException;
import org.complaintkit.core.access.PersonalDataMask;
import org.complaintkit.core.classification.Classifications;
import org.complaintkit.core.classification.RuleClassifier;
import org.complaintkit.core.complaint.ComplaintAggregate;
import org.complaintkit.core.learning.LabelledComplaint;
import org.complaintkit.core.learning.LabelledHistory;
import org.complaintkit.spi.storage.ComplaintQuery;
import org.complaintkit.spi.storage.ComplaintStore;

/**
 * Retrains the embedding classifier from the shipped corpus and the bank's own decisions, and shows in a dry run
 * which open complaints the new model would classify otherwise. A job the host schedules: nothing here runs on its
 * own, writes to the store, or replaces the model the engine uses; the host swaps the new model in (for example
 * with {@code SwappableClassifier.swap}) when it accepts it.
 *
 * <p>The training set is the shipped corpus ({@link ShippedCorpus}) followed by every complaint of the store that a
 * person classified ({@link LabelledHistory}: overrides and typical cases), labelled only in the schemes a person
 * decided; each scheme's head trains on the examples labelled in it
 * ({@link EmbeddingClassifier#trainEachScheme}). Every text goes through {@link PersonalDataMask} before it reaches
 * the embedder, the store's texts in {@link LabelledHistory} already, the corpus's here.
 *
 * @param name the classifier's name, recorded as the source of its classes
 * @param embedder the embedder
 * @param taxonomies the schemes to classify by
 * @param settings the training settings
 * @param minConfidence the probability below which a class is left to a person
 */
public record Retraining(String name, Embedder embedder, List<Taxonomy> taxonomies, SoftmaxRegression.Settings settings,
                         double minConfidence) {

    /** How many complaints the dry run asks the store for at a time. */
    static final int PAGE = 500;

    /**
     * Checks and copies the components.
     *
     * @param name the name
     * @param embedder the embedder
     * @param taxonomies the schemes
     * @param settings the settings
     * @param minConfidence the minimum confidence
     */
    public Retraining {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(embedder, "embedder");
        Objects.requireNonNull(settings, "settings");
        taxonomies = List.copyOf(taxonomies);
    }

    /**
     * The module's usual setup: the name {@code embeddings}, the six seed schemes the corpus labels (as the shipped
     * rules define them), {@link SoftmaxRegression.Settings#STANDARD} and a minimum confidence of 0.5. The 0.5
     * applies where the bare model classifies: {@link #dryRun} and direct calls to the model. The engine should
     * classify with {@link ShippedCombination#of(EmbeddingClassifier)}, which replaces it with
     * {@link ShippedCombination#MIN_CONFIDENCE} (0.4), so the version recorded is that of the model at 0.4.
     *
     * @param embedder the embedder
     * @return the retraining
     */
    public static Retraining standard(Embedder embedder) {
        List<Taxonomy> seed = RuleClassifier.standard().taxonomies().stream()
                .filter(t -> LabelledCorpus.SCHEMES.contains(t.scheme())).toList();
        return new Retraining("embeddings", embedder, seed, SoftmaxRegression.Settings.STANDARD, 0.5);
    }

    /**
     * What a retraining produced.
     *
     * @param model the new model; its {@link EmbeddingClassifier#version()} is new unless nothing changed
     * @param baseExamples how many examples came from the shipped corpus
     * @param historyExamples how many came from the store's decisions
     * @param historyLeftOut how many of the store's decisions were left out because a person decided only
     *     schemes this model does not classify by
     * @param labelledPerScheme how many examples each scheme's head was trained on
     */
    public record Result(EmbeddingClassifier model, int baseExamples, int historyExamples, int historyLeftOut,
                         Map<String, Integer> labelledPerScheme) {

        /**
         * Checks and copies the components.
         *
         * @param model the model
         * @param baseExamples the shipped examples
         * @param historyExamples the store's examples
         * @param historyLeftOut the store's decisions left out
         * @param labelledPerScheme the examples per scheme
         */
        public Result {
            Objects.requireNonNull(model, "model");
            labelledPerScheme = Map.copyOf(labelledPerScheme);
        }
    }

    /**
     * Retrains from the shipped corpus and every decision in the store.
     *
     * @param store the store
     * @return the new model and its training set's counts
     * @throws ConfigurationException if the training set cannot train a model, listing every problem
     */
    public Result fromStore(ComplaintStore store) {
        return train(ShippedCorpus.examples(), LabelledHistory.read(store));
    }

    /**
     * Retrains from a base corpus and decisions read from a store. A decision is kept only in the schemes this
     * model classifies by; a complaint decided only in other schemes is left out.
     *
     * @param base the base examples, such as {@link ShippedCorpus#examples()}; their texts are masked here
     * @param history the store's decisions, their texts already masked
     * @return the new model and its training set's counts
     * @throws ConfigurationException if the training set cannot train a model, listing every problem
     */
    public Result train(List<LabelledExample> base, List<LabelledComplaint> history) {
        Set<String> schemes = taxonomies.stream().map(Taxonomy::scheme).collect(Collectors.toSet());
        List<LabelledExample> examples = new ArrayList<>();
        for (LabelledExample e : base) {
            examples.add(new LabelledExample(e.id(), PersonalDataMask.text(e.text()), e.labels()));
        }
        int fromHistory = 0;
        for (LabelledComplaint c : history) {
            Map<String, String> labels = new LinkedHashMap<>(c.labels());
            labels.keySet().retainAll(schemes);
            if (!labels.isEmpty()) {
                examples.add(new LabelledExample(c.complaintId().value(), c.maskedText(), labels));
                fromHistory++;
            }
        }
        EmbeddingClassifier model = EmbeddingClassifier.trainEachScheme(name, embedder, examples, taxonomies, settings,
                minConfidence);
        Map<String, Integer> perScheme = new LinkedHashMap<>();
        for (Taxonomy t : taxonomies) {
            perScheme.put(t.scheme(), (int) examples.stream().filter(e -> e.labels().containsKey(t.scheme())).count());
        }
        return new Result(model, base.size(), fromHistory, history.size() - fromHistory, perScheme);
    }

    /**
     * Classifies every open complaint with a model and lists each class it would change, writing nothing. A class a
     * person set (an override) is not listed: a model never replaces a person's decision. The complaint's text is
     * masked before it reaches the model, as in training. The model is asked alone, at its own minimum confidence
     * (0.5 from {@link #standard}), not in a vote with the rules: pass
     * {@code candidate.withMinConfidence(ShippedCombination.MIN_CONFIDENCE)} to preview at the shipped threshold.
     *
     * @param store the store, only read
     * @param candidate the retrained model
     * @return the changes, by complaint id and then scheme order
     */
    public static DryRun dryRun(ComplaintStore store, EmbeddingClassifier candidate) {
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(candidate, "candidate");
        Set<ComplaintStatus> open = EnumSet.noneOf(ComplaintStatus.class);
        Arrays.stream(ComplaintStatus.values()).filter(ComplaintStatus::isOpen).forEach(open::add);
        List<ClassChange> changes = new ArrayList<>();
        int[] examined = {0};
        store.scan(ComplaintQuery.all(PAGE).withStatuses(open), history -> {
            ComplaintState state = ComplaintAggregate.replay(history);
            if (!state.status().isOpen()) {
                return;
            }
            examined[0]++;
            Optional<ClassificationResult> now = Classifications.current(history);
            String text = PersonalDataMask.text(ClassificationInput.of(state.registration(), null, Set.of()).text(),
                    state.registration().complainant().name().reveal());
            for (Prediction p : candidate.predict(text)) {
                Optional<ClassAssignment> current = now.flatMap(r -> r.in(p.scheme()));
                if (current.map(c -> Classifications.OVERRIDE.equals(c.source())).orElse(false)) {
                    continue;
                }
                String from = current.flatMap(ClassAssignment::decidedCode).orElse(null);
                boolean fromDecided = current.map(ClassAssignment::isDecided).orElse(false);
                boolean changed = p.decided() ? !p.code().equals(from) : fromDecided;
                if (changed) {
                    changes.add(new ClassChange(state.id(), p.scheme(), from, p.code(), p.confidence(), !p.decided()));
                }
            }
        });
        List<String> order = candidate.taxonomies().stream().map(Taxonomy::scheme).toList();
        changes.sort(Comparator.comparing((ClassChange c) -> c.complaintId().value())
                .thenComparing(c -> order.indexOf(c.scheme())));
        return new DryRun(candidate.version(), examined[0], changes);
    }
}
