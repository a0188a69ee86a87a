package org.complaintkit.core.learning;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;
import org.complaintkit.api.complaint.ComplaintId;
import org.complaintkit.api.complaint.Outcome;
import org.complaintkit.api.complaint.Sensitive;
import org.complaintkit.api.organisation.StaffId;

/**
 * A resolution marked as a typical case for the knowledge base (业务知识库).
 *
 * <p>Immutable and thread-safe.
 *
 * @param complaintId the complaint
 * @param classes its classes, as qualified codes
 * @param outcome the outcome of its resolution, or null
 * @param summary the case as the knowledge base tells it, as last marked
 * @param markedAt when it was last marked
 * @param markedBy who last marked it
 */
public record TypicalCase(ComplaintId complaintId, Set<String> classes, Outcome outcome, Sensitive summary,
                          Instant markedAt, StaffId markedBy) {
    /**
     * Checks and copies the components.
     *
     * @param complaintId the complaint
     * @param classes its classes
     * @param outcome its outcome, or null
     * @param summary the case
     * @param markedAt when it was marked
     * @param markedBy who marked it
     */
    public TypicalCase {
        Objects.requireNonNull(complaintId, "complaintId");
        classes = Set.copyOf(classes);
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(markedAt, "markedAt");
        Objects.requireNonNull(markedBy, "markedBy");
    }
}
