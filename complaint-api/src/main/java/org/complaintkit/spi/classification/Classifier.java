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
}
