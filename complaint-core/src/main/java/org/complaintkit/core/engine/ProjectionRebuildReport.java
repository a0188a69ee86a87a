package org.complaintkit.core.engine;

import java.util.Objects;
import java.util.Optional;
import org.complaintkit.api.complaint.ComplaintId;

/**
 * What one batch of {@link ComplaintEngine#rebuildProjections} did. It names no complaint's data: counts, and
 * the id to go on after.
 *
 * <p>Immutable and thread-safe.
 *
 * @param checked complaints read in the batch
 * @param built complaints that had no projection, or one of an older revision, and now have a current one
 * @param fixed complaints whose current-revision projection differed from their history and was rewritten
 * @param current complaints whose projection already equalled their history
 * @param movedOn complaints appended to while the batch ran, left with the projection their append wrote
 * @param next the last id of the batch, to pass as {@code after} to the next batch; empty when the batch reached
 *     the end
 */
public record ProjectionRebuildReport(int checked, int built, int fixed, int current, int movedOn,
                                      Optional<ComplaintId> next) {

    /**
     * Checks the components.
     *
     * @param checked complaints read, 0 or more
     * @param built complaints given a current projection
     * @param fixed complaints whose projection was rewritten
     * @param current complaints already current
     * @param movedOn complaints appended to meanwhile
     * @param next where the next batch starts, or empty at the end
     */
    public ProjectionRebuildReport {
        Objects.requireNonNull(next, "next");
        if (checked < 0 || built < 0 || fixed < 0 || current < 0 || movedOn < 0
                || built + fixed + current + movedOn != checked) {
            throw new IllegalArgumentException("the counts must be non-negative and add up to the complaints checked");
        }
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
