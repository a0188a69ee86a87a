package org.complaintkit.api.sla;

import java.util.Objects;
import org.complaintkit.api.error.Checks;
import org.complaintkit.api.organisation.Role;

/**
 * One step by which a clock may be extended, such as CBIRC Art. 18's "extend to 30 days" and "a
 * further 30 days with approval". A clock's tiers are taken in order: a complaint may move only to a
 * later tier, and the last tier is the cap. The tier's target replaces the clock's target, measured from
 * the same start with the same pauses excluded.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id a stable identifier, such as {@code complex}
 * @param target the target once extended to this tier
 * @param approvedBy the role the acting staff member must hold, or null if any handler may extend
 * @param customerNotice whether the customer must be told, with the reason and the new deadline
 */
public record ExtensionTier(String id, ClockTarget target, Role approvedBy, boolean customerNotice) {

    /**
     * Checks the components.
     *
     * @param id a stable identifier, such as {@code complex}
     * @param target the target once extended to this tier
     * @param approvedBy the role the acting staff member must hold, or null if any handler may extend
     * @param customerNotice whether the customer must be told, with the reason and the new deadline
     */
    public ExtensionTier {
        Checks.identifier(id, "tier.id");
        Objects.requireNonNull(target, "target");
    }

    /**
     * A tier any handler may extend to, without telling the customer; require an approving role with
     * {@link #approvedBy(Role)} and a customer notice with {@link #withCustomerNotice()}.
     *
     * @param id a stable identifier, such as {@code complex}
     * @param target the target once extended to this tier
     * @return the tier
     */
    public static ExtensionTier of(String id, ClockTarget target) {
        return new ExtensionTier(id, target, null, false);
    }

    /**
     * Returns this tier with a role that must approve the extension.
     *
     * @param role the role the acting staff member must hold
     * @return a copy that needs the role
     * @throws org.complaintkit.api.error.InvalidInputException coded REQUIRED if the role is missing
     */
    public ExtensionTier approvedBy(Role role) {
        return new ExtensionTier(id, target, Checks.required(role, "tier.approvedBy"), customerNotice);
    }

    /**
     * Returns this tier requiring that the customer be told, with the reason and the new deadline.
     *
     * @return a copy that requires a customer notice
     */
    public ExtensionTier withCustomerNotice() {
        return new ExtensionTier(id, target, approvedBy, true);
    }

    /**
     * Tells whether a role must approve the extension.
     *
     * @return true if {@link #approvedBy()} is set
     */
    public boolean needsApproval() {
        return approvedBy != null;
    }
}
