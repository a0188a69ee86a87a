package org.complaintkit.spi.storage;

import java.time.Instant;
import java.util.Objects;
import org.complaintkit.api.complaint.ComplaintStatus;
import org.complaintkit.api.complaint.CustomerRef;
import org.complaintkit.api.organisation.UnitId;

/**
 * The searchable facts of one complaint, computed by the engine at each append so that a store can
 * answer queries with plain columns and indexes, without reading events.
 *
 * <p>Immutable and thread-safe.
 *
 * @param status the complaint's status
 * @param receivingUnit where it was received
 * @param handlingUnit the first-responsible unit, or null before assignment
 * @param customer the complainant's customer reference
 * @param receivedAt when it was received
 * @param lastChangedAt the time of its last event
 * @param nextDueAt the next instant at which a sweep has work on this complaint (a warning or a deadline
 *     of a running clock), or null if none
 * @param fingerprint the complaint's grouping fingerprint (its class in the group scheme, products, receiving
 *     unit and rules fired; see {@code Fingerprints}) when the engine detects group complaints, or null; group
 *     detection asks for the complaints with the same fingerprint received within a window
 * @param queue what work queues search: handler, co-handlers, owner, classes, flags, priority, external references
 *     and running clocks; {@link QueueFacts#NONE} where a row predates them
 */
public record ComplaintIndex(ComplaintStatus status, UnitId receivingUnit, UnitId handlingUnit, CustomerRef customer,
                             Instant receivedAt, Instant lastChangedAt, Instant nextDueAt, String fingerprint,
                             QueueFacts queue) {
    /** The longest fingerprint an index row holds, in characters (the JDBC store's column is this wide). */
    public static final int MAX_FINGERPRINT = 500;


    /**
     * Checks the required components.
     *
     * @param status the complaint's status
     * @param receivingUnit where it was received
     * @param handlingUnit the first-responsible unit, or null before assignment
     * @param customer the complainant's customer reference
     * @param receivedAt when it was received
     * @param lastChangedAt the time of its last event
     * @param nextDueAt the next instant at which a sweep has work on this complaint, or null if none
     * @param fingerprint the grouping fingerprint, or null; at most 500 characters
     * @param queue the facts work queues search; {@link QueueFacts#NONE} if none are known
     */
    public ComplaintIndex {
        if (fingerprint != null && fingerprint.length() > MAX_FINGERPRINT) {
            throw new IllegalArgumentException("a fingerprint has at most " + MAX_FINGERPRINT + " characters");
        }
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(receivingUnit, "receivingUnit");
        Objects.requireNonNull(customer, "customer");
        Objects.requireNonNull(receivedAt, "receivedAt");
        Objects.requireNonNull(lastChangedAt, "lastChangedAt");
        Objects.requireNonNull(queue, "queue");
    }

    /**
     * An index row without queue facts ({@link QueueFacts#NONE}), as rows were before work queues.
     *
     * @param status the complaint's status
     * @param receivingUnit where it was received
     * @param handlingUnit the first-responsible unit, or null before assignment
     * @param customer the complainant's customer reference
     * @param receivedAt when it was received
     * @param lastChangedAt the time of its last event
     * @param nextDueAt the next instant at which a sweep has work on this complaint, or null if none
     * @param fingerprint the grouping fingerprint, or null; at most 500 characters
     */
    public ComplaintIndex(ComplaintStatus status, UnitId receivingUnit, UnitId handlingUnit, CustomerRef customer,
                          Instant receivedAt, Instant lastChangedAt, Instant nextDueAt, String fingerprint) {
        this(status, receivingUnit, handlingUnit, customer, receivedAt, lastChangedAt, nextDueAt, fingerprint,
                QueueFacts.NONE);
    }

    /**
     * Returns this row with other queue facts.
     *
     * @param facts the facts
     * @return a new row
     */
    public ComplaintIndex withQueue(QueueFacts facts) {
        return new ComplaintIndex(status, receivingUnit, handlingUnit, customer, receivedAt, lastChangedAt, nextDueAt,
                fingerprint, facts);
    }

    /**
     * An index row without a fingerprint.
     *
     * @param status the complaint's status
     * @param receivingUnit where it was received
     * @param handlingUnit the first-responsible unit, or null before assignment
     * @param customer the complainant's customer reference
     * @param receivedAt when it was received
     * @param lastChangedAt the time of its last event
     * @param nextDueAt the next instant at which a sweep has work on this complaint, or null if none
     */
    public ComplaintIndex(ComplaintStatus status, UnitId receivingUnit, UnitId handlingUnit, CustomerRef customer,
                          Instant receivedAt, Instant lastChangedAt, Instant nextDueAt) {
        this(status, receivingUnit, handlingUnit, customer, receivedAt, lastChangedAt, nextDueAt, null,
                QueueFacts.NONE);
    }
}
