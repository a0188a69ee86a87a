package org.complaintkit.core.integrity;

import java.util.Objects;
import java.util.OptionalInt;

/**
 * The first place where a complaint's stored history departs from its seals.
 *
 * <p>Immutable and thread-safe. The reason names sequence numbers, kinds and key versions, never an event's
 * content or a key.
 *
 * @param sequence the sequence number of the first event found wrong (or, for a missing or cut-off event,
 *     the number it should have)
 * @param kind how it is wrong
 * @param reason a sentence for the auditor
 * @param keyVersion the version of the seal key the stored event's seal names, where a verifier of a key ring
 *     ({@link EventSealer#rotating}) or a seal of a version other than 0 is involved; empty for a verifier of
 *     one key on legacy seals, and for a break with no stored seal (a missing, cut-off or unsealed event)
 */
public record ChainBreak(long sequence, BreakKind kind, String reason, OptionalInt keyVersion) {

    /**
     * Checks the components.
     *
     * @param sequence the sequence number of the first event found wrong
     * @param kind how it is wrong
     * @param reason a sentence for the auditor
     * @param keyVersion the key version the event's seal names, or empty
     */
    public ChainBreak {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(keyVersion, "keyVersion");
    }

    /**
     * A break that names no key version.
     *
     * @param sequence the sequence number of the first event found wrong
     * @param kind how it is wrong
     * @param reason a sentence for the auditor
     */
    public ChainBreak(long sequence, BreakKind kind, String reason) {
        this(sequence, kind, reason, OptionalInt.empty());
    }
}
