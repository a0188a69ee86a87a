package org.complaintkit.core.complaint;

import java.util.List;
import org.complaintkit.api.complaint.ComplaintState;
import org.complaintkit.api.event.ComplaintEvent;
import org.complaintkit.spi.storage.QueueFacts;

/**
 * Derives a complaint's queue facts ({@link QueueFacts}) from its history, for its index row: handler and
 * co-handlers from the current assignment, the current owner from {@link Ownership} (after any transfer), classes,
 * flags and priority from the classification with overrides and links applied, the flags the history raises
 * (vulnerable customer, breach marked, typical case), the external references of the forwarding, of each reply to
 * the forwarding body and of each referral, and each running clock's deadline as the last recorded change of the
 * clock states it (a pause takes the clock out until it resumes or restarts; a met, breached, stopped, cancelled or
 * closed clock is out). A pure function of the history, read by {@link QueueFold}: the same fold the engine keeps
 * and extends after each append, here over the whole history at once.
 */
public final class QueueColumns {

    private QueueColumns() {
    }

    /**
     * Returns the queue facts of a complaint.
     *
     * @param state the complaint's state
     * @param history the complaint's events in sequence order, which {@code state} folds
     * @return the facts
     * @throws IllegalArgumentException if the history does not start with a registration
     */
    public static QueueFacts of(ComplaintState state, List<ComplaintEvent> history) {
        if (history.isEmpty()) {
            throw new IllegalArgumentException("a complaint's history starts with its registration");
        }
        return QueueFold.of(history).facts(state);
    }
}
