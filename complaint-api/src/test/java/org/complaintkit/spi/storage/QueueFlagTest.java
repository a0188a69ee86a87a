package org.complaintkit.spi.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.complaintkit.api.classification.ComplaintFlag;
import org.junit.jupiter.api.Test;

/**
 * {@link QueueFlag} mirrors {@link ComplaintFlag} by name, so that stores keep flags as stable tags; a classification
 * flag added without its queue flag would fail every append of a complaint that carries it.
 */
class QueueFlagTest {

    @Test
    void everyClassificationFlagHasTheQueueFlagOfTheSameName() {
        for (ComplaintFlag flag : ComplaintFlag.values()) {
            assertEquals(flag.name(), QueueFlag.of(flag).name());
        }
    }
}
