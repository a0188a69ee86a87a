package org.complaintkit.core.integrity;

import java.util.Objects;
import org.complaintkit.api.complaint.ComplaintId;
import org.complaintkit.spi.storage.AppendRequest;

/**
 * The end of a complaint's chain at some moment: its last sequence number and that event's seal. Kept
 * outside the database (a daily export to write-once storage, a regulator's copy), a head lets
 * {@link ChainVerifier#verify(ComplaintId, ChainHead)} show that no event was cut off the end of the
 * history since, and that the chain was not recomputed.
 *
 * <p>Immutable and thread-safe.
 *
 * @param complaintId the complaint
 * @param sequence the last event's sequence number, 0 for an empty history
 * @param seal the last event's seal, or {@link EventSealer#GENESIS} for an empty history
 */
public record ChainHead(ComplaintId complaintId, long sequence, String seal) {

    /**
     * Checks the components.
     *
     * @param complaintId the complaint
     * @param sequence the last event's sequence number, not negative
     * @param seal the last event's seal: 64 lower-case hexadecimal digits
     */
    public ChainHead {
        Objects.requireNonNull(complaintId, "complaintId");
        if (sequence < 0) {
            throw new IllegalArgumentException("sequence must not be negative");
        }
        if (!AppendRequest.isSeal(seal)) {
            throw new IllegalArgumentException("a seal is 64 lower-case hexadecimal digits");
        }
    }
}
