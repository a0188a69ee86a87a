package org.complaintkit.core.reporting;

/**
 * How a report read its complaints' facts ({@link FactsSource#scan}): how many came from report projections and
 * how many were folded from their histories (a store that keeps no projections, a complaint written before its
 * row had one, a projection of an older revision). The figures are the same either way; a host that expects
 * projections and sees {@code folded} above zero runs the projection rebuild.
 *
 * <p>Immutable and thread-safe.
 *
 * @param projected complaints read from their projections
 * @param folded complaints whose histories were folded
 */
public record FactsScan(long projected, long folded) {

    /**
     * Checks the counts.
     *
     * @param projected complaints read from their projections, 0 or more
     * @param folded complaints folded, 0 or more
     */
    public FactsScan {
        if (projected < 0 || folded < 0) {
            throw new IllegalArgumentException("counts must not be negative");
        }
    }

    /**
     * Returns how many complaints were read in all.
     *
     * @return projected plus folded
     */
    public long total() {
        return projected + folded;
    }
}
