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
 */
public record ComplaintIndex(ComplaintStatus status, UnitId receivingUnit, UnitId handlingUnit, CustomerRef customer,
                             Instant receivedAt, Instant lastChangedAt, Instant nextDueAt) {

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
     */
    public ComplaintIndex {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(receivingUnit, "receivingUnit");
        Objects.requireNonNull(customer, "customer");
        Objects.requireNonNull(receivedAt, "receivedAt");
        Objects.requireNonNull(lastChangedAt, "lastChangedAt");
    }
}
