package org.complaintkit.spi.evidence;

import java.util.Objects;

/**
 * What an {@link EvidenceStore} gives back for a stored document: the key to open it by, its size and its
 * SHA-256, computed by the store over the bytes it wrote. Pass it to {@code AttachEvidence.of(...)}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param storageKey the key the store opens the document by; no personal data
 * @param size the size in bytes
 * @param sha256 the SHA-256 of the bytes, 64 lower-case hex digits
 */
public record EvidenceReceipt(String storageKey, long size, String sha256) {

    /**
     * Checks the components.
     *
     * @param storageKey the key
     * @param size the size in bytes, not negative
     * @param sha256 the hash, 64 lower-case hex digits
     */
    public EvidenceReceipt {
        Objects.requireNonNull(storageKey, "storageKey");
        Objects.requireNonNull(sha256, "sha256");
        if (size < 0) {
            throw new IllegalArgumentException("size must not be negative");
        }
        if (!sha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("sha256 must be 64 lower-case hex digits");
        }
    }
}
