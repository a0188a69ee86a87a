package org.complaintkit.api.event;

import java.util.Objects;
import org.complaintkit.api.classification.ClassificationResult;

/**
 * The engine's classifier classified the complaint at registration: one class per scheme, flags and a
 * priority, each with its explanation. Recorded in the same append as the registration, before the clock
 * changes, because SLA policies may be chosen by class.
 *
 * <p>Immutable and thread-safe.
 *
 * @param header the complaint, sequence number, time and actor (the registering staff member)
 * @param classifier the classifier's name, such as {@code rules}
 * @param result what it decided, and why
 */
public record ComplaintClassified(EventHeader header, String classifier, ClassificationResult result)
        implements ComplaintEvent {

    /**
     * Checks the components.
     *
     * @param header the complaint, sequence number, time and actor
     * @param classifier the classifier's name
     * @param result what it decided
     */
    public ComplaintClassified {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(classifier, "classifier");
        Objects.requireNonNull(result, "result");
    }
}
