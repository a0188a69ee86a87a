package org.complaintkit.classify.embeddings;

import java.util.List;
import java.util.Objects;

/**
 * What a retrained model would change if it classified every open complaint now: nothing is written.
 *
 * @param modelVersion the retrained model's version
 * @param examined how many open complaints were classified
 * @param changes every class that would change, by complaint id and then scheme order
 */
public record DryRun(String modelVersion, int examined, List<ClassChange> changes) {

    /**
     * Checks and copies the components.
     *
     * @param modelVersion the model's version
     * @param examined how many complaints were classified
     * @param changes the changes
     */
    public DryRun {
        Objects.requireNonNull(modelVersion, "modelVersion");
        changes = List.copyOf(changes);
    }
}
