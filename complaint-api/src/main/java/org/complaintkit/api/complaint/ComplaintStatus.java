package org.complaintkit.api.complaint;

/**
 * Where a complaint stands in its lifecycle. The allowed moves between statuses are the
 * engine's transition table (see {@code docs/lifecycle.md} for the diagram).
 */
public enum ComplaintStatus {
    /** Registered; acceptance not yet decided (接收 / 登记). */
    REGISTERED(true),
    /** Accepted for handling (受理); not yet assigned. */
    ACCEPTED(true),
    /** Not accepted (不予受理), with a reason told to the complainant. */
    NOT_ACCEPTED(false),
    /** Assigned to a first-responsible unit (分派); investigation not yet started. */
    ASSIGNED(true),
    /** Under investigation (调查核实). */
    INVESTIGATING(true),
    /** Handling waits for the customer or a third party, with a reason code. */
    PAUSED(true),
    /** A resolution is proposed and awaits approval (审批). */
    AWAITING_APPROVAL(true),
    /** The resolution is settled and may be told to the customer. */
    RESOLVED(true),
    /** The customer has been told the result (回复); satisfaction may be recorded. */
    RESPONDED(true),
    /** A review (核查) of the decision was requested and is under way. */
    UNDER_REVIEW(true),
    /** Referred to mediation, arbitration, an ombudsman, a regulator or a court. */
    REFERRED(true),
    /** Closed, with the bank's liability and the root cause recorded (总结). */
    CLOSED(false),
    /** Withdrawn by the complainant. */
    WITHDRAWN(false),
    /** Merged into an earlier complaint as a repeat. */
    MERGED(false);

    private final boolean open;

    ComplaintStatus(boolean open) {
        this.open = open;
    }

    /**
     * Tells whether handling is still under way. The statuses that are not open are the ends of
     * the lifecycle; a closed complaint can still be reviewed or referred.
     *
     * @return true if open
     */
    public boolean isOpen() {
        return open;
    }
}
