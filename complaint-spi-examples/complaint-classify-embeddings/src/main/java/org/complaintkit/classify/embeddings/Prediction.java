package org.complaintkit.classify.embeddings;

import java.util.Objects;

/**
 * A model's best class in one scheme and its probability, whether or not it reaches the minimum confidence.
 *
 * @param scheme the scheme's id
 * @param code the most probable class's code
 * @param confidence its probability, from 0 to 1
 * @param decided true if the probability reaches the model's minimum confidence; false if the class would be left
 *     to a person
 */
public record Prediction(String scheme, String code, double confidence, boolean decided) {

    /**
     * Checks the components.
     *
     * @param scheme the scheme's id
     * @param code the class's code
     * @param confidence its probability
     * @param decided whether it reaches the minimum confidence
     */
    public Prediction {
        Objects.requireNonNull(scheme, "scheme");
        Objects.requireNonNull(code, "code");
    }
}
