package org.complaintkit.core.integrity;

import java.util.ArrayList;
import java.util.List;

/**
 * What a {@link ChainVerifier} found across many complaints.
 *
 * <p>Immutable and thread-safe.
 *
 * @param complaintsChecked how many complaints were read
 * @param eventsChecked how many stored events were read
 * @param broken the verdicts of the complaints whose history is not intact or whose stored rows beside it
 *     disagree with it, by complaint id
 */
public record IntegrityReport(long complaintsChecked, long eventsChecked, List<ChainVerdict> broken) {

    /**
     * Copies the list.
     *
     * @param complaintsChecked how many complaints were read
     * @param eventsChecked how many stored events were read
     * @param broken the verdicts of the broken complaints
     */
    public IntegrityReport {
        broken = List.copyOf(broken);
    }

    /**
     * Tells whether every complaint checked is intact.
     *
     * @return true if none is broken
     */
    public boolean intact() {
        return broken.isEmpty();
    }

    /**
     * Returns every mismatch found, complaint by complaint.
     *
     * @return the mismatches of the broken verdicts, in their order
     */
    public List<Mismatch> mismatches() {
        List<Mismatch> all = new ArrayList<>();
        for (ChainVerdict verdict : broken) {
            all.addAll(verdict.mismatches());
        }
        return all;
    }
}
