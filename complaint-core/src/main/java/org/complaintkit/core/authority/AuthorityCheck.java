package org.complaintkit.core.authority;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.complaintkit.api.complaint.CustomerSegment;
import org.complaintkit.api.complaint.Money;
import org.complaintkit.api.error.ErrorCode;
import org.complaintkit.api.error.Violation;
import org.complaintkit.api.organisation.Role;
import org.complaintkit.spi.organisation.AuthorityAction;
import org.complaintkit.spi.organisation.AuthorityLimit;
import java.util.Currency;

/**
 * Checks an amount against the authority limits of a staff member's roles (DOMAIN.md §7). A staff member
 * may grant up to the highest limit among their roles for the action, the customer's segment and the
 * amount's currency. When the organisation has no limits at all, nothing is checked; when it has limits
 * but none for the staff member's roles, they may grant nothing.
 *
 * <p>Immutable and thread-safe.
 */
public final class AuthorityCheck {
    private final List<AuthorityLimit> limits;

    /**
     * Creates a check over an organisation's limits.
     *
     * @param limits the limits, as the organisation directory gives them
     */
    public AuthorityCheck(List<AuthorityLimit> limits) {
        this.limits = List.copyOf(limits);
    }

    /**
     * Returns the highest amount the roles may grant for an action and a customer segment in a currency.
     *
     * @param roles the staff member's roles
     * @param action the action
     * @param segment the customer's segment
     * @param currency the amount's currency
     * @return the limit, or empty if the roles have none (or the organisation sets no limits)
     */
    public Optional<AuthorityLimit> limitFor(Set<Role> roles, AuthorityAction action, CustomerSegment segment,
                                             Currency currency) {
        AuthorityLimit best = null;
        for (AuthorityLimit limit : limits) {
            if (roles.contains(limit.role()) && limit.action() == action && limit.appliesTo(segment)
                    && limit.limit().currency().equals(currency)
                    && (best == null || limit.limit().amount().compareTo(best.limit().amount()) > 0)) {
                best = limit;
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * Checks an amount.
     *
     * @param roles the staff member's roles
     * @param action the action
     * @param segment the customer's segment
     * @param amount the amount, or null for none
     * @return a violation coded {@code CMP-2110} if the amount exceeds the roles' authority, else empty
     */
    public Optional<Violation> check(Set<Role> roles, AuthorityAction action, CustomerSegment segment, Money amount) {
        Objects.requireNonNull(roles, "roles");
        if (amount == null || limits.isEmpty() || amount.amount().compareTo(BigDecimal.ZERO) <= 0) {
            return Optional.empty();
        }
        Optional<AuthorityLimit> limit = limitFor(roles, action, segment, amount.currency());
        if (limit.isPresent() && amount.amount().compareTo(limit.get().limit().amount()) <= 0) {
            return Optional.empty();
        }
        String allowed = limit.map(l -> "up to " + l.limit().amount().toPlainString() + " " + l.limit().currency()
                + " (role " + l.role() + ")").orElse("nothing");
        return Optional.of(new Violation(ErrorCode.AUTHORITY_EXCEEDED, "actor", action + " of "
                + amount.amount().toPlainString() + " " + amount.currency() + " for a " + segment
                + " customer: the actor's roles allow " + allowed));
    }
}
