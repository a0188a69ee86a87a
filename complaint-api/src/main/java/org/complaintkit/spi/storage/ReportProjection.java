package org.complaintkit.spi.storage;

import java.util.Objects;

/**
 * A complaint's report projection: the facts its reports count (status, units, classes, clocks, outcome,
 * redress, dates), encoded by the engine and kept by a store beside the complaint's index row, so that a report
 * reads one row per complaint instead of folding its history. A store keeps it opaquely: it never reads
 * {@code facts}, it stores them with the append that made them and hands them back as stored.
 *
 * <p>The {@code revision} names the encoding. A reader asks for the revision it reads; a projection of another
 * revision (written by an older engine) is stale, and the reader folds that complaint's history instead, so a
 * projection is never misread. It holds no personal data: no name, no contact, no text of the complaint.
 *
 * <p>Immutable and thread-safe; {@link #toString} shows the revision and the length only.
 *
 * @param revision the encoding's revision, 1 or more
 * @param facts the encoded facts, not blank
 */
public record ReportProjection(int revision, String facts) {

    /**
     * Checks the components.
     *
     * @param revision the encoding's revision, 1 or more
     * @param facts the encoded facts, not blank
     */
    public ReportProjection {
        Objects.requireNonNull(facts, "facts");
        if (revision < 1) {
            throw new IllegalArgumentException("a projection's revision is 1 or more");
        }
        if (facts.isBlank()) {
            throw new IllegalArgumentException("a projection's facts are not blank");
        }
    }

    @Override
    public String toString() {
        return "ReportProjection[revision=" + revision + ", length=" + facts.length() + "]";
    }
}
