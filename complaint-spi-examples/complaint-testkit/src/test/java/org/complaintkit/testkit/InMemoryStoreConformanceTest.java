package org.complaintkit.testkit;

import org.complaintkit.core.store.InMemoryComplaintStore;
import org.complaintkit.spi.storage.ComplaintStore;

/** The in-memory reference store passes its own kit. */
class InMemoryStoreConformanceTest extends ComplaintStoreContract {
    @Override
    protected ComplaintStore newStore() {
        return new InMemoryComplaintStore();
    }
}
