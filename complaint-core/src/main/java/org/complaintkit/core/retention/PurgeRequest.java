package org.complaintkit.core.retention;

import java.util.ArrayList;
import java.util.List;
import org.complaintkit.api.organisation.Actor;
import org.complaintkit.api.organisation.Role;
import org.complaintkit.api.organisation.StaffId;
import org.complaintkit.api.organisation.UnitId;
import org.complaintkit.api.complaint.ComplaintId;
import org.complaintkit.api.error.ErrorCode;
import org.complaintkit.api.error.InvalidInputException;
import org.complaintkit.api.error.Violation;
import org.complaintkit.api.retention.Disposal;
import org.complaintkit.api.retention.RecordKind;
import org.complaintkit.api.retention.RetentionPolicy;
import org.complaintkit.spi.retention.PurgeLedger;
import org.complaintkit.spi.retention.RetentionArchive;

/**
 * What one run of the retention purge does: under which policy, into which archive and ledger, in batches of which
 * size, how many batches at most, from which complaint on, and whether only to count (a dry run writes nothing).
 *
 * <p>Immutable and thread-safe. Write one with {@code PurgeRequest.of(policy, archive, ledger)} and the
 * {@code with...} methods.
 *
 * @param policy the retention policy
 * @param archive where complaint files go before they are deleted; null only if the policy archives nothing
 * @param ledger where each disposed complaint is recorded
 * @param batchSize the most records of one kind one batch touches, 1 to 1,000; each batch is its own transaction
 * @param maxBatches the most batches of complaints this run takes, or 0 for as many as it takes to finish
 * @param after the complaint after which the scan of closed complaints starts (a report's
 *     {@link PurgeReport#next()}), or null to start at the first
 * @param dryRun true to count what would be purged and write nothing, not even to the archive or ledger
 * @param eraser who the record names as erasing personal data where the policy erases
 *     ({@link Disposal#ERASE_PERSONAL_DATA}): a staff member with the right to erase (a complaint manager) whom the
 *     engine's organisation directory knows; {@link #DEFAULT_ERASER} unless {@link #withEraser} names another
 */
