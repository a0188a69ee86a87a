package org.complaintkit.core.accountability;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.complaintkit.api.complaint.AccountabilityTrigger;
import org.complaintkit.api.organisation.Role;
import org.complaintkit.api.error.ConfigurationException;
import org.complaintkit.api.error.ErrorCode;

/**
 * Which triggers make the engine open an accountability case on its own (seed 002 第二篇 三.3). {@link #none()}
 * opens none; the commands {@code RecordResponsibility} and {@code DecideAccountability} work either way, but a
 * decision needs an open case.
 *
 * <p>The policy also names who may record a responsibility finding ({@link #recordedBy}; by default a
 * {@code handler}, {@code complaint-manager} or {@code approver}) and who may decide a case ({@link #decidedBy}; by
 * default an {@code approver}, {@code complaint-manager} or {@code superior-approver}): the actor needs one of the
 * roles, read from the organisation directory where the engine has one, else from the actor.
 *
 * <p>Immutable and thread-safe.
 */
public final class AccountabilityPolicy {
    /** The roles that record a responsibility finding unless the policy names others. */
    private static final Set<Role> DEFAULT_RECORDERS = Set.of(Role.HANDLER, Role.COMPLAINT_MANAGER, Role.APPROVER);
    /** The roles that decide an accountability case unless the policy names others. */
    private static final Set<Role> DEFAULT_DECIDERS = Set.of(Role.APPROVER, Role.COMPLAINT_MANAGER,
            Role.of("superior-approver"));
    private static final AccountabilityPolicy NONE = new AccountabilityPolicy(EnumSet.noneOf(AccountabilityTrigger.class));

    private final Set<AccountabilityTrigger> triggers;
    private final Set<Role> recorders;
    private final Set<Role> deciders;

    private AccountabilityPolicy(Set<AccountabilityTrigger> triggers) {
        this(triggers, DEFAULT_RECORDERS, DEFAULT_DECIDERS);
    }

    private AccountabilityPolicy(Set<AccountabilityTrigger> triggers, Set<Role> recorders, Set<Role> deciders) {
        this.triggers = Set.copyOf(triggers);
        this.recorders = Set.copyOf(recorders);
        this.deciders = Set.copyOf(deciders);
    }

    /**
     * Returns this policy with the roles that may record a responsibility finding ({@code RecordResponsibility})
     * replaced: the recorder needs one of them.
     *
     * @param roles at least one role
     * @return the policy
     * @throws ConfigurationException coded {@code CMP-4041} if no role is given
     */
    public AccountabilityPolicy recordedBy(Role... roles) {
        return new AccountabilityPolicy(triggers, roles("recordedBy", roles), deciders);
    }

    /**
     * Returns this policy with the roles that may decide an accountability case ({@code DecideAccountability})
     * replaced: the decider needs one of them.
     *
     * @param roles at least one role
     * @return the policy
     * @throws ConfigurationException coded {@code CMP-4041} if no role is given
     */
    public AccountabilityPolicy decidedBy(Role... roles) {
        return new AccountabilityPolicy(triggers, recorders, roles("decidedBy", roles));
    }

    private static Set<Role> roles(String field, Role[] roles) {
        Objects.requireNonNull(roles, field);
        if (roles.length == 0 || Arrays.stream(roles).anyMatch(Objects::isNull)) {
            throw ConfigurationException.of(ErrorCode.ACCOUNTABILITY_ROLES_EMPTY, field,
                    "an accountability policy names at least one role, none of them missing, for " + field);
        }
        return Set.of(Arrays.stream(roles).distinct().toArray(Role[]::new));
    }

    /**
     * Returns the roles of which a recorder of a responsibility finding needs one.
     *
     * @return the roles, never empty
     */
    public Set<Role> recorders() {
        return recorders;
    }

    /**
     * Returns the roles of which the decider of an accountability case needs one.
     *
     * @return the roles, never empty
     */
    public Set<Role> deciders() {
        return deciders;
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
        return "AccountabilityPolicy" + EnumSet.copyOf(isOff() ? EnumSet.noneOf(AccountabilityTrigger.class) : triggers)
                + " recordedBy" + recorders.stream().map(Role::code).sorted().toList()
                + " decidedBy" + deciders.stream().map(Role::code).sorted().toList();
    }
}
