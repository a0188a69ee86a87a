package org.complaintkit.core.complaint;

import java.util.List;
import java.util.Objects;
import org.complaintkit.api.complaint.ComplaintState;
import org.complaintkit.api.event.ComplaintEvent;
import org.complaintkit.api.organisation.StaffId;

/**
 * Who owns a complaint's follow-up as first contact (首问负责) now: the one place the engine computes it, so that
 * the work queue by owner and whatever else needs the current owner agree. Today the owner is the one the
 * registration names; where ownership can move, this is where the history's transfers are read.
 */
public final class FirstContactOwner {
    private FirstContactOwner() {
    }

    /**
     * Returns the current first-contact owner.
     *
     * @param state the complaint's state
     * @param history the complaint's events in sequence order, which {@code state} folds
     * @return the owner
     */
    public static StaffId of(ComplaintState state, List<ComplaintEvent> history) {
        Objects.requireNonNull(history, "history");
        return state.registration().firstContactOwner();
    }
}
