package org.complaintkit.core.integrity;

/**
 * How a stored history departs from the chain its seals describe.
 */
public enum BreakKind {
    /** The event, or its seal, is not what was sealed: its content or seal was changed. */
    ALTERED,
    /** An event is missing from the middle of the history: a sequence number is skipped. */
    MISSING,
    /** An event is stored under a sequence number or a complaint that is not its own. */
    REORDERED,
    /** What is stored does not read as an event at all. */
    UNREADABLE,
    /** The event has no seal. */
    UNSEALED,
    /** The history ends before an anchor taken earlier: events were cut off its end. */
    TRUNCATED,
    /**
     * A column the store keeps beside an event's sealed text (its type or its time) disagrees with the text:
     * the sealed text is as it was, its copy outside the seal was changed.
     */
    COLUMN_ALTERED,
    /**
     * The event's seal names a key version the verifier's key ring does not hold (never held, or a retired
     * version deleted): the event cannot be verified, so it is not taken as intact.
     */
    UNKNOWN_KEY
}
