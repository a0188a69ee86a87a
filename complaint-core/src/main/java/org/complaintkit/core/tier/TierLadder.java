package org.complaintkit.core.tier;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.complaintkit.api.complaint.Money;
import org.complaintkit.api.error.ConfigurationException;
import org.complaintkit.api.error.ErrorCode;
import org.complaintkit.api.error.Violation;
import org.complaintkit.api.organisation.Role;
import org.complaintkit.api.organisation.TierId;
import org.complaintkit.api.organisation.UnitId;
import org.complaintkit.spi.organisation.AuthorityAction;
import org.complaintkit.spi.organisation.DepartmentKind;

/**
 * Tiered handling as data (分级、分权限的投诉处理方法, seed 003): tiers from the lowest to the highest, each with the
 * roles its staff hold and the amounts it may grant. A complaint starts at the lowest tier and is handed up one tier
 * at a time ({@code HandUpTier}); a resolution, an approval or an emergency payment beyond its current tier's
 * authority is refused with the tier to hand it up to, and only staff at its tier or above act on it so.
 *
 * <p>A ladder applies to the complaints of its {@link TierScope}, such as those the card centre handles
 * ({@link #within(DepartmentKind...)}); the others have no tier and are not checked. {@link #of} gives a ladder
 * without a scope, which an engine refuses ({@code CMP-4039}) until the host says which complaints it tiers, with
 * {@code within(...)} or {@link #bankWide()}: there is no default.
 *
 * <p>{@link #of} refuses a contradictory ladder, every problem at once: {@code CMP-4035} for an incomplete one (no
 * tiers, an id twice, a tier without name or roles, an action without a limit or with two), {@code CMP-4036} for a
 * role at two tiers, {@code CMP-4037} for a tier allowing less than one below it (or in another currency).
 *
 * <p>Immutable and thread-safe.
 */
public final class TierLadder {
    private final List<Tier> tiers;
    private final TierScope scope;

    private TierLadder(List<Tier> tiers, TierScope scope) {
        this.tiers = List.copyOf(tiers);
        this.scope = scope;
    }

    /**
     * A ladder from its tiers, lowest first, with no scope yet: give it one with {@code within(...)} or
     * {@link #bankWide()} before an engine takes it.
     *
     * @param tiers the tiers, lowest first
     * @return the ladder
     * @throws ConfigurationException listing every contradiction, coded {@code CMP-4035}, {@code CMP-4036} or
     *     {@code CMP-4037}
     */
    public static TierLadder of(Tier... tiers) {
        return of(Arrays.asList(tiers));
    }

    /**
     * A ladder from its tiers, lowest first, with no scope yet: give it one with {@code within(...)} or
     * {@link #bankWide()} before an engine takes it.
     *
     * @param tiers the tiers, lowest first
     * @return the ladder
     * @throws ConfigurationException listing every contradiction, coded {@code CMP-4035}, {@code CMP-4036} or
     *     {@code CMP-4037}
     */
    public static TierLadder of(List<Tier> tiers) {
        Objects.requireNonNull(tiers, "tiers");
        List<Violation> problems = new ArrayList<>();
        if (tiers.isEmpty()) {
            problems.add(new Violation(ErrorCode.INVALID_TIER_LADDER, "tiers", "a tier ladder needs at least one tier"));
        }
        Set<TierId> ids = new HashSet<>();
        Map<Role, TierId> roleAt = new HashMap<>();
        for (int i = 0; i < tiers.size(); i++) {
            Tier tier = Objects.requireNonNull(tiers.get(i), "tier");
            String path = "tiers[" + i + "]";
            if (!ids.add(tier.id())) {
                problems.add(new Violation(ErrorCode.INVALID_TIER_LADDER, path + ".id", "tier " + tier.id()
                        + " is named twice"));
            }
            if (tier.name().isBlank()) {
                problems.add(new Violation(ErrorCode.INVALID_TIER_LADDER, path + ".name", "tier " + tier.id()
                        + " has no name"));
            }
            if (tier.roles().isEmpty()) {
                problems.add(new Violation(ErrorCode.INVALID_TIER_LADDER, path + ".roles", "tier " + tier.id()
                        + " names no role, so no staff member stands at it"));
            }
            for (Role role : tier.roles().stream().sorted((a, b) -> a.code().compareTo(b.code())).toList()) {
                TierId other = roleAt.putIfAbsent(role, tier.id());
                if (other != null) {
                    problems.add(new Violation(ErrorCode.TIER_ROLE_SHARED, path + ".roles", "role " + role
                            + " is named at tier " + other + " and at tier " + tier.id()));
                }
            }
            for (AuthorityAction action : AuthorityAction.values()) {
                long stated = tier.limits().stream().filter(l -> l.action() == action).count();
                if (stated != 1) {
                    problems.add(new Violation(ErrorCode.INVALID_TIER_LADDER, path + ".limits", "tier " + tier.id()
                            + (stated == 0 ? " states no limit for " : " states " + stated + " limits for ") + action
                            + "; state one, upTo(...) or unlimited(...)"));
                }
            }
            if (i > 0) {
                decreases(tiers.get(i - 1), tier, path, problems);
            }
        }
        if (!problems.isEmpty()) {
            throw new ConfigurationException(problems);
        }
        return new TierLadder(tiers, null);
    }

