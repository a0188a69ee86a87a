package org.complaintkit.core.lifecycle;

import java.util.Objects;
import org.complaintkit.api.command.ProposeResolution;
import org.complaintkit.api.complaint.ComplaintState;
import org.complaintkit.api.complaint.Money;

/**
 * Decides whether a proposed resolution needs approval before the customer is told (DOMAIN.md §1
 * step 7). Whatever the rule, an approver is never the proposer.
 *
 * <p>Implementations are immutable and thread-safe.
 */
@FunctionalInterface
public interface ApprovalRule {

    /**
     * Tells whether a proposal needs approval.
     *
     * @param state the complaint before the proposal
     * @param proposal the proposal
     * @return true if it must be approved
     */
    boolean requiresApproval(ComplaintState state, ProposeResolution proposal);

    /**
     * Every proposal needs approval: the default, as the seeds' procedures have the leadership
     * approve every resolution.
     *
     * @return the rule
     */
    static ApprovalRule always() {
        return (state, proposal) -> true;
    }

    /**
     * No proposal needs approval.
     *
     * @return the rule
     */
    static ApprovalRule never() {
        return (state, proposal) -> false;
    }

    /**
     * A proposal needs approval when it offers compensation above a limit; a compensation in
     * another currency than the limit's always needs approval.
     *
     * @param limit the highest compensation that needs no approval
     * @return the rule
     */
    static ApprovalRule whenCompensationAbove(Money limit) {
        Objects.requireNonNull(limit, "limit");
        return (state, proposal) -> {
            Money offered = proposal.compensation();
            if (offered == null) {
                return false;
            }
            return !offered.currency().equals(limit.currency()) || offered.compareTo(limit) > 0;
        };
    }
}
