package org.complaintkit.core.retention;

import org.complaintkit.core.store.InMemoryComplaintStore;
import org.complaintkit.spi.storage.ComplaintStore;
import org.complaintkit.testkit.RetentionContract;

/** The retention purge on the in-memory store. */
class InMemoryRetentionTest extends RetentionContract {
    @Override
    protected ComplaintStore newStore() {
        return new InMemoryComplaintStore();
    }
}