    /**
     * The same tiers, applied to the complaints of a scope only (replacing any scope this ladder had).
     *
     * @param scope the complaints the ladder applies to
     * @return the scoped ladder
     */
    public TierLadder within(TierScope scope) {
        return new TierLadder(tiers, Objects.requireNonNull(scope, "scope"));
    }

    /**
     * The same tiers, applied to complaints handled at these units or below them ({@link TierScope#units}); the
     * engine needs an organisation directory that knows the units.
     *
     * @param units the units; at least one
     * @return the scoped ladder
     * @throws ConfigurationException coded {@code CMP-4039} when no unit is named
     */
    public TierLadder within(UnitId... units) {
        return within(TierScope.units(units));
    }

    /**
     * The same tiers, applied to complaints handled by departments of these kinds ({@link TierScope#departments}),
     * such as {@link DepartmentKind#CARD_CENTRE}; the engine needs an organisation directory.
     *
     * @param kinds the department kinds; at least one
     * @return the scoped ladder
     * @throws ConfigurationException coded {@code CMP-4039} when no kind is named
     */
    public TierLadder within(DepartmentKind... kinds) {
        return within(TierScope.departments(kinds));
    }

    /**
     * The same tiers, applied to every complaint the engine handles ({@link TierScope#bankWide}): for an engine
     * whose every complaint is handled by these tiers. Every proposal, approval and emergency payment then needs a
     * tier's role.
     *
     * @return the bank-wide ladder
     */
    public TierLadder bankWide() {
        return within(TierScope.bankWide());
    }

    /**
     * Returns the complaints the ladder applies to.
     *
     * @return the scope, or empty for a ladder from {@link #of} not yet given one (an engine refuses it)
     */
    public Optional<TierScope> scope() {
        return Optional.ofNullable(scope);
    }

    /** Adds a violation for each action the upper tier may grant less of than the lower one. */
    private static void decreases(Tier lower, Tier upper, String path, List<Violation> problems) {
        for (AuthorityAction action : AuthorityAction.values()) {
            Optional<TierLimit> below = lower.limit(action);
            Optional<TierLimit> above = upper.limit(action);
            if (below.isEmpty() || above.isEmpty() || above.get().upTo() == null) {
                continue;
            }
            Money low = below.get().upTo();
            Money high = above.get().upTo();
            String problem = null;
            if (low == null) {
                problem = " is limited " + above.get().describe() + " while tier " + lower.id()
                        + " below it has no limit";
            } else if (!low.currency().equals(high.currency())) {
                problem = " is limited in " + high.currency() + " and tier " + lower.id() + " below it in "
                        + low.currency() + ", which cannot be compared";
            } else if (high.amount().compareTo(low.amount()) < 0) {
                problem = " may grant " + above.get().describe() + ", less than tier " + lower.id() + " below it ("
                        + below.get().describe() + ")";
            }
            if (problem != null) {
                problems.add(new Violation(ErrorCode.TIER_AUTHORITY_DECREASES, path + ".limits", action + ": tier "
                        + upper.id() + problem));
            }
        }
    }

