package org.complaintkit.spi.retention;

import java.util.List;
import org.complaintkit.api.complaint.ComplaintId;
import org.complaintkit.spi.storage.SealedEvent;

/**
 * Where the retention purge puts a complaint's file before it deletes it from the store, when the policy says
 * {@link org.complaintkit.api.retention.Disposal#ARCHIVE_THEN_DELETE}: the sealed history as stored, so that the
 * archived copy still verifies against its seals (CBIRC Order 2020 No. 3 Art. 28 asks for an archive).
 *
 * <p>The purge deletes the complaint only after {@link #archive} returns; an exception keeps the complaint in the
 * store and stops the purge ({@code CMP-5071}). A purge that is restarted may hand the same complaint again:
 * an archive must take a second copy of the same complaint as the same (by id), not as a conflict.
 *
 * <p>Implementations must be thread-safe. What they hold is personal data: it is the host's to protect.
 */
public interface RetentionArchive {

    /**
     * Takes a complaint's file.
     *
     * @param id the complaint
     * @param history its events with their seals, as stored, by sequence number
     * @throws RuntimeException if the file was not taken; the purge keeps the complaint
     */
    void archive(ComplaintId id, List<SealedEvent> history);
}
