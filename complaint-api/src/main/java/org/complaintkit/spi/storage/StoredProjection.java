package org.complaintkit.spi.storage;

import java.util.Objects;

/**
 * A complaint's report projection as a store holds it, with the complaint's version beside it, read back by
 * {@link ComplaintStore#projection} for a rebuild that checks it against the complaint's history.
 *
 * <p>Immutable and thread-safe.
 *
 * @param version the complaint's version as stored: the number of its events after the last append
 * @param projection the projection as stored, of whatever revision, or null if the row has none
 */
public record StoredProjection(long version, ReportProjection projection) {

    /**
     * Checks the version.
     *
     * @param version the complaint's version, 1 or more
     * @param projection the projection, or null
     */
    public StoredProjection {
        if (version < 1) {
            throw new IllegalArgumentException("a stored complaint's version is 1 or more");
        }
    }

    /**
     * Tells whether the row holds a projection of a revision.
     *
     * @param revision the revision a reader reads
     * @return true if the projection is present and of that revision
     */
    public boolean isCurrent(int revision) {
        return projection != null && projection.revision() == revision;
    }

    @Override
    public String toString() {
        return "StoredProjection[version=" + version + ", projection=" + Objects.toString(projection) + "]";
    }
}
