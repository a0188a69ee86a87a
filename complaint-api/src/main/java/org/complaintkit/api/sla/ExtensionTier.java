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
     * Tells whether a role must approve the extension.
     *
     * @return true if {@link #approvedBy()} is set
     */
    public boolean needsApproval() {
        return approvedBy != null;
    }
}
