package org.complaintkit.api.complaint;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.complaintkit.api.organisation.StaffId;

/**
 * The state of one complaint: the fold of its events, at a version. Components that a complaint
 * gains on its way (assignment, resolution, response, ...) are null until the event that sets
 * them. Personal data inside is {@link Sensitive} and never printed.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id the complaint's id
 * @param version the number of events folded; the sequence number of the last one
 * @param status where the complaint stands
 * @param registration the register entry
 * @param assignment who handles it, or null before assignment
 * @param resolution the latest proposed resolution, or null
 * @param approvedBy who approved the current resolution, or null
 * @param response what the customer was last told, or null
 * @param satisfaction the customer's latest answer at the return visit, or null
 * @param pauseReason why handling waits, while {@link ComplaintStatus#PAUSED}; otherwise null
 * @param reinvestigations how many times the complaint went back to investigation after a response or review
 * @param liability the liability recorded at closure, or null
 * @param rootCause the root cause recorded at closure, or null
 * @param referredTo the external body it was last referred to, or null
 * @param mergedInto the complaint this one was merged into, or null
 * @param lastChangedAt the time of the last event
 * @param endorsedBy who approved the earlier steps of a several-step approval of the current resolution, in step
 *     order (step 1 first), since it was last proposed; empty when the approval matrix asks for one step, and
 *     again after a new proposal or a send-back
 */
public record ComplaintState(
        ComplaintId id,
        long version,
        ComplaintStatus status,
        Registration registration,
        Assignment assignment,
        Resolution resolution,
        StaffId approvedBy,
        CustomerResponse response,
        Satisfaction satisfaction,
        PauseReason pauseReason,
        int reinvestigations,
        Liability liability,
        Sensitive rootCause,
        ExternalBody referredTo,
        ComplaintId mergedInto,
        Instant lastChangedAt,
        List<StaffId> endorsedBy) {

    /**
     * Checks the components that every state has.
     *
     * @param id the complaint's id
     * @param version the number of events folded; the sequence number of the last one
     * @param status where the complaint stands
     * @param registration the register entry
     * @param assignment who handles it, or null before assignment
     * @param resolution the latest proposed resolution, or null
     * @param approvedBy who approved the current resolution, or null
     * @param response what the customer was last told, or null
     * @param satisfaction the customer's latest answer at the return visit, or null
     * @param pauseReason why handling waits, while {@link ComplaintStatus#PAUSED}; otherwise null
     * @param reinvestigations how many times the complaint went back to investigation after a response or review
     * @param liability the liability recorded at closure, or null
     * @param rootCause the root cause recorded at closure, or null
     * @param referredTo the external body it was last referred to, or null
     * @param mergedInto the complaint this one was merged into, or null
     * @param lastChangedAt the time of the last event
     * @param endorsedBy who approved the earlier steps of the current resolution, in step order
     */
    public ComplaintState {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(registration, "registration");
        Objects.requireNonNull(lastChangedAt, "lastChangedAt");
        endorsedBy = List.copyOf(endorsedBy);
        if (version < 1) {
            throw new IllegalArgumentException("version must be at least 1");
        }
    }

    /**
     * A state with no step of a several-step approval given: the components every state had before approvals
     * came in steps.
     *
     * @param id the complaint's id
     * @param version the number of events folded; the sequence number of the last one
     * @param status where the complaint stands
     * @param registration the register entry
     * @param assignment who handles it, or null before assignment
     * @param resolution the latest proposed resolution, or null
     * @param approvedBy who approved the current resolution, or null
     * @param response what the customer was last told, or null
     * @param satisfaction the customer's latest answer at the return visit, or null
     * @param pauseReason why handling waits, while {@link ComplaintStatus#PAUSED}; otherwise null
     * @param reinvestigations how many times the complaint went back to investigation after a response or review
     * @param liability the liability recorded at closure, or null
     * @param rootCause the root cause recorded at closure, or null
     * @param referredTo the external body it was last referred to, or null
     * @param mergedInto the complaint this one was merged into, or null
     * @param lastChangedAt the time of the last event
     */
    public ComplaintState(ComplaintId id, long version, ComplaintStatus status, Registration registration,
                          Assignment assignment, Resolution resolution, StaffId approvedBy, CustomerResponse response,
                          Satisfaction satisfaction, PauseReason pauseReason, int reinvestigations,
                          Liability liability, Sensitive rootCause, ExternalBody referredTo, ComplaintId mergedInto,
                          Instant lastChangedAt) {
        this(id, version, status, registration, assignment, resolution, approvedBy, response, satisfaction,
                pauseReason, reinvestigations, liability, rootCause, referredTo, mergedInto, lastChangedAt, List.of());
    }

    /**
     * Tells whether the complaint is about a staff member, who is then recused from it.
     *
     * @param staff the staff member
     * @return true if the complaint names this person as its subject
     */
    public boolean isAbout(StaffId staff) {
        return registration.isAbout(staff);
    }
}
