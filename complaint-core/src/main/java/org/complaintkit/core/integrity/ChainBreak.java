package org.complaintkit.core.integrity;

import java.util.Objects;

/**
 * The first place where a complaint's stored history departs from its seals.
 *
 * <p>Immutable and thread-safe. The reason names sequence numbers and kinds, never an event's content.
 *
 * @param sequence the sequence number of the first event found wrong (or, for a missing or cut-off event,
 *     the number it should have)
 * @param kind how it is wrong
 * @param reason a sentence for the auditor
 */
public record ChainBreak(long sequence, BreakKind kind, String reason) {

    /**
     * Checks the components.
     *
     * @param sequence the sequence number of the first event found wrong
     * @param kind how it is wrong
     * @param reason a sentence for the auditor
     */
    public ChainBreak {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(reason, "reason");
    }
}
