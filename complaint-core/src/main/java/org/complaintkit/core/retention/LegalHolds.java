package org.complaintkit.core.retention;

import java.util.List;
import java.util.Optional;
import org.complaintkit.api.event.ComplaintEvent;
import org.complaintkit.api.event.LegalHoldLifted;
import org.complaintkit.api.event.LegalHoldPlaced;

/**
 * Reads a complaint's legal hold from its history: the hold placed last stands unless a lift follows it.
 */
public final class LegalHolds {

    private LegalHolds() {
    }

    /**
     * Returns the legal hold standing on a complaint.
     *
     * @param events the complaint's history
     * @return the event that placed the standing hold, or empty if none stands
     */
    public static Optional<LegalHoldPlaced> standing(List<? extends ComplaintEvent> events) {
        LegalHoldPlaced standing = null;
        for (ComplaintEvent event : events) {
            if (event instanceof LegalHoldPlaced placed) {
                standing = placed;
            } else if (event instanceof LegalHoldLifted) {
                standing = null;
            }
        }
        return Optional.ofNullable(standing);
    }

    /**
     * Tells whether a legal hold stands on a complaint.
     *
     * @param events the complaint's history
     * @return true if a hold stands
     */
    public static boolean held(List<? extends ComplaintEvent> events) {
        return standing(events).isPresent();
    }
}
