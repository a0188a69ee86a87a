package org.complaintkit.core.accountability;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.complaintkit.api.complaint.AccountabilityTrigger;
import org.complaintkit.api.error.ConfigurationException;
import org.complaintkit.api.error.ErrorCode;

/**
 * Which triggers make the engine open an accountability case on its own (seed 002 第二篇 三.3). {@link #none()}
 * opens none; the commands {@code RecordResponsibility} and {@code DecideAccountability} work either way, but a
 * decision needs an open case.
 *
 * <p>Immutable and thread-safe.
 */
public final class AccountabilityPolicy {
    private static final AccountabilityPolicy NONE = new AccountabilityPolicy(EnumSet.noneOf(AccountabilityTrigger.class));

    private final Set<AccountabilityTrigger> triggers;

    private AccountabilityPolicy(Set<AccountabilityTrigger> triggers) {
        this.triggers = Set.copyOf(triggers);
    }

    /**
     * Opens no case: the engine's default.
     *
     * @return the policy
     */
    public static AccountabilityPolicy none() {
        return NONE;
    }

    /**
     * The seed's triggers, all three: an external channel (the head office or another body forwarded it), a repeat
     * and an overdue duty clock.
     *
     * @return the policy
     */
    public static AccountabilityPolicy seed002() {
        return new AccountabilityPolicy(EnumSet.allOf(AccountabilityTrigger.class));
    }

    /**
     * Opens cases on the triggers given.
     *
     * @param triggers at least one trigger
     * @return the policy
     * @throws ConfigurationException coded {@code CMP-4040} if none is given: say {@link #none()} instead
     */
    public static AccountabilityPolicy of(Set<AccountabilityTrigger> triggers) {
        Objects.requireNonNull(triggers, "triggers");
        if (triggers.isEmpty() || triggers.stream().anyMatch(Objects::isNull)) {
            throw ConfigurationException.of(ErrorCode.INVALID_ACCOUNTABILITY_POLICY, "triggers",
                    "an accountability policy opens cases on at least one trigger; AccountabilityPolicy.none() opens none");
        }
        return new AccountabilityPolicy(EnumSet.copyOf(triggers));
    }

    /**
     * Returns the triggers that open a case.
     *
     * @return the triggers; empty for {@link #none()}
     */
    public Set<AccountabilityTrigger> triggers() {
        return triggers;
    }

    /**
     * Tells whether the policy opens no case.
     *
     * @return true for {@link #none()}
     */
    public boolean isOff() {
        return triggers.isEmpty();
    }

    @Override
    public String toString() {
        return "AccountabilityPolicy" + EnumSet.copyOf(isOff() ? EnumSet.noneOf(AccountabilityTrigger.class) : triggers);
    }
}