public record PurgeRequest(RetentionPolicy policy, RetentionArchive archive, PurgeLedger ledger, int batchSize,
                           int maxBatches, ComplaintId after, boolean dryRun, Actor eraser) {
    /**
     * The eraser of {@link #of}: staff {@code retention-purge} of unit {@code retention}, a complaint manager. An
     * engine with an organisation directory refuses it unless the directory knows it (CMP-2118); name one the
     * directory knows with {@link #withEraser}.
     */
    public static final Actor DEFAULT_ERASER = Actor.staff(StaffId.of("retention-purge"), UnitId.of("retention"),
            Role.COMPLAINT_MANAGER);
    /** The batch size of {@link #of}. */
    public static final int DEFAULT_BATCH = 200;
    /** The largest batch. */
    public static final int MAX_BATCH = 1_000;

    /**
     * Checks the request.
     *
     * @param policy the retention policy
     * @param archive where complaint files go before they are deleted; null only if the policy archives nothing
     * @param ledger where each disposed complaint is recorded
     * @param batchSize the most records of one kind one batch touches, 1 to 1,000
     * @param maxBatches the most batches of complaints this run takes, or 0 for no limit
     * @param after the complaint after which the scan starts, or null
     * @param dryRun true to write nothing
     * @param eraser who erases where the policy erases
     * @throws InvalidInputException coded {@code CMP-1251} listing every problem
     */
    public PurgeRequest {
        List<Violation> violations = new ArrayList<>();
        if (policy == null) {
            violations.add(new Violation(ErrorCode.PURGE_REQUEST_INVALID, "policy", "a purge needs a retention policy"));
        } else if (archive == null
                && policy.rule(RecordKind.COMPLAINT_FILE).disposal() == Disposal.ARCHIVE_THEN_DELETE) {
            violations.add(new Violation(ErrorCode.PURGE_REQUEST_INVALID, "archive", "the " + policy.jurisdiction()
                    + " policy archives complaint files before deleting them; give the purge an archive"));
        }
        if (ledger == null) {
            violations.add(new Violation(ErrorCode.PURGE_REQUEST_INVALID, "ledger",
                    "a purge records what it deletes; give it a ledger (PurgeLedger.none() to keep only the report)"));
        }
        if (batchSize < 1 || batchSize > MAX_BATCH) {
            violations.add(new Violation(ErrorCode.PURGE_REQUEST_INVALID, "batchSize",
                    "a batch holds 1 to " + MAX_BATCH + " records, not " + batchSize));
        }
        if (eraser == null) {
            violations.add(new Violation(ErrorCode.PURGE_REQUEST_INVALID, "eraser",
                    "a purge names who erases (PurgeRequest.DEFAULT_ERASER unless the host names its own)"));
        }
        if (maxBatches < 0) {
            violations.add(new Violation(ErrorCode.PURGE_REQUEST_INVALID, "maxBatches",
                    "the most batches is 0 (no limit) or more, not " + maxBatches));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
    }

    /**
     * A request with the {@link #DEFAULT_ERASER}.
     *
     * @param policy the retention policy
     * @param archive where complaint files go before they are deleted; null only if the policy archives nothing
     * @param ledger where each disposed complaint is recorded
     * @param batchSize the most records of one kind one batch touches, 1 to 1,000
     * @param maxBatches the most batches of complaints this run takes, or 0 for no limit
     * @param after the complaint after which the scan starts, or null
     * @param dryRun true to write nothing
     * @throws InvalidInputException coded {@code CMP-1251} listing every problem
     */
    public PurgeRequest(RetentionPolicy policy, RetentionArchive archive, PurgeLedger ledger, int batchSize,
                        int maxBatches, ComplaintId after, boolean dryRun) {
        this(policy, archive, ledger, batchSize, maxBatches, after, dryRun, DEFAULT_ERASER);
    }

    /**
     * A purge to the end, in batches of {@value #DEFAULT_BATCH}, from the first complaint, that writes.
     *
     * @param policy the retention policy
     * @param archive where complaint files go before they are deleted; null only if the policy archives nothing
     * @param ledger where each disposed complaint is recorded
     * @return the request
     */
    public static PurgeRequest of(RetentionPolicy policy, RetentionArchive archive, PurgeLedger ledger) {
        return new PurgeRequest(policy, archive, ledger, DEFAULT_BATCH, 0, null, false);
    }

    /**
     * Returns this request with another batch size.
     *
     * @param size the most records of one kind one batch touches, 1 to 1,000
     * @return a new request
     */
    public PurgeRequest withBatchSize(int size) {
        return new PurgeRequest(policy, archive, ledger, size, maxBatches, after, dryRun, eraser);
    }

    /**
     * Returns this request stopping after a number of batches of complaints.
     *
     * @param batches the most batches, or 0 for no limit
     * @return a new request
     */
    public PurgeRequest withMaxBatches(int batches) {
        return new PurgeRequest(policy, archive, ledger, batchSize, batches, after, dryRun, eraser);
    }

    /**
     * Returns this request carrying on after a complaint, as a report's {@link PurgeReport#next()} says.
     *
     * @param cursor the last complaint a run looked at, or null to start at the first
     * @return a new request
     */
    public PurgeRequest withAfter(ComplaintId cursor) {
        return new PurgeRequest(policy, archive, ledger, batchSize, maxBatches, cursor, dryRun, eraser);
    }

    /**
     * Returns this request as a dry run: it counts and writes nothing.
     *
     * @return a new request
     */
    public PurgeRequest asDryRun() {
        return new PurgeRequest(policy, archive, ledger, batchSize, maxBatches, after, true, eraser);
    }

    /**
     * Returns this request naming who erases personal data where the policy erases: a complaint manager the engine's
     * organisation directory knows, so the record names a real person or service account.
     *
     * @param actor the eraser
     * @return a new request
     * @throws InvalidInputException coded {@code CMP-1251} if the actor is null
     */
    public PurgeRequest withEraser(Actor actor) {
        return new PurgeRequest(policy, archive, ledger, batchSize, maxBatches, after, dryRun, actor);
    }
}
