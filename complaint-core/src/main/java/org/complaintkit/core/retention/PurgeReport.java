package org.complaintkit.core.retention;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.complaintkit.api.complaint.ComplaintId;
import org.complaintkit.spi.retention.PurgedComplaint;

/**
 * What one run of the retention purge did, or in a dry run would do. No personal data: ids, times and counts.
 *
 * <p>Immutable and thread-safe.
 *
 * @param at the run's instant, from the engine's clock; every period is counted to it
 * @param dryRun true if nothing was written
 * @param deliveredNotices delivered outbox entries deleted (or due, in a dry run)
 * @param deadNotices dead letters deleted (or due)
 * @param commandRecords command records deleted (or due)
 * @param complaintsExamined closed complaints looked at
 * @param complaintsArchived complaints handed to the archive (or that would be)
 * @param complaintsDeleted complaints deleted whole (or that would be)
 * @param complaintsHeld expired complaints kept because a legal hold stands on them
 * @param complaintsChanged complaints that changed while the purge was deleting them; kept, looked at next run
 * @param batches the batches the run took, of every kind
 * @param purged each complaint disposed of (or that would be), as written to the ledger
 * @param next the last complaint looked at if the run stopped before the end ({@link PurgeRequest#maxBatches()}),
 *     else null
 * @param complaintsErased complaints whose personal data was erased, their record kept (or that would be), under
 *     {@code Disposal.ERASE_PERSONAL_DATA}
 * @param complaintsNotErasable expired complaints due for erasure whose personal data is plain and cannot be
 *     crypto-shredded ({@code CMP-2281}); each is logged by id
 */
public record PurgeReport(Instant at, boolean dryRun, long deliveredNotices, long deadNotices, long commandRecords,
                          long complaintsExamined, long complaintsArchived, long complaintsDeleted, long complaintsHeld,
                          long complaintsChanged, long batches, List<PurgedComplaint> purged, ComplaintId next,
                          long complaintsErased, long complaintsNotErasable) {

    /**
     * A report of a run that erased nothing (no policy erases personal data).
     *
     * @param at the run's instant
     * @param dryRun true if nothing was written
     * @param deliveredNotices delivered outbox entries deleted
     * @param deadNotices dead letters deleted
     * @param commandRecords command records deleted
     * @param complaintsExamined closed complaints looked at
     * @param complaintsArchived complaints archived
     * @param complaintsDeleted complaints deleted whole
     * @param complaintsHeld expired complaints kept under a legal hold
     * @param complaintsChanged complaints that changed while being deleted
     * @param batches the batches the run took
     * @param purged each complaint disposed of
     * @param next the last complaint looked at if the run stopped early, else null
     */
    public PurgeReport(Instant at, boolean dryRun, long deliveredNotices, long deadNotices, long commandRecords,
                       long complaintsExamined, long complaintsArchived, long complaintsDeleted, long complaintsHeld,
                       long complaintsChanged, long batches, List<PurgedComplaint> purged, ComplaintId next) {
        this(at, dryRun, deliveredNotices, deadNotices, commandRecords, complaintsExamined, complaintsArchived,
                complaintsDeleted, complaintsHeld, complaintsChanged, batches, purged, next, 0, 0);
    }

    /**
     * Checks the components.
     *
     * @param at the run's instant
     * @param dryRun true if nothing was written
     * @param deliveredNotices delivered outbox entries deleted
     * @param deadNotices dead letters deleted
     * @param commandRecords command records deleted
     * @param complaintsExamined closed complaints looked at
     * @param complaintsArchived complaints archived
     * @param complaintsDeleted complaints deleted whole
     * @param complaintsHeld expired complaints kept under a legal hold
     * @param complaintsChanged complaints that changed while being deleted
     * @param batches the batches the run took
     * @param purged each complaint disposed of
     * @param next the last complaint looked at if the run stopped early, else null
     * @param complaintsErased complaints whose personal data was erased (their record kept), under
     *     {@code ERASE_PERSONAL_DATA}
     * @param complaintsNotErasable expired complaints under {@code ERASE_PERSONAL_DATA} whose personal data is plain
     *     and could not be erased ({@code CMP-2281}); each is logged with its id
     */
    public PurgeReport {
        Objects.requireNonNull(at, "at");
        purged = List.copyOf(purged);
    }

    /**
     * Tells whether the run went to the end: nothing due is left but what a hold keeps or what changed meanwhile.
     *
     * @return true if no later run is needed to carry on
     */
    public boolean finished() {
        return next == null;
    }

    /**
     * Says what the run did in a line, as the purge logs it: a complaint deleted and one erased are both disposed of,
     * and the counts are this report's. It names no complaint.
     *
     * @return the summary, for example {@code 0 delivered notices, 0 dead letters, 0 command records, 2 of 5 closed
     *     complaints disposed of (0 deleted, 2 erased), 1 held, 0 not erasable, 0 changed meanwhile, in 4 batches}
     */
    public String summary() {
        return deliveredNotices + " delivered notices, " + deadNotices + " dead letters, " + commandRecords
                + " command records, " + (complaintsDeleted + complaintsErased) + " of " + complaintsExamined
                + " closed complaints disposed of (" + complaintsDeleted + " deleted, " + complaintsErased
                + " erased), " + complaintsHeld + " held, " + complaintsNotErasable + " not erasable, "
                + complaintsChanged + " changed meanwhile, in " + batches + " batches";
    }
}
