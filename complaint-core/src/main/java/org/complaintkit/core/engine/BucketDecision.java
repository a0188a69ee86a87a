package org.complaintkit.core.engine;

import java.util.List;
import java.util.Objects;
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
}
