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
 * @param modelVersion the version of the model or rules the classifier classified with
 *     ({@code Classifier.version()}); null only in an event stored before versions were recorded, which
 *     {@link #recordedModelVersion()} reads as {@link #UNRECORDED}
 */
public record ComplaintClassified(EventHeader header, String classifier, ClassificationResult result,
                                  String modelVersion)
        implements ComplaintEvent {

    /**
     * The model version of an event stored before model versions were recorded: nobody knows which model
     * classified it. The stored text of such an event has no {@code modelVersion} and stays byte for byte as it
     * was stored, so its seal still verifies; the component reads as null and {@link #recordedModelVersion()} as
     * this.
     */
    public static final String UNRECORDED = "unrecorded";

    /**
     * Checks the components.
     *
     * @param header the complaint, sequence number, time and actor
     * @param classifier the classifier's name
     * @param result what it decided
     * @param modelVersion the model's version, or null for an event stored before versions were recorded
     */
    public ComplaintClassified {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(classifier, "classifier");
        Objects.requireNonNull(result, "result");
    }

    /**
     * Returns the version of the model that classified, saying so explicitly when it was not recorded.
     *
     * @return the model version, or {@link #UNRECORDED} for an event stored before versions were recorded
     */
    public String recordedModelVersion() {
        return modelVersion == null ? UNRECORDED : modelVersion;
    }
}
