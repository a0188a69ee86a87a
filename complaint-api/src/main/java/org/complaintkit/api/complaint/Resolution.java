package org.complaintkit.api.complaint;

import java.util.Objects;
import org.complaintkit.api.organisation.StaffId;

/**
 * A proposed resolution (处理意见) awaiting approval or response.
 *
 * <p>Immutable and thread-safe.
 *
 * @param summary what is proposed, with its reasons
 * @param outcome the outcome for the complainant
 * @param compensation the compensation offered, or null if none
 * @param proposedBy who proposed it (never the approver)
 */
public record Resolution(Sensitive summary, Outcome outcome, Money compensation, StaffId proposedBy) {

    /**
     * Checks the required components.
     *
     * @param summary what is proposed, with its reasons
     * @param outcome the outcome for the complainant
     * @param compensation the compensation offered, or null if none
     * @param proposedBy who proposed it (never the approver)
     */
    public Resolution {
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(proposedBy, "proposedBy");
    }
}
