package org.complaintkit.core.classification;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.complaintkit.api.classification.ComplaintFlag;
import org.complaintkit.api.complaint.ForwardingSource;
import org.complaintkit.api.organisation.UnitId;
import org.complaintkit.api.classification.StatisticalBucket;

/**
 * The statistical bucket a complaint is in now, and why (seed 002 第二篇 四(二)). Computed from the
 * complaint's history and clocks whenever asked, so it follows the complaint as it moves: a complaint
 * that was not counted becomes a complaint the moment a duty clock is overdue.
 *
 * <p>Immutable and thread-safe.
 *
 * @param bucket the bucket
 * @param reasons what put it there, for people; never personal data
 */
public record BucketDecision(StatisticalBucket bucket, List<String> reasons) {

    /**
     * Checks and copies the components.
     *
     * @param bucket the bucket
     * @param reasons what put it there
     */
    public BucketDecision {
        Objects.requireNonNull(bucket, "bucket");
        reasons = List.copyOf(reasons);
    }

    /**
     * Decides the bucket from the facts the rule reads (seed 002 第二篇 四(二)); the engine and the reports both
     * decide through here, so they cannot disagree:
     * <ul>
     *   <li>{@code COMPLAINT} if it came through an external body or a superior unit, bypassed a level, is a
     *       repeat, or has a duty clock overdue or breached;</li>
     *   <li>else {@code ENQUIRY} if a unit other than the receiving one handles it (it was escalated) within
     *       its time limits;</li>
     *   <li>else {@code NOT_COUNTED}: the receiving unit resolves it itself.</li>
     * </ul>
     *
     * @param forwardedBy who forwarded the complaint to the bank, or null if the customer came directly
     * @param flags the complaint's classification flags now
     * @param lateDutyClocks each duty clock that is overdue or breached, as {@code "<clock id> <status>"}
     * @param receivingUnit where it was received
     * @param handlingUnit the first-responsible unit, or null before assignment
     * @return the bucket and its reasons
     */
    public static BucketDecision decide(ForwardingSource forwardedBy, Set<ComplaintFlag> flags,
                                        List<String> lateDutyClocks, UnitId receivingUnit, UnitId handlingUnit) {
        Objects.requireNonNull(receivingUnit, "receivingUnit");
        List<String> complaint = new ArrayList<>();
        if (forwardedBy != null) {
            complaint.add("forwarded by " + forwardedBy);
        }
        for (ComplaintFlag flag : new TreeSet<>(flags)) {
            if (flag == ComplaintFlag.BYPASSED_LEVEL || flag == ComplaintFlag.REPEAT) {
                complaint.add("flag " + flag);
            }
        }
        lateDutyClocks.forEach(late -> complaint.add("clock " + late));
        if (!complaint.isEmpty()) {
            return new BucketDecision(StatisticalBucket.COMPLAINT, complaint);
        }
        if (handlingUnit != null && !handlingUnit.equals(receivingUnit)) {
            return new BucketDecision(StatisticalBucket.ENQUIRY, List.of("handled by " + handlingUnit
                    + ", received at " + receivingUnit + ", within its time limits"));
        }
        return new BucketDecision(StatisticalBucket.NOT_COUNTED,
                List.of("handled by the receiving unit within its time limits"));
    }
}
