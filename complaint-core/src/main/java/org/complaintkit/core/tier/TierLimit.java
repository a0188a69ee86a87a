package org.complaintkit.core.tier;

import java.util.Objects;
import org.complaintkit.api.complaint.Money;
import org.complaintkit.spi.organisation.AuthorityAction;

/**
 * How far one tier may go in one action: up to an amount (inclusive, in that amount's currency), or without a
 * limit of the tier's own. Every tier of a ladder states one limit per {@link AuthorityAction}; nothing is assumed
 * for an action a tier leaves out (the ladder refuses it).
 *
 * <p>Immutable and thread-safe. Write one with {@link #upTo} or {@link #unlimited}.
 *
 * @param action what the limit governs
 * @param upTo the highest amount the tier may grant, or null for no limit of the tier's own
 */
public record TierLimit(AuthorityAction action, Money upTo) {

    /**
     * Checks the action.
     *
     * @param action what the limit governs
     * @param upTo the highest amount, or null for no limit of the tier's own
     */
    public TierLimit {
        Objects.requireNonNull(action, "action");
    }

    /**
     * A limit up to an amount, inclusive.
     *
     * @param action what the limit governs
     * @param amount the highest amount; an amount in another currency is beyond it
     * @return the limit
     */
    public static TierLimit upTo(AuthorityAction action, Money amount) {
        return new TierLimit(action, Objects.requireNonNull(amount, "amount"));
    }

    /**
     * No limit of the tier's own: the directory's authority limits and the emergency-payment caps still apply.
     *
     * @param action what the limit governs
     * @return the limit
     */
    public static TierLimit unlimited(AuthorityAction action) {
        return new TierLimit(action, null);
    }

    /**
     * Whether the tier may grant an amount: no limit, or an amount in the limit's currency not above it.
     *
     * @param amount the amount
     * @return true if within the limit
     */
    public boolean allows(Money amount) {
        return upTo == null || (upTo.currency().equals(amount.currency())
                && amount.amount().compareTo(upTo.amount()) <= 0);
    }

    /**
     * Names the limit as a refusal does, such as {@code "up to 200 CNY"} or {@code "without a limit"}.
     *
     * @return the description
     */
    public String describe() {
        return upTo == null ? "without a limit" : "up to " + upTo.amount().toPlainString() + " " + upTo.currency();
    }
}
