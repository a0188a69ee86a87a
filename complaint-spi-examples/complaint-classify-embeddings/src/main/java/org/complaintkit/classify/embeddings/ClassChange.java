package org.complaintkit.classify.embeddings;

import java.util.Objects;
import org.complaintkit.api.complaint.ComplaintId;

/**
 * One class of an open complaint that a retrained model would change, as a dry run lists it.
 *
 * @param complaintId the complaint
 * @param scheme the scheme
 * @param from the complaint's class now, or null if it has none in the scheme
 * @param to the retrained model's best class
 * @param confidence the retrained model's probability for it
 * @param leftToPerson true if that probability is below the model's minimum confidence, so the complaint would
 *     be left to a person rather than given {@code to}
 */
public record ClassChange(ComplaintId complaintId, String scheme, String from, String to, double confidence,
                          boolean leftToPerson) {

    /**
     * Checks the components.
     *
     * @param complaintId the complaint
     * @param scheme the scheme
     * @param from the class now, or null
     * @param to the model's best class
     * @param confidence its probability
     * @param leftToPerson whether it is below the minimum confidence
     */
    public ClassChange {
        Objects.requireNonNull(complaintId, "complaintId");
        Objects.requireNonNull(scheme, "scheme");
        Objects.requireNonNull(to, "to");
    }
}
