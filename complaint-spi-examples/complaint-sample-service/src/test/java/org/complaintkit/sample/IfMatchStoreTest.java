package org.complaintkit.sample;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.complaintkit.core.store.InMemoryComplaintStore;
import org.junit.jupiter.api.Test;

/**
 * The If-Match layer passes every store call it does not guard to the store, including the SPI's default ones: it is a
 * ForwardingComplaintStore, whose own test checks that every method of the SPI is forwarded.
 */
class IfMatchStoreTest {

    @Test
    void aStoreThatKeepsProjectionsStillSaysSoBehindTheLayer() {
        assertTrue(new IfMatchStore(new InMemoryComplaintStore()).keepsProjections());
    }
}