    /**
     * The card centre's four tiers (seed 003: "实行分级（座席员、客户关心组、客服经理及高经）、分权限的投诉处理方法"),
     * with the sample bank's card-centre role codes ({@code card-agent}, {@code card-care-group},
     * {@code card-service-manager}, {@code card-senior-manager}).
     *
     * <p>The ladder applies to complaints handled by the card centre only: its scope is departments of kind
     * {@link DepartmentKind#CARD_CENTRE} (the sample bank's {@code HO-CARD}), so an engine taking it needs an
     * organisation directory. An engine that serves the card centre alone may take {@code cardCentre().bankWide()}.
     *
     * <p><b>The amounts are an illustrative bank's choice</b>: the seed names the tiers and says each has its own
     * authority, but gives no figure. Compensation: 200, 1,000, 5,000 and 50,000 CNY, as the sample bank's
     * {@code authority.csv} gives its card-centre roles. Emergency payments: none at the agent tier, then 1,000,
     * 5,000 and 10,000 CNY (the last is seed 002's ceiling for a VIP customer, 第二篇 四(三)4). A bank sets its own
     * with {@link #of}.
     *
     * @return the ladder, within the card centre
     */
    public static TierLadder cardCentre() {
        return cardCentreTiers().within(DepartmentKind.CARD_CENTRE);
    }

    /** The card centre's four tiers, without a scope. */
    private static TierLadder cardCentreTiers() {
        return of(
                Tier.of("agent", "座席员 agent", Set.of(Role.of("card-agent")),
                        TierLimit.upTo(AuthorityAction.COMPENSATION, Money.of("200", "CNY")),
                        TierLimit.upTo(AuthorityAction.EMERGENCY_PAYMENT, Money.of("0", "CNY"))),
                Tier.of("care-group", "客户关心组 customer-care group", Set.of(Role.of("card-care-group")),
                        TierLimit.upTo(AuthorityAction.COMPENSATION, Money.of("1000", "CNY")),
                        TierLimit.upTo(AuthorityAction.EMERGENCY_PAYMENT, Money.of("1000", "CNY"))),
                Tier.of("service-manager", "客服经理 customer-service manager",
                        Set.of(Role.of("card-service-manager")),
                        TierLimit.upTo(AuthorityAction.COMPENSATION, Money.of("5000", "CNY")),
                        TierLimit.upTo(AuthorityAction.EMERGENCY_PAYMENT, Money.of("5000", "CNY"))),
                Tier.of("senior-manager", "高经 senior manager", Set.of(Role.of("card-senior-manager")),
                        TierLimit.upTo(AuthorityAction.COMPENSATION, Money.of("50000", "CNY")),
                        TierLimit.upTo(AuthorityAction.EMERGENCY_PAYMENT, Money.of("10000", "CNY"))));
    }

    /**
     * Returns the tiers, lowest first.
     *
     * @return the tiers
     */
    public List<Tier> tiers() {
        return tiers;
    }

    /**
     * Returns the lowest tier, where every complaint starts.
     *
     * @return the tier
     */
    public Tier lowest() {
        return tiers.get(0);
    }

    /**
     * Finds a tier.
     *
     * @param id the tier's id
     * @return the tier, or empty if the ladder has none of that id
     */
    public Optional<Tier> tier(TierId id) {
        return tiers.stream().filter(t -> t.id().equals(id)).findFirst();
    }

    /**
     * Returns the place of a tier on the ladder.
     *
     * @param id the tier's id
     * @return 0 for the lowest tier, or -1 if the ladder has none of that id
     */
    public int rank(TierId id) {
        for (int i = 0; i < tiers.size(); i++) {
            if (tiers.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Returns the tier directly above one.
     *
     * @param id the tier's id
     * @return the tier above, or empty at the top (or for a tier not on the ladder)
     */
    public Optional<Tier> above(TierId id) {
        int rank = rank(id);
        return rank < 0 || rank + 1 >= tiers.size() ? Optional.empty() : Optional.of(tiers.get(rank + 1));
    }

    /**
     * Returns the highest tier a staff member with these roles stands at.
     *
     * @param roles the staff member's roles
     * @return the tier, or empty if they hold no tier's role
     */
    public Optional<Tier> highestHeldBy(Set<Role> roles) {
        for (int i = tiers.size() - 1; i >= 0; i--) {
            if (tiers.get(i).heldBy(roles)) {
                return Optional.of(tiers.get(i));
            }
        }
        return Optional.empty();
    }

    /**
     * Returns the lowest tier at or above a tier that may grant an amount.
     *
     * @param from the tier to start from
     * @param action the action
     * @param amount the amount
     * @return the tier, or empty if no tier from there up may grant it
     */
    public Optional<Tier> lowestAllowing(TierId from, AuthorityAction action, Money amount) {
        int rank = Math.max(rank(from), 0);
        for (int i = rank; i < tiers.size(); i++) {
            Tier tier = tiers.get(i);
            if (tier.limit(action).map(l -> l.allows(amount)).orElse(false)) {
                return Optional.of(tier);
            }
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return "TierLadder" + tiers + (scope == null ? " without a scope" : " within " + scope.describe());
    }
}
