package org.complaintkit.spi.storage;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.complaintkit.api.classification.Priority;
import org.complaintkit.api.complaint.ComplaintId;
import org.complaintkit.api.complaint.ComplaintStatus;
import org.complaintkit.api.complaint.CustomerRef;
import org.complaintkit.api.error.ErrorCode;
import org.complaintkit.api.error.InvalidInputException;
import org.complaintkit.api.error.Violation;
import org.complaintkit.api.organisation.StaffId;
import org.complaintkit.api.organisation.UnitId;

/**
 * A filter over complaints' index rows and a page of the result. Every condition that is set must
 * hold; a null condition, or an empty status or priority set, matches everything.
 *
 * <p><b>Order and paging.</b> Every store returns the matches in one order: by ascending complaint id (the id's
 * {@link ComplaintId#compareTo natural order}, which the JDBC store's "C" collation repeats). Paging is by key set:
 * the next page is {@link #after(ComplaintId)} the last id of the page before, so complaints appended while a
 * caller pages never shift or repeat what it sees. A work queue sorted by urgency sorts each page it reads; the
 * stores do not order by due time, since a due time changes with every clock event and would make the cursor
 * unstable.
 *
 * <p>The queue conditions ({@code handler} onwards) test {@link ComplaintIndex#queue()}; see {@link QueueFacts}
 * for what each fact holds. Build a query with {@link #builder(int)} or start from {@link #all(int)} and add
 * conditions with the {@code with...} methods.
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
 * @param handler matches complaints this staff member handles; null for any
 * @param coHandler matches complaints this unit co-handles; null for any
 * @param owner matches complaints whose first-contact owner is this staff member; null for any
 * @param classCode matches complaints with this class, as {@code scheme:code}; null for any
 * @param flag matches complaints with this flag raised; null for any
 * @param priorities the priorities to match; empty for any (an unclassified complaint has none)
 * @param externalReference matches complaints another body knows by this reference; null for any
 * @param overdueAt matches complaints with a running clock whose deadline lies before this instant; null for any
 * @param overdueClock with {@code overdueAt}, only this clock counts; null for any clock
 */
