package org.complaintkit.spi.evidence;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.Optional;
import org.complaintkit.api.complaint.ComplaintId;

/**
 * Where the host keeps the bytes of documents attached to complaints (transcripts, recordings, vouchers): its
 * document system, a file share or an object store. The engine never keeps the bytes; the sealed history keeps
 * each document's name, media type, size and SHA-256, so it proves which document was on file, and
 * {@code ComplaintEngine.verifyEvidence} re-hashes what the store holds now.
 *
 * <p>Give the engine one with {@code ComplaintEngine.Builder.evidence(...)}; without one, attaching evidence is
 * refused ({@code CMP-2122}). Implementations: {@code InMemoryEvidenceStore} in the core, a file-system store in
 * {@code complaint-evidence-fs}.
 *
 * <p>Contract: a key names one document for good (a store never writes other bytes under a key it handed out);
 * keys hold no personal data; a failure to read or write is thrown as a {@code StoreException} coded
 * {@code CMP-3120}, a key the store could never have handed out as an {@code InvalidInputException} coded
 * {@code CMP-1120}. Implementations are thread-safe.
 */
public interface EvidenceStore {

    /**
     * Stores a document for a complaint, reading the stream to its end (the caller closes it).
     *
     * @param complaintId the complaint the document belongs to
     * @param content the document's bytes
     * @return the key, the size and the SHA-256 of the bytes stored
     */
    EvidenceReceipt put(ComplaintId complaintId, InputStream content);

    /**
     * Stores a document held in memory.
     *
     * @param complaintId the complaint the document belongs to
     * @param content the document's bytes
     * @return the key, the size and the SHA-256 of the bytes stored
     */
    default EvidenceReceipt put(ComplaintId complaintId, byte[] content) {
        return put(complaintId, new ByteArrayInputStream(content));
    }

    /**
     * Opens a stored document; the caller closes the stream.
     *
     * @param storageKey a key from a receipt
     * @return the document's bytes as stored now, or empty if the store has nothing under the key
     */
    Optional<InputStream> open(String storageKey);
}
