package org.complaintkit.spi.storage;

import java.util.List;
import java.util.Objects;
import org.complaintkit.api.complaint.ComplaintId;
import org.complaintkit.api.event.ComplaintEvent;

/**
 * One complaint as {@link ComplaintStore#scanProjections} hands it to a report: its projection, when the store
 * holds one of the revision asked for, else its whole history, for the reader to fold. Exactly one of the two is
 * present.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id the complaint
 * @param projection its projection of the asked revision, or null if the store holds none (then
 *     {@code history} is given)
 * @param history its events from the registration on, or empty when {@code projection} is given
 */
public record ScannedComplaint(ComplaintId id, ReportProjection projection, List<ComplaintEvent> history) {

    /**
     * Checks that exactly one of projection and history is given.
     *
     * @param id the complaint
     * @param projection its projection, or null
     * @param history its events, or empty
     */
    public ScannedComplaint {
        Objects.requireNonNull(id, "id");
        history = history == null ? List.of() : List.copyOf(history);
        if ((projection == null) == history.isEmpty()) {
            throw new IllegalArgumentException("a scanned complaint carries its projection or its history");
        }
    }

    /**
     * A complaint read from its projection.
     *
     * @param id the complaint
     * @param projection its projection
     * @return the scanned complaint
     */
    public static ScannedComplaint projected(ComplaintId id, ReportProjection projection) {
        return new ScannedComplaint(id, Objects.requireNonNull(projection, "projection"), List.of());
    }

    /**
     * A complaint without a current projection, read as its history.
     *
     * @param history its events, from the registration on; not empty
     * @return the scanned complaint
     */
    public static ScannedComplaint folded(List<ComplaintEvent> history) {
        if (history.isEmpty()) {
            throw new IllegalArgumentException("a history starts with the registration");
        }
        return new ScannedComplaint(history.get(0).complaintId(), null, history);
    }

    /**
     * Tells whether the complaint comes with its projection.
     *
     * @return true if {@link #projection()} is given, false if its history is
     */
    public boolean isProjected() {
        return projection != null;
    }
}
