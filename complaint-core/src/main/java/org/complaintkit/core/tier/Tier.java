package org.complaintkit.core.tier;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.complaintkit.api.organisation.Role;
import org.complaintkit.api.organisation.TierId;
import org.complaintkit.spi.organisation.AuthorityAction;

/**
 * One tier of a {@link TierLadder}: its id, its name as the bank says it, the roles its staff hold (a staff member
 * holding one of them stands at this tier; with an organisation directory, the directory's roles count, never the
 * caller's claim) and how far it may go in each {@link AuthorityAction}.
 *
 * <p>Immutable and thread-safe. The ladder checks that it is complete ({@code CMP-4035}).
 *
 * @param id the tier's id, recorded with each hand-up
 * @param name the tier's name, such as {@code "座席员 agent"}; no personal data
 * @param roles the roles staff at this tier hold; copied
 * @param limits one limit per action; copied
 */
public record Tier(TierId id, String name, Set<Role> roles, List<TierLimit> limits) {

    /**
     * Checks and copies the components.
     *
     * @param id the tier's id
     * @param name the tier's name
     * @param roles the roles staff at this tier hold
     * @param limits one limit per action
     */
    public Tier {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        roles = Set.copyOf(roles);
        limits = List.copyOf(limits);
    }

    /**
     * A tier.
     *
     * @param id the tier's id
     * @param name the tier's name
     * @param roles the roles staff at this tier hold
     * @param limits one limit per action
     * @return the tier
     */
    public static Tier of(String id, String name, Set<Role> roles, TierLimit... limits) {
        return new Tier(TierId.of(id), name, roles, List.of(limits));
    }

    /**
     * Returns the tier's limit for an action.
     *
     * @param action the action
     * @return the limit, or empty if the tier states none (a ladder never holds such a tier)
     */
    public Optional<TierLimit> limit(AuthorityAction action) {
        return limits.stream().filter(l -> l.action() == action).findFirst();
    }

    /**
     * Whether a staff member with these roles stands at this tier.
     *
     * @param held the staff member's roles
     * @return true if they hold one of the tier's roles
     */
    public boolean heldBy(Set<Role> held) {
        return roles.stream().anyMatch(held::contains);
    }

    @Override
    public String toString() {
        return id + " (" + name + ")";
    }
}
