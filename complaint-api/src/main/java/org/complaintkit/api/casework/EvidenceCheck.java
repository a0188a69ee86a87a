package org.complaintkit.api.casework;

import java.util.Objects;
import org.complaintkit.api.complaint.Sensitive;

/**
 * One attached document checked against the evidence store: what the sealed history recorded when it was
 * attached, and what the store holds now. A result, not an error: an altered or missing document is reported
 * here, never thrown.
 *
 * <p>Immutable and thread-safe.
 *
 * @param sequence the sequence number of the {@code EvidenceAttached} event
 * @param name the document's name, withheld for a reader without the right to personal data
 * @param storageKey where the evidence store keeps it
 * @param recordedSize the size recorded at attachment, in bytes
 * @param recordedSha256 the SHA-256 recorded at attachment, 64 lower-case hex digits
 * @param status what the store holds now
 */
public record EvidenceCheck(long sequence, Sensitive name, String storageKey, long recordedSize,
                            String recordedSha256, EvidenceStatus status) {

    /**
     * Checks the components.
     *
     * @param sequence the event's sequence number
     * @param name the document's name
     * @param storageKey the key
     * @param recordedSize the recorded size
     * @param recordedSha256 the recorded hash
     * @param status the outcome
     */
    public EvidenceCheck {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(storageKey, "storageKey");
        Objects.requireNonNull(recordedSha256, "recordedSha256");
        Objects.requireNonNull(status, "status");
    }
}
