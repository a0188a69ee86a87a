package org.complaintkit.spi.storage;

import java.util.List;
import java.util.Optional;
import org.complaintkit.api.complaint.ComplaintId;

/**
 * One page of a {@link ComplaintQuery}'s result.
 *
 * <p>Immutable and thread-safe.
 *
 * @param ids the matching complaint ids, ascending
 * @param hasMore true if more matches may follow the last id
 */
public record ComplaintPage(List<ComplaintId> ids, boolean hasMore) {

    /**
     * Copies the ids.
     *
     * @param ids the matching complaint ids, ascending
     * @param hasMore true if more matches may follow the last id
     */
    public ComplaintPage {
        ids = List.copyOf(ids);
    }

    /**
     * Returns the cursor for the next page.
     *
     * @return the last id on this page if more may follow, else empty
     */
    public Optional<ComplaintId> next() {
        return hasMore && !ids.isEmpty() ? Optional.of(ids.get(ids.size() - 1)) : Optional.empty();
    }
}
