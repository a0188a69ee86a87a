package org.complaintkit.spi.organisation;

import java.util.Objects;
import org.complaintkit.api.complaint.CustomerSegment;
import org.complaintkit.api.complaint.Money;
import org.complaintkit.api.organisation.Role;

/**
 * How far one role may go in one action: the highest amount it may grant alone, for one customer segment
 * or for all, and the kind of department that must co-approve (DOMAIN.md §7: emergency payments up to 5,000
 * for an ordinary and 10,000 for a VIP customer; compensation decided jointly with the line department).
 *
 * <p>Immutable and thread-safe.
 *
 * @param role the role
 * @param action what the limit governs
 * @param segment the customer segment it applies to, or null for every segment
 * @param limit the highest amount, inclusive
 * @param coApprover the kind of department that must co-approve, or null if none
 */
public record AuthorityLimit(Role role, AuthorityAction action, CustomerSegment segment, Money limit,
                             DepartmentKind coApprover) {

    /**
     * Checks the components.
     *
     * @param role the role
     * @param action what the limit governs
     * @param segment the customer segment, or null for every segment
     * @param limit the highest amount, inclusive
     * @param coApprover the kind of department that must co-approve, or null
     */
    public AuthorityLimit {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(limit, "limit");
    }

    /**
     * Tells whether the limit applies to a customer segment.
     *
     * @param customer the customer's segment
     * @return true if it applies
     */
    public boolean appliesTo(CustomerSegment customer) {
        return segment == null || segment.equals(customer);
    }
}
