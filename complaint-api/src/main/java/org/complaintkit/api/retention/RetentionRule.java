package org.complaintkit.api.retention;

import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * How long one kind of record is kept and what happens to it then. Checked as part of a {@link RetentionPolicy},
 * which reports every contradiction at once.
 *
 * <p>Immutable and thread-safe.
 *
 * @param kind the kind of record
 * @param keepFor how long it is kept after its start (closure for a complaint file, creation for a notice,
 *     application for a command record); {@link Period#ZERO} with {@link Disposal#KEEP_FOREVER}
 * @param floor the shortest period the law allows for it ({@link Period#ZERO} if none); {@code keepFor} may not
 *     be shorter
 * @param disposal what the purge does when the period has run out
 * @param basis the rule the period comes from, such as {@code FCA DISP 1.9.1R}, or an empty string
 */
public record RetentionRule(RecordKind kind, Period keepFor, Period floor, Disposal disposal, String basis) {

    /**
     * Checks that no component is missing; the policy checks the rest.
     *
     * @param kind the kind of record
     * @param keepFor how long it is kept after its start
     * @param floor the shortest period the law allows
     * @param disposal what the purge does then
     * @param basis the rule the period comes from, or an empty string
     */
    public RetentionRule {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(keepFor, "keepFor");
        Objects.requireNonNull(floor, "floor");
        Objects.requireNonNull(disposal, "disposal");
        Objects.requireNonNull(basis, "basis");
    }

    /**
     * A rule without a legal floor or basis.
     *
     * @param kind the kind of record
     * @param keepFor how long it is kept
     * @param disposal what the purge does then
     * @return the rule
     */
    public static RetentionRule of(RecordKind kind, Period keepFor, Disposal disposal) {
        return new RetentionRule(kind, keepFor, Period.ZERO, disposal, "");
    }

    /**
     * Tells whether the purge disposes of a record of this kind.
     *
     * @return false for {@link Disposal#KEEP_FOREVER}
     */
    public boolean expires() {
        return disposal != Disposal.KEEP_FOREVER;
    }

    /**
     * Returns when a record started at an instant has been kept long enough, the period counted in UTC.
     *
     * @param start when the record's period started
     * @return the first instant at which it may be disposed of
     */
    public Instant expiresAt(Instant start) {
        return start.atOffset(ZoneOffset.UTC).plus(keepFor).toInstant();
    }

    /**
     * Returns the latest start of a record that has expired by an instant: records started at or before it are due.
     *
     * @param now the instant
     * @return the latest start that is due
     */
    public Instant startedBy(Instant now) {
        return now.atOffset(ZoneOffset.UTC).minus(keepFor).toInstant();
    }
}
