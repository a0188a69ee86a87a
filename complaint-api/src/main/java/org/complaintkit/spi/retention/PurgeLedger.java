package org.complaintkit.spi.retention;

/**
 * The host's record of what the retention purge disposed of, for an auditor or a regulator who asks what became of
 * a complaint: one {@link PurgedComplaint} per complaint, written before the complaint is deleted. It holds ids,
 * times, counts and the last seal of the chain, never personal data.
 *
 * <p>A purge that is restarted may record the same complaint twice; the entries are the same but for the time.
 *
 * <p>Implementations must be thread-safe.
 */
public interface PurgeLedger {

    /**
     * Records a complaint about to be deleted.
     *
     * @param entry what is disposed of
     * @throws RuntimeException if the entry was not recorded; the purge keeps the complaint
     */
    void record(PurgedComplaint entry);

    /**
     * A ledger that records nothing, for a host that keeps the purge's reports instead.
     *
     * @return the ledger
     */
    static PurgeLedger none() {
        return entry -> { };
    }
}
