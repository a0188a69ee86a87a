package org.complaintkit.api.event;

import java.util.Objects;
import org.complaintkit.api.complaint.Sensitive;

/**
 * A document kept in the host's evidence store was attached to the complaint, by reference: the sealed history
 * holds its size and SHA-256, so it proves which document was on file. The engine checked, when it recorded this,
 * that the store held the document with this size and hash.
 *
 * <p>Immutable and thread-safe.
 *
 * @param header the complaint, sequence number, time and actor (who attached it)
 * @param name the document's name
 * @param mediaType its media type
 * @param storageKey the key the evidence store opens it by
 * @param size its size in bytes
 * @param sha256 its SHA-256, 64 lower-case hex digits
 * @param purpose why it was attached
 */
public record EvidenceAttached(EventHeader header, Sensitive name, String mediaType, String storageKey, long size,
                               String sha256, Sensitive purpose) implements ComplaintEvent {

    /**
     * Checks the components.
     *
     * @param header the complaint, sequence number, time and actor
     * @param name the document's name
     * @param mediaType its media type
     * @param storageKey the key
     * @param size its size in bytes
     * @param sha256 its SHA-256
     * @param purpose why it was attached
     */
    public EvidenceAttached {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(mediaType, "mediaType");
        Objects.requireNonNull(storageKey, "storageKey");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(purpose, "purpose");
    }
}
