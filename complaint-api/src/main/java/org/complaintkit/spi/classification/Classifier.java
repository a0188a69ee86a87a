package org.complaintkit.spi.classification;

import org.complaintkit.api.classification.ClassificationInput;
import org.complaintkit.api.classification.ClassificationResult;
import org.complaintkit.api.classification.Taxonomy;
import java.util.Optional;

/**
 * Classifies a complaint: one class per scheme it knows, flags and a priority, each explained. The
 * library's rule classifier is the default; a host plugs in its own model and chains the two, model first
 * with rules as the fallback or the reverse, scheme by scheme.
 *
 * <p>Implementations must be thread-safe and deterministic for the same input, and must not log the
 * input's text. A class the classifier cannot decide is left out of the result, or given as
 * {@link org.complaintkit.api.classification.ClassState#NEEDS_PERSON} (never as a guessed "other"), so a
 * chained classifier can fall back and a person sees that nothing decided it.
 */
public interface Classifier {

    /**
     * The version a classifier records when it states none: {@link #version()}'s default. It says that the
     * host's classifier did not say which model or rules it classified with, not that it has no version.
     */
    String UNSTATED_VERSION = "unstated";

    /**
     * Returns the classifier's name, recorded as the source of the classes it assigns.
     *
     * @return the name, such as {@code rules} or {@code bank-model-v3}
     */
    String name();

    /**
     * Classifies one complaint.
     *
     * @param input the complaint's fields and text
     * @return the result
     */
    ClassificationResult classify(ClassificationInput input);

    /**
     * Returns a scheme this classifier classifies by, so that an override can be checked against it.
     *
     * @param scheme the scheme's id
     * @return the taxonomy, or empty if unknown to this classifier (then any code is accepted)
     */
    default Optional<Taxonomy> taxonomy(String scheme) {
        return Optional.empty();
    }

    /**
     * Returns the version of the model or rules this classifier classifies with, recorded on each
     * {@code ComplaintClassified} event, so that a class can be traced to the model that decided it. A version
     * names what defines the classifier (a rule file's digest, a trained model's digest), so that the same rules
     * or the same training set give the same version.
     *
     * @return the version; {@link #UNSTATED_VERSION} unless the classifier states one
     */
    default String version() {
        return UNSTATED_VERSION;
    }

    /**
     * Returns the classifier to classify one complaint with and to take its {@link #version()} from, so that
     * the version recorded is the one of the model that classified, even if a host swaps models meanwhile. A
     * classifier whose model can be replaced returns its current model; others return themselves.
     *
     * @return the classifier as it is now
     */
    default Classifier snapshot() {
        return this;
    }
}
