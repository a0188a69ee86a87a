package org.complaintkit.core.integrity;

import java.util.Objects;
import org.complaintkit.api.complaint.ComplaintId;

/**
 * One thing a store keeps beside a complaint's history, outside the seals, that disagrees with what the sealed
 * history implies: its index row or one of its notices not yet delivered.
 *
 * <p>Immutable and thread-safe. The subject and reason name columns, parts and keys, never personal data: a
 * changed contact point is reported as changed, not shown.
 *
 * @param complaintId the complaint
 * @param kind how it disagrees
 * @param subject what disagrees: {@code index row}, or the dedupe key of the notice
 * @param reason a sentence for the auditor
 */
public record Mismatch(ComplaintId complaintId, MismatchKind kind, String subject, String reason) {

    /**
     * Checks the components.
     *
     * @param complaintId the complaint
     * @param kind how it disagrees
     * @param subject what disagrees
     * @param reason a sentence for the auditor
     */
    public Mismatch {
        Objects.requireNonNull(complaintId, "complaintId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(reason, "reason");
    }
}