public record ComplaintQuery(Set<ComplaintStatus> statuses, UnitId unit, CustomerRef customer, Instant receivedFrom,
                             Instant receivedBefore, Instant dueBy, String fingerprint, ComplaintId after,
                             int limit, StaffId handler, UnitId coHandler, StaffId owner, String classCode,
                             QueueFlag flag, Set<Priority> priorities, String externalReference, Instant overdueAt,
                             String overdueClock) {
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
     * @param handler matches complaints this staff member handles; null for any
     * @param coHandler matches complaints this unit co-handles; null for any
     * @param owner matches complaints this staff member owns as first contact; null for any
     * @param classCode matches complaints with this class as {@code scheme:code}, at most 500 characters; null for any
     * @param flag matches complaints with this flag; null for any
     * @param priorities the priorities to match; empty for any
     * @param externalReference matches complaints known by this reference, at most 500 characters; null for any
     * @param overdueAt matches complaints with a running clock past its deadline at this instant; null for any
     * @param overdueClock only this clock counts for {@code overdueAt}; null for any
     * @throws InvalidInputException coded {@link ErrorCode#QUERY_CONDITION_INVALID}, listing every condition that
     *     cannot hold, if the limit is out of range, a text condition is blank or too long, or a clock is named
     *     without {@code overdueAt}
     */
    public ComplaintQuery {
        statuses = statuses.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(statuses));
        priorities = priorities == null || priorities.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(priorities));
        List<Violation> violations = new ArrayList<>();
        if (limit < 1 || limit > MAX_LIMIT) {
            violations.add(new Violation(ErrorCode.QUERY_CONDITION_INVALID, "limit",
                    "a page holds 1 to " + MAX_LIMIT + " complaints"));
        }
        checkText(classCode, "classCode", violations);
        checkText(externalReference, "externalReference", violations);
        checkText(overdueClock, "overdueClock", violations);
        if (overdueClock != null && overdueAt == null) {
            violations.add(new Violation(ErrorCode.QUERY_CONDITION_INVALID, "overdueClock",
                    "a clock to test for overdue needs the instant to test it at"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
    }

    private static void checkText(String text, String path, List<Violation> violations) {
        if (text != null && (text.isBlank() || text.length() > QueueFacts.MAX_TEXT)) {
            violations.add(new Violation(ErrorCode.QUERY_CONDITION_INVALID, path,
                    "must have 1 to " + QueueFacts.MAX_TEXT + " characters and not be blank"));
        }
    }

    /**
     * A query with the conditions complaints had before work queues; no queue condition is set.
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
    public ComplaintQuery(Set<ComplaintStatus> statuses, UnitId unit, CustomerRef customer, Instant receivedFrom,
                          Instant receivedBefore, Instant dueBy, String fingerprint, ComplaintId after, int limit) {
        this(statuses, unit, customer, receivedFrom, receivedBefore, dueBy, fingerprint, after, limit, null, null,
                null, null, null, Set.of(), null, null, null);
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
     * Starts a query for every complaint, first page of the given size, to which the builder adds conditions.
     *
     * @param limit the page size, 1 to 1,000
     * @return a builder
     */
    public static Builder builder(int limit) {
        return new Builder(limit);
    }

    /**
     * Returns a builder holding this query's conditions.
     *
     * @return a builder
     */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /**
     * Returns this query restricted to some statuses.
     *
     * @param wanted the statuses
     * @return a new query
     */
    public ComplaintQuery withStatuses(Set<ComplaintStatus> wanted) {
        return toBuilder().statuses(wanted).build();
    }

    /**
     * Returns this query restricted to one unit.
     *
     * @param wanted the unit
     * @return a new query
     */
    public ComplaintQuery withUnit(UnitId wanted) {
        return toBuilder().unit(wanted).build();
    }

    /**
     * Returns this query restricted to one customer.
     *
     * @param wanted the customer
     * @return a new query
     */
    public ComplaintQuery withCustomer(CustomerRef wanted) {
        return toBuilder().customer(wanted).build();
    }

    /**
     * Returns this query restricted to a receipt window.
     *
     * @param from the first instant included, or null
     * @param before the first instant excluded, or null
     * @return a new query
     */
    public ComplaintQuery withReceivedBetween(Instant from, Instant before) {
        return toBuilder().receivedBetween(from, before).build();
    }

    /**
     * Returns this query restricted to complaints due for a sweep at or before an instant.
     *
     * @param instant the sweep's instant
     * @return a new query
     */
    public ComplaintQuery withDueBy(Instant instant) {
        return toBuilder().dueBy(instant).build();
    }

    /**
     * Returns this query restricted to complaints with one grouping fingerprint.
     *
     * @param wanted the fingerprint
     * @return a new query
     */
    public ComplaintQuery withFingerprint(String wanted) {
        return toBuilder().fingerprint(wanted).build();
    }

    /**
     * Returns this query restricted to the complaints one staff member handles: that handler's work queue.
     *
     * @param wanted the handler
     * @return a new query
     */
    public ComplaintQuery withHandler(StaffId wanted) {
        return toBuilder().handler(wanted).build();
    }

    /**
     * Returns this query restricted to the complaints one unit co-handles.
     *
     * @param wanted the co-handling unit
     * @return a new query
     */
    public ComplaintQuery withCoHandler(UnitId wanted) {
        return toBuilder().coHandler(wanted).build();
    }

    /**
     * Returns this query restricted to the complaints one staff member owns as first contact.
     *
     * @param wanted the first-contact owner
     * @return a new query
     */
    public ComplaintQuery withOwner(StaffId wanted) {
        return toBuilder().owner(wanted).build();
    }

    /**
     * Returns this query restricted to complaints of one class in one scheme, overrides applied.
     *
     * @param scheme the classification scheme
     * @param code the class's code in it
     * @return a new query
     */
    public ComplaintQuery withClass(String scheme, String code) {
        return toBuilder().classCode(scheme, code).build();
    }

    /**
     * Returns this query restricted to complaints with one flag raised.
     *
     * @param wanted the flag
     * @return a new query
     */
    public ComplaintQuery withFlag(QueueFlag wanted) {
        return toBuilder().flag(wanted).build();
    }

    /**
     * Returns this query restricted to complaints of some priorities.
     *
     * @param wanted the priorities; empty for any
     * @return a new query
     */
    public ComplaintQuery withPriorities(Set<Priority> wanted) {
        return toBuilder().priorities(wanted).build();
    }

    /**
     * Returns this query restricted to complaints another body knows by a reference: the forwarding body's
     * reference given at registration, or an external referral's.
     *
     * @param wanted the reference, exactly as recorded
     * @return a new query
     */
    public ComplaintQuery withExternalReference(String wanted) {
        return toBuilder().externalReference(wanted).build();
    }

    /**
     * Returns this query restricted to complaints with a running clock whose deadline lies before an instant.
     *
     * @param at the instant
     * @return a new query
     */
    public ComplaintQuery withOverdueAt(Instant at) {
        return toBuilder().overdueAt(Objects.requireNonNull(at, "at"), null).build();
    }

    /**
     * Returns this query restricted to complaints where one clock runs with its deadline before an instant.
     *
     * @param at the instant
     * @param clockId the clock
     * @return a new query
     */
    public ComplaintQuery withOverdueAt(Instant at, String clockId) {
        return toBuilder().overdueAt(Objects.requireNonNull(at, "at"), Objects.requireNonNull(clockId, "clockId"))
                .build();
    }

    /**
     * Returns the same query for the page after the given id.
     *
     * @param cursor the last id of the previous page
     * @return a new query
     */
    public ComplaintQuery after(ComplaintId cursor) {
        return toBuilder().after(cursor).build();
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
        QueueFacts q = row.queue();
        return (statuses.isEmpty() || statuses.contains(row.status()))
                && (unit == null || unit.equals(row.receivingUnit()) || unit.equals(row.handlingUnit()))
                && (customer == null || customer.equals(row.customer()))
                && (receivedFrom == null || !row.receivedAt().isBefore(receivedFrom))
                && (receivedBefore == null || row.receivedAt().isBefore(receivedBefore))
                && (dueBy == null || (row.nextDueAt() != null && !row.nextDueAt().isAfter(dueBy)))
                && (fingerprint == null || fingerprint.equals(row.fingerprint()))
                && (handler == null || handler.equals(q.handler()))
                && (coHandler == null || q.coHandlers().contains(coHandler))
                && (owner == null || owner.equals(q.owner()))
                && (classCode == null || q.classes().contains(classCode))
                && (flag == null || q.flags().contains(flag))
                && (priorities.isEmpty() || (q.priority() != null && priorities.contains(q.priority())))
                && (externalReference == null || q.externalReferences().contains(externalReference))
                && (overdueAt == null || q.overdueAt(overdueAt, overdueClock))
                && (after == null || id.compareTo(after) > 0);
    }

    /**
     * Builds a {@link ComplaintQuery} condition by condition; {@link #build()} checks them all at once. Not
     * thread-safe.
     */
    public static final class Builder {
        private Set<ComplaintStatus> statuses;
        private UnitId unit;
        private CustomerRef customer;
        private Instant receivedFrom;
        private Instant receivedBefore;
        private Instant dueBy;
        private String fingerprint;
        private ComplaintId after;
        private int limit;
        private StaffId handler;
        private UnitId coHandler;
        private StaffId owner;
        private String classCode;
        private QueueFlag flag;
        private Set<Priority> priorities;
        private String externalReference;
        private Instant overdueAt;
        private String overdueClock;

        private Builder(int limit) {
            this.statuses = Set.of();
            this.priorities = Set.of();
            this.limit = limit;
        }

        private Builder(ComplaintQuery q) {
            statuses = q.statuses;
            unit = q.unit;
            customer = q.customer;
            receivedFrom = q.receivedFrom;
            receivedBefore = q.receivedBefore;
            dueBy = q.dueBy;
            fingerprint = q.fingerprint;
            after = q.after;
            limit = q.limit;
            handler = q.handler;
            coHandler = q.coHandler;
            owner = q.owner;
            classCode = q.classCode;
            flag = q.flag;
            priorities = q.priorities;
            externalReference = q.externalReference;
            overdueAt = q.overdueAt;
            overdueClock = q.overdueClock;
        }

        /**
         * Sets the statuses to match.
         *
         * @param value the statuses; empty for any
         * @return this builder
         */
        public Builder statuses(Set<ComplaintStatus> value) {
            statuses = Objects.requireNonNull(value, "statuses");
            return this;
        }

        /**
         * Sets the unit that received or handles the complaints.
         *
         * @param value the unit, or null for any
         * @return this builder
         */
        public Builder unit(UnitId value) {
            unit = value;
            return this;
        }

        /**
         * Sets the complainant.
         *
         * @param value the customer, or null for any
         * @return this builder
         */
        public Builder customer(CustomerRef value) {
            customer = value;
            return this;
        }

        /**
         * Sets the receipt window.
         *
         * @param from the first instant included, or null
         * @param before the first instant excluded, or null
         * @return this builder
         */
        public Builder receivedBetween(Instant from, Instant before) {
            receivedFrom = from;
            receivedBefore = before;
            return this;
        }

        /**
         * Sets the instant by which a sweep must be due.
         *
         * @param value the instant, or null for any
         * @return this builder
         */
        public Builder dueBy(Instant value) {
            dueBy = value;
            return this;
        }

        /**
         * Sets the grouping fingerprint.
         *
         * @param value the fingerprint, or null for any
         * @return this builder
         */
        public Builder fingerprint(String value) {
            fingerprint = value;
            return this;
        }

        /**
         * Sets the page's cursor.
         *
         * @param value the last id of the page before, or null for the first page
         * @return this builder
         */
        public Builder after(ComplaintId value) {
            after = value;
            return this;
        }

        /**
         * Sets the largest page.
         *
         * @param value 1 to 1,000
         * @return this builder
         */
        public Builder limit(int value) {
            limit = value;
            return this;
        }

        /**
         * Sets the handler.
         *
         * @param value the handler, or null for any
         * @return this builder
         */
        public Builder handler(StaffId value) {
            handler = value;
            return this;
        }

        /**
         * Sets the co-handling unit.
         *
         * @param value the unit, or null for any
         * @return this builder
         */
        public Builder coHandler(UnitId value) {
            coHandler = value;
            return this;
        }

        /**
         * Sets the first-contact owner.
         *
         * @param value the owner, or null for any
         * @return this builder
         */
        public Builder owner(StaffId value) {
            owner = value;
            return this;
        }

        /**
         * Sets the class.
         *
         * @param scheme the classification scheme
         * @param code the class's code in it
         * @return this builder
         */
        public Builder classCode(String scheme, String code) {
            classCode = Objects.requireNonNull(scheme, "scheme") + ":" + Objects.requireNonNull(code, "code");
            return this;
        }

        /**
         * Sets the flag.
         *
         * @param value the flag, or null for any
         * @return this builder
         */
        public Builder flag(QueueFlag value) {
            flag = value;
            return this;
        }

        /**
         * Sets the priorities to match.
         *
         * @param value the priorities; empty for any
         * @return this builder
         */
        public Builder priorities(Set<Priority> value) {
            priorities = Objects.requireNonNull(value, "priorities");
            return this;
        }

        /**
         * Sets the external reference.
         *
         * @param value the reference, or null for any
         * @return this builder
         */
        public Builder externalReference(String value) {
            externalReference = value;
            return this;
        }

        /**
         * Sets the instant at which a running clock must be past its deadline, and which clock.
         *
         * @param at the instant, or null for no overdue condition
         * @param clockId the clock, or null for any clock
         * @return this builder
         */
        public Builder overdueAt(Instant at, String clockId) {
            overdueAt = at;
            overdueClock = clockId;
            return this;
        }

        /**
         * Builds the query.
         *
         * @return the query
         * @throws InvalidInputException coded {@link ErrorCode#QUERY_CONDITION_INVALID} listing every condition
         *     that cannot hold, a limit out of range among them
         */
        public ComplaintQuery build() {
            return new ComplaintQuery(statuses, unit, customer, receivedFrom, receivedBefore, dueBy, fingerprint,
                    after, limit, handler, coHandler, owner, classCode, flag, priorities, externalReference,
                    overdueAt, overdueClock);
        }
    }
}
