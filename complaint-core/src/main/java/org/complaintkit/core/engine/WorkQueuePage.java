package org.complaintkit.core.engine;

import java.util.List;
import java.util.Optional;
import org.complaintkit.api.complaint.ComplaintId;

/**
 * A page of a reader's work queue ({@code ComplaintEngine.workQueue}): the complaints the query matched and the
 * reader may see, by ascending id, and the cursor for the next page. A complaint the access policy does not let
 * the reader see is left out, so a page may hold fewer items than the query's limit, even none, while more
 * follow; page on while {@link #next()} is present.
 *
 * <p>Immutable and thread-safe.
 *
 * @param items the complaints on this page, by ascending id
 * @param cursor the last id the store's page held if more may follow, else null
 */
public record WorkQueuePage(List<WorkQueueItem> items, ComplaintId cursor) {
    /**
     * Copies the items.
     *
     * @param items the complaints on this page
     * @param cursor the cursor for the next page, or null
     */
    public WorkQueuePage {
        items = List.copyOf(items);
    }

    /**
     * Returns the cursor for the next page: pass it to {@code ComplaintQuery.after}.
     *
     * @return the cursor, or empty on the last page
     */
    public Optional<ComplaintId> next() {
        return Optional.ofNullable(cursor);
    }
}
