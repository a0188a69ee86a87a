package org.complaintkit.core.store;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.complaintkit.api.complaint.ComplaintId;
import org.complaintkit.api.error.ErrorCode;
import org.complaintkit.api.error.StoreException;
import org.complaintkit.api.error.Violation;
import org.complaintkit.core.casework.DocumentDigest;
import org.complaintkit.spi.evidence.EvidenceReceipt;
import org.complaintkit.spi.evidence.EvidenceStore;

/**
 * An {@link EvidenceStore} that keeps documents in memory, for tests, demos and hosts that try the library out:
 * like {@link InMemoryComplaintStore}, nothing survives the JVM. A document is kept under
 * {@code <complaint id>/<sha256>}, so storing the same bytes for a complaint twice gives the same key.
 *
 * <p>{@link #replace} and {@link #remove} stand for what may happen to a host's documents outside the library,
 * so tests can show that verification notices.
 *
 * <p>Thread-safe.
 */
public final class InMemoryEvidenceStore implements EvidenceStore {
    private final ConcurrentMap<String, byte[]> documents = new ConcurrentHashMap<>();

    /** Creates an empty store. */
    public InMemoryEvidenceStore() {
    }

    @Override
    public EvidenceReceipt put(ComplaintId complaintId, InputStream content) {
        Objects.requireNonNull(complaintId, "complaintId");
        byte[] bytes;
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            content.transferTo(out);
            bytes = out.toByteArray();
        } catch (IOException | UncheckedIOException e) {
            throw StoreException.of(List.of(new Violation(ErrorCode.EVIDENCE_STORE_FAILURE, "content",
                    "the document could not be read")), e);
        }
        DocumentDigest digest = DocumentDigest.of(bytes);
        String key = complaintId.value() + "/" + digest.sha256();
        documents.putIfAbsent(key, bytes);
        return new EvidenceReceipt(key, digest.size(), digest.sha256());
    }

    @Override
    public Optional<InputStream> open(String storageKey) {
        byte[] bytes = documents.get(Objects.requireNonNull(storageKey, "storageKey"));
        return bytes == null ? Optional.empty() : Optional.of(new ByteArrayInputStream(bytes));
    }

    /**
     * Puts other bytes under a key, as an edit outside the library would.
     *
     * @param storageKey the key
     * @param content the new bytes
     */
    public void replace(String storageKey, byte[] content) {
        documents.put(Objects.requireNonNull(storageKey, "storageKey"), content.clone());
    }

    /**
     * Removes the document under a key, as a deletion outside the library would.
     *
     * @param storageKey the key
     */
    public void remove(String storageKey) {
        documents.remove(Objects.requireNonNull(storageKey, "storageKey"));
    }
}
