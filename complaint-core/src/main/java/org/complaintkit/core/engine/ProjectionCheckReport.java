package org.complaintkit.core.engine;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.complaintkit.api.complaint.ComplaintId;

/**
 * What one batch of {@link ComplaintEngine#checkProjections} found, having written nothing: which complaints'
 * stored report projections differ from their histories folded, by id, so that an operator sees the drift before
 * repairing it with {@link ComplaintEngine#rebuildProjections}. It names complaints by id only, never their data.
 *
 * <p>Immutable and thread-safe.
 *
 * @param checked complaints read in the batch
 * @param current complaints whose projection equals their history folded
 * @param differing complaints with a projection of the current revision, for their current version, that differs
 *     from their history folded: reports read from them are wrong for them; the rebuild counts them as fixed
 * @param unbuilt complaints with no projection, or one of an older revision or version: reports fold them, so
 *     their figures are right, only slower; the rebuild counts them as built
 * @param movedOn complaints appended to while the batch ran, not judged
 * @param next the last id of the batch, to pass as {@code after} to the next batch; empty when the batch reached
 *     the end
 */
public record ProjectionCheckReport(int checked, int current, List<ComplaintId> differing, List<ComplaintId> unbuilt,
                                    int movedOn, Optional<ComplaintId> next) {

    /**
     * Checks and copies the components.
     *
     * @param checked complaints read, 0 or more
     * @param current complaints already current
     * @param differing complaints whose projection differs from their history
     * @param unbuilt complaints without a current projection
     * @param movedOn complaints appended to meanwhile
     * @param next where the next batch starts, or empty at the end
     */
    public ProjectionCheckReport {
        differing = List.copyOf(differing);
        unbuilt = List.copyOf(unbuilt);
        Objects.requireNonNull(next, "next");
        if (checked < 0 || current < 0 || movedOn < 0
                || current + differing.size() + unbuilt.size() + movedOn != checked) {
            throw new IllegalArgumentException("the counts must be non-negative and add up to the complaints checked");
        }
    }

    /**
     * Tells whether every projection the batch judged reads as its history: nothing differs and nothing is unbuilt.
     *
     * @return true if a rebuild of this batch would write nothing, as far as it was judged
     */
    public boolean clean() {
        return differing.isEmpty() && unbuilt.isEmpty();
    }

    /**
     * Tells whether this batch reached the last complaint.
     *
     * @return true if there is no next batch
     */
    public boolean done() {
        return next.isEmpty();
    }
}
