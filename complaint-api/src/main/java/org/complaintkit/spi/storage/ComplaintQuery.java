package org.complaintkit.spi.storage;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.complaintkit.api.complaint.ComplaintId;
import org.complaintkit.api.complaint.ComplaintStatus;
import org.complaintkit.api.complaint.CustomerRef;
import org.complaintkit.api.organisation.UnitId;

/**
 * A filter over complaints' index rows and a page of the result. Every condition that is set must
 * hold; a null condition, or an empty status set, matches everything.
 *
 * <p>Immutable and thread-safe.
 *
 * @param statuses the statuses to match; empty for any
 * @param unit matches complaints received by or assigned to this unit; null for any
 * @param customer matches one complainant; null for any
 * @param receivedFrom matches complaints received at or after this instant; null for no bound
 * @param receivedBefore matches complaints received before this instant; null for no bound
 * @param dueBy matches complaints whose {@link ComplaintIndex#nextDueAt()} is at or before this instant;
 *     null for any
 * @param fingerprint matches complaints with this {@link ComplaintIndex#fingerprint()}; null for any (group
 *     detection's query)
 * @param after the page starts after this complaint id; null for the first page
 * @param limit the largest page, 1 to 1,000
 */
public record ComplaintQuery(Set<ComplaintStatus> statuses, UnitId unit, CustomerRef customer, Instant receivedFrom,
                             Instant receivedBefore, Instant dueBy, String fingerprint, ComplaintId after,
                             int limit) {
    /** The largest page a query may ask for. */
    public static final int MAX_LIMIT = 1_000;

    /**
     * Checks and copies the components.
     *
     * @param statuses the statuses to match; empty for any
     * @param unit matches complaints received by or assigned to this unit; null for any
     * @param customer matches one complainant; null for any
     * @param receivedFrom matches complaints received at or after this instant; null for no bound
     * @param receivedBefore matches complaints received before this instant; null for no bound
     * @param dueBy matches complaints due for a sweep at or before this instant; null for any
     * @param fingerprint matches complaints with this fingerprint; null for any
     * @param after the page starts after this complaint id; null for the first page
     * @param limit the largest page, 1 to 1,000
     */
    public ComplaintQuery {
        statuses = statuses.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(statuses));
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT);
        }
    }

    /**
     * A query for every complaint, first page of the given size.
     *
     * @param limit the page size
     * @return the query
     */
    public static ComplaintQuery all(int limit) {
        return new ComplaintQuery(Set.of(), null, null, null, null, null, null, null, limit);
    }

    /**
     * Returns this query restricted to some statuses.
     *
     * @param wanted the statuses
     * @return a new query
     */
    public ComplaintQuery withStatuses(Set<ComplaintStatus> wanted) {
        return new ComplaintQuery(wanted, unit, customer, receivedFrom, receivedBefore, dueBy, fingerprint, after, limit);
    }

    /**
     * Returns this query restricted to one unit.
     *
     * @param wanted the unit
     * @return a new query
     */
    public ComplaintQuery withUnit(UnitId wanted) {
        return new ComplaintQuery(statuses, wanted, customer, receivedFrom, receivedBefore, dueBy, fingerprint, after, limit);
    }

    /**
     * Returns this query restricted to one customer.
     *
     * @param wanted the customer
     * @return a new query
     */
    public ComplaintQuery withCustomer(CustomerRef wanted) {
        return new ComplaintQuery(statuses, unit, wanted, receivedFrom, receivedBefore, dueBy, fingerprint, after, limit);
    }

    /**
     * Returns this query restricted to a receipt window.
     *
     * @param from the first instant included, or null
     * @param before the first instant excluded, or null
     * @return a new query
     */
    public ComplaintQuery withReceivedBetween(Instant from, Instant before) {
        return new ComplaintQuery(statuses, unit, customer, from, before, dueBy, fingerprint, after, limit);
    }

    /**
     * Returns this query restricted to complaints due for a sweep at or before an instant.
     *
     * @param instant the sweep's instant
     * @return a new query
     */
    public ComplaintQuery withDueBy(Instant instant) {
        return new ComplaintQuery(statuses, unit, customer, receivedFrom, receivedBefore, instant, fingerprint, after, limit);
    }

    /**
     * Returns this query restricted to complaints with one grouping fingerprint.
     *
     * @param wanted the fingerprint
     * @return a new query
     */
    public ComplaintQuery withFingerprint(String wanted) {
        return new ComplaintQuery(statuses, unit, customer, receivedFrom, receivedBefore, dueBy, wanted, after, limit);
    }

    /**
     * Returns the same query for the page after the given id.
     *
     * @param cursor the last id of the previous page
     * @return a new query
     */
    public ComplaintQuery after(ComplaintId cursor) {
        return new ComplaintQuery(statuses, unit, customer, receivedFrom, receivedBefore, dueBy, fingerprint, cursor, limit);
    }

    /**
     * Tells whether an index row matches the filter (the page bounds aside). Stores may use it;
     * it is the reference meaning of the filter.
     *
     * @param id the complaint's id
     * @param row the complaint's index row
     * @return true if every condition holds
     */
    public boolean matches(ComplaintId id, ComplaintIndex row) {
        Objects.requireNonNull(row, "row");
        return (statuses.isEmpty() || statuses.contains(row.status()))
                && (unit == null || unit.equals(row.receivingUnit()) || unit.equals(row.handlingUnit()))
                && (customer == null || customer.equals(row.customer()))
                && (receivedFrom == null || !row.receivedAt().isBefore(receivedFrom))
                && (receivedBefore == null || row.receivedAt().isBefore(receivedBefore))
                && (dueBy == null || (row.nextDueAt() != null && !row.nextDueAt().isAfter(dueBy)))
                && (fingerprint == null || fingerprint.equals(row.fingerprint()))
                && (after == null || id.compareTo(after) > 0);
    }
}
