package org.complaintkit.core.integrity;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.complaintkit.api.complaint.ComplaintId;

/**
 * What a {@link ChainVerifier} found for one complaint: how many stored events it checked, the head of the
 * chain as stored, the first break, if any, and, for a verifier that reconciles, everything stored beside the
 * history that disagrees with it.
 *
 * <p>Immutable and thread-safe.
 *
 * @param complaintId the complaint
 * @param eventsChecked how many stored events were read, up to and including the first break
 * @param head the chain's head as stored: the last event checked and its seal (meaningful when intact)
 * @param firstBreak the first break, or null if the history is what was sealed
 * @param mismatches what the store keeps beside the history that disagrees with it; empty if everything
 *     agrees, if the chain is broken (a broken history implies nothing) or if the verifier does not reconcile
 */
public record ChainVerdict(ComplaintId complaintId, int eventsChecked, ChainHead head, ChainBreak firstBreak,
                           List<Mismatch> mismatches) {

    /**
     * Checks the components and copies the list.
     *
     * @param complaintId the complaint
     * @param eventsChecked how many stored events were read
     * @param head the chain's head as stored
     * @param firstBreak the first break, or null
     * @param mismatches what disagrees with the history
     */
    public ChainVerdict {
        Objects.requireNonNull(complaintId, "complaintId");
        Objects.requireNonNull(head, "head");
        mismatches = List.copyOf(mismatches);
    }

    /**
     * A verdict on the chain alone.
     *
     * @param complaintId the complaint
     * @param eventsChecked how many stored events were read
     * @param head the chain's head as stored
     * @param firstBreak the first break, or null
     */
    public ChainVerdict(ComplaintId complaintId, int eventsChecked, ChainHead head, ChainBreak firstBreak) {
        this(complaintId, eventsChecked, head, firstBreak, List.of());
    }

    /**
     * Tells whether the stored history is exactly what was sealed and everything checked beside it agrees
     * with it.
     *
     * @return true if no break and no mismatch was found
     */
    public boolean intact() {
        return firstBreak == null && mismatches.isEmpty();
    }

    /**
     * Returns the first break.
     *
     * @return the break, or empty if the history is what was sealed
     */
    public Optional<ChainBreak> breakFound() {
        return Optional.ofNullable(firstBreak);
    }

    /**
     * This verdict with the mismatches a reconciliation found.
     *
     * @param found what disagrees with the history
     * @return the verdict with them
     */
    ChainVerdict with(List<Mismatch> found) {
        return new ChainVerdict(complaintId, eventsChecked, head, firstBreak, found);
    }
}
