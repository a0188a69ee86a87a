package org.complaintkit.core.tier;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.complaintkit.api.error.ConfigurationException;
import org.complaintkit.api.error.ErrorCode;
import org.complaintkit.api.organisation.UnitId;
import org.complaintkit.spi.organisation.DepartmentKind;

/**
 * Which complaints a {@link TierLadder} applies to. Seed 003's tiers are the card centre's (信用卡中心) way of working,
 * not the whole bank's: a complaint outside the scope has no tier, is never checked against one, and cannot be handed
 * up one ({@code CMP-2195}).
 *
 * <p>A complaint is placed where the engine handles it: the unit it was last escalated to, else its first-responsible
 * unit or department, else (before it is assigned) the receiving unit and the department of its first-contact owner,
 * as the organisation directory lists them. The scope is read again at each command, so a complaint that leaves the
 * scope stops being tiered, and one that comes back stands at the tier it was last handed up to.
 *
 * <p>There is no default scope: a ladder without one is refused when the engine is built ({@code CMP-4039}).
 * {@link #units} and {@link #departments} read the organisation directory, and an engine without one refuses them at
 * build ({@code CMP-4038}); {@link #bankWide} needs none.
 *
 * <p>Immutable and thread-safe.
 */
public sealed interface TierScope {

    /**
     * Every complaint the engine handles is tiered: only for a bank (or an engine) whose every complaint is handled by
     * the ladder's tiers, asked for in so many words.
     *
     * @return the scope
     */
    static TierScope bankWide() {
        return BankWide.INSTANCE;
    }

    /**
     * Complaints handled at one of these units or at a unit below one of them in the organisation directory.
     *
     * @param units the units; at least one
     * @return the scope
     * @throws ConfigurationException coded {@code CMP-4039} when no unit is named
     */
    static TierScope units(UnitId... units) {
        return new Units(Set.copyOf(Arrays.asList(units)));
    }

    /**
     * Complaints handled by a department of one of these kinds, such as {@link DepartmentKind#CARD_CENTRE}, in
     * whichever unit it sits.
     *
     * @param kinds the department kinds; at least one
     * @return the scope
     * @throws ConfigurationException coded {@code CMP-4039} when no kind is named
     */
    static TierScope departments(DepartmentKind... kinds) {
        return new Departments(Set.copyOf(Arrays.asList(kinds)));
    }

    /**
     * Whether the scope is read from the organisation directory.
     *
     * @return true for {@link Units} and {@link Departments}
     */
    boolean needsDirectory();

    /**
     * Describes the scope for refusals and logs, such as {@code "departments of kind [CARD_CENTRE]"}.
     *
     * @return the description
     */
    String describe();

    /** Every complaint is tiered. */
    enum BankWide implements TierScope {
        /** The one bank-wide scope. */
        INSTANCE;

        @Override
        public boolean needsDirectory() {
            return false;
        }

        @Override
        public String describe() {
            return "every complaint (bank-wide)";
        }
    }

    /**
     * Complaints handled at these units or below them.
     *
     * @param units the units; copied, not empty
     */
    record Units(Set<UnitId> units) implements TierScope {

        /**
         * Checks and copies the units.
         *
         * @param units the units; not empty
         */
        public Units {
            units = Set.copyOf(Objects.requireNonNull(units, "units"));
            if (units.isEmpty()) {
                throw ConfigurationException.of(ErrorCode.TIER_SCOPE_MISSING, "scope.units",
                        "a tier scope of units names at least one unit");
            }
        }

        @Override
        public boolean needsDirectory() {
            return true;
        }

        @Override
        public String describe() {
            return "units " + sorted(units.stream().map(UnitId::toString).toList()) + " and the units below them";
        }
    }

    /**
     * Complaints handled by departments of these kinds.
     *
     * @param kinds the department kinds; copied, not empty
     */
    record Departments(Set<DepartmentKind> kinds) implements TierScope {

        /**
         * Checks and copies the kinds.
         *
         * @param kinds the department kinds; not empty
         */
        public Departments {
            kinds = Set.copyOf(Objects.requireNonNull(kinds, "kinds"));
            if (kinds.isEmpty()) {
                throw ConfigurationException.of(ErrorCode.TIER_SCOPE_MISSING, "scope.departments",
                        "a tier scope of departments names at least one department kind");
            }
        }

        @Override
        public boolean needsDirectory() {
            return true;
        }

        @Override
        public String describe() {
            return "departments of kind " + sorted(kinds.stream().map(DepartmentKind::name).toList());
        }
    }

    /** The names sorted, for a stable description. */
    private static List<String> sorted(List<String> names) {
        return names.stream().sorted(Comparator.naturalOrder()).collect(Collectors.toList());
    }
}
