package org.complaintkit.core.learning;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;
import org.complaintkit.api.complaint.ComplaintId;
import org.complaintkit.api.complaint.RemediationAction;
import org.complaintkit.api.organisation.StaffId;

/**
 * A remediation action as planned on a complaint, and whether it is done. When one complaint plans the same
 * action twice, the later plan replaces the earlier and reopens it.
 *
 * <p>Immutable and thread-safe.
 *
 * @param rootCauseId the root cause the action remedies
 * @param action the action: what, who owns it, by when
 * @param plannedOn the complaint on which it was planned (where {@code CompleteRemediation} goes)
 * @param plannedAt when it was planned
 * @param plannedBy who planned it
 * @param completedAt when it was done, or null
 * @param completedBy who recorded it done, or null
 */
public record PlannedAction(String rootCauseId, RemediationAction action, ComplaintId plannedOn, Instant plannedAt,
                            StaffId plannedBy, Instant completedAt, StaffId completedBy) {

    /** Where an action stands on a given day. */
    public enum Status {
        /** Not done, and its due day has not passed. */
        OPEN,
        /** Not done, and its due day has passed. */
        OVERDUE,
        /** Done on or before its due day. */
        DONE,
        /** Done after its due day. */
        DONE_LATE
    }

    /**
     * Checks the components.
     *
     * @param rootCauseId the root cause
     * @param action the action
     * @param plannedOn the complaint it was planned on
     * @param plannedAt when it was planned
     * @param plannedBy who planned it
     * @param completedAt when it was done, or null
     * @param completedBy who recorded it done, or null
     */
    public PlannedAction {
        Objects.requireNonNull(rootCauseId, "rootCauseId");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(plannedOn, "plannedOn");
        Objects.requireNonNull(plannedAt, "plannedAt");
        Objects.requireNonNull(plannedBy, "plannedBy");
    }

    /**
     * Tells whether the action is done.
     *
     * @return true once completed
     */
    public boolean done() {
        return completedAt != null;
    }

    /**
     * Returns where the action stands on a day.
     *
     * @param asOf the day
     * @param zone the zone that completion instants are read in
     * @return its status
     */
    public Status status(LocalDate asOf, ZoneId zone) {
        if (completedAt != null) {
            return LocalDate.ofInstant(completedAt, zone).isAfter(action.due()) ? Status.DONE_LATE : Status.DONE;
        }
        return asOf.isAfter(action.due()) ? Status.OVERDUE : Status.OPEN;
    }

    PlannedAction completed(Instant at, StaffId by) {
        return new PlannedAction(rootCauseId, action, plannedOn, plannedAt, plannedBy, at, by);
    }
}
