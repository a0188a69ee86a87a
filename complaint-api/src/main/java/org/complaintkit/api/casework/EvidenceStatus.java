package org.complaintkit.api.casework;

/** What re-hashing an attached document in the evidence store found. */
public enum EvidenceStatus {
    /** The stored document has the size and SHA-256 recorded when it was attached. */
    MATCHES,
    /** A document is stored under the key, but its size or SHA-256 differs from the record. */
    ALTERED,
    /** The evidence store has no document under the key. */
    MISSING
}
