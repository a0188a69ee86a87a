package org.complaintkit.core.classification;

import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.complaintkit.api.classification.ClassificationInput;
import org.complaintkit.api.classification.ClassificationResult;
import org.complaintkit.api.classification.Taxonomy;
import org.complaintkit.spi.classification.Classifier;

/**
 * A classifier whose model the host replaces while the engine runs: give the engine this holder, retrain a model
 * in a job of the host's, and {@link #swap} it in. The engine takes a {@link #snapshot()} for each registration,
 * so the {@code ComplaintClassified} event records the version of the model that classified that complaint, even
 * if a swap happens meanwhile. Nothing is swapped on its own: only {@link #swap} changes the model.
 *
 * <pre>{@code
 * SwappableClassifier holder = SwappableClassifier.of("model", RuleClassifier.standard());
 * ComplaintEngine engine = ComplaintEngine.builder().classifier(holder).build();
 * holder.swap(retrained);   // the next registration records retrained.version()
 * }</pre>
 *
 * <p>Thread-safe.
 */
public final class SwappableClassifier implements Classifier {
    private final String name;
    private final AtomicReference<Classifier> current;

    private SwappableClassifier(String name, Classifier initial) {
        this.name = Objects.requireNonNull(name, "name");
        this.current = new AtomicReference<>(Objects.requireNonNull(initial, "initial"));
    }

    /**
     * Holds a first model.
     *
     * @param name the name the engine records as the classifier, whatever model is current
     * @param initial the model to classify with until the first swap
     * @return the holder
     */
    public static SwappableClassifier of(String name, Classifier initial) {
        return new SwappableClassifier(name, initial);
    }

    /**
     * Replaces the model; registrations from now on classify with it and record its version.
     *
     * @param next the new model
     * @return the model replaced
     */
    public Classifier swap(Classifier next) {
        return current.getAndSet(Objects.requireNonNull(next, "next"));
    }

    /**
     * Returns the model classifying now.
     *
     * @return the current model
     */
    public Classifier current() {
        return current.get();
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public ClassificationResult classify(ClassificationInput input) {
        return current.get().classify(input);
    }

    @Override
    public Optional<Taxonomy> taxonomy(String scheme) {
        return current.get().taxonomy(scheme);
    }

    /**
     * Returns the current model's version.
     *
     * @return the version
     */
    @Override
    public String version() {
        return current.get().version();
    }

    /**
     * Returns the current model, so that one registration classifies with it and records its version.
     *
     * @return the current model's own snapshot
     */
    @Override
    public Classifier snapshot() {
        return current.get().snapshot();
    }
}
