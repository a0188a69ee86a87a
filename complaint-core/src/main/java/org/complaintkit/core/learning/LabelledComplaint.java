package org.complaintkit.core.learning;

import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.complaintkit.api.complaint.ComplaintId;

/**
 * A complaint of the store whose classes a person decided, as a labelled example for training a classifier: its
 * text with personal data masked, and its final class in each scheme a person decided. A scheme no person decided
 * is absent from {@link #labels()}: the example is unlabelled there.
 *
 * <p>The masked text may still hold personal data that no mask recognised (masking is best effort), so
 * {@link #toString()} never shows it.
 *
 * @param complaintId the complaint
 * @param maskedText the complaint's content and request, through {@code PersonalDataMask.text} with the
 *     complainant's name
 * @param labels the final class code per scheme a person decided, after every override
 * @param reasons why the complaint counts: {@code override}, {@code typical-case}, or both
 */
public record LabelledComplaint(ComplaintId complaintId, String maskedText, Map<String, String> labels,
                                Set<String> reasons) {

    /** The reason of a complaint with a class a staff member overrode. */
    public static final String OVERRIDE = "override";
    /** The reason of a complaint marked a typical case. */
    public static final String TYPICAL_CASE = "typical-case";

    /**
     * Checks and copies the components.
     *
     * @param complaintId the complaint
     * @param maskedText the masked text
     * @param labels the classes per scheme
     * @param reasons why it counts
     */
    public LabelledComplaint {
        Objects.requireNonNull(complaintId, "complaintId");
        Objects.requireNonNull(maskedText, "maskedText");
        labels = Map.copyOf(labels);
        reasons = Set.copyOf(reasons);
    }

    @Override
    public String toString() {
        return "LabelledComplaint[complaintId=" + complaintId + ", labels=" + labels + ", reasons=" + reasons
                + ", maskedText=[redacted]]";
    }
}
