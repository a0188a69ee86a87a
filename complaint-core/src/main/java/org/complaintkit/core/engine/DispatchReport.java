package org.complaintkit.core.engine;

import java.time.Instant;

/**
 * What one {@link NotificationDispatcher#dispatchDue()} did.
 *
 * <p>Immutable and thread-safe.
 *
 * @param at the instant the run started
 * @param leased the notices it took from the outbox
 * @param delivered the notices delivered and recorded in the ledger
 * @param failed the failed attempts that will be retried
 * @param deadLettered the notices that failed for the last time
 * @param alreadyDone notices another dispatcher recorded first (sent again at least once; receivers drop the duplicate
 *     by its dedupe key)
 * @param unrecorded notices sent whose outcome could not be recorded because the complaint kept changing under
 *     other writers; they stay leased until the lease runs out, are sent again and recorded then
 */
public record DispatchReport(Instant at, int leased, int delivered, int failed, int deadLettered, int alreadyDone,
                             int unrecorded) {

    /**
     * A report in which every outcome was recorded.
     *
     * @param at the instant the run started
     * @param leased the notices it took from the outbox
     * @param delivered the notices delivered and recorded in the ledger
     * @param failed the failed attempts that will be retried
     * @param deadLettered the notices that failed for the last time
     * @param alreadyDone notices another dispatcher recorded first
     */
    public DispatchReport(Instant at, int leased, int delivered, int failed, int deadLettered, int alreadyDone) {
        this(at, leased, delivered, failed, deadLettered, alreadyDone, 0);
    }
}
