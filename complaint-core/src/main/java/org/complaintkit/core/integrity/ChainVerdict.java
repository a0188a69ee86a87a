package org.complaintkit.core.integrity;

import java.util.Objects;
import java.util.Optional;
import org.complaintkit.api.complaint.ComplaintId;

/**
 * What a {@link ChainVerifier} found for one complaint: how many stored events it checked, the head of the
 * chain as stored, and the first break, if any.
 *
 * <p>Immutable and thread-safe.
 *
 * @param complaintId the complaint
 * @param eventsChecked how many stored events were read, up to and including the first break
 * @param head the chain's head as stored: the last event checked and its seal (meaningful when intact)
 * @param firstBreak the first break, or null if the history is intact
 */
public record ChainVerdict(ComplaintId complaintId, int eventsChecked, ChainHead head, ChainBreak firstBreak) {

    /**
     * Checks the components.
     *
     * @param complaintId the complaint
     * @param eventsChecked how many stored events were read
     * @param head the chain's head as stored
     * @param firstBreak the first break, or null
     */
    public ChainVerdict {
        Objects.requireNonNull(complaintId, "complaintId");
        Objects.requireNonNull(head, "head");
    }

    /**
     * Tells whether the stored history is exactly what was sealed.
     *
     * @return true if no break was found
     */
    public boolean intact() {
        return firstBreak == null;
    }

    /**
     * Returns the first break.
     *
     * @return the break, or empty if the history is intact
     */
    public Optional<ChainBreak> breakFound() {
        return Optional.ofNullable(firstBreak);
    }
}
