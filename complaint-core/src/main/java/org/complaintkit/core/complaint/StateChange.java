package org.complaintkit.core.complaint;

import org.complaintkit.api.complaint.Assignment;
import org.complaintkit.api.complaint.ComplaintId;
import org.complaintkit.api.complaint.ComplaintState;
import org.complaintkit.api.complaint.ComplaintStatus;
import org.complaintkit.api.complaint.CustomerResponse;
import org.complaintkit.api.complaint.ExternalBody;
import org.complaintkit.api.complaint.Liability;
import org.complaintkit.api.complaint.PauseReason;
import org.complaintkit.api.complaint.Resolution;
import org.complaintkit.api.complaint.Satisfaction;
import org.complaintkit.api.complaint.Sensitive;
import org.complaintkit.api.event.ComplaintEvent;
import org.complaintkit.api.organisation.StaffId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A state being changed by one event: starts from the state before, takes the event's version and
 * time, and lets the fold set only what the event changes. Used by one thread for one event.
 */
final class StateChange {
    private final ComplaintState before;
    private final long version;
    private final Instant at;
    private ComplaintStatus status;
    private Assignment assignment;
    private Resolution resolution;
    private StaffId approvedBy;
    private CustomerResponse response;
    private Satisfaction satisfaction;
    private PauseReason pauseReason;
    private int reinvestigations;
    private Liability liability;
    private Sensitive rootCause;
    private ExternalBody referredTo;
    private ComplaintId mergedInto;
    private List<StaffId> endorsedBy;

    StateChange(ComplaintState before, ComplaintEvent event) {
        this.before = before;
        this.version = event.sequence();
        this.at = event.occurredAt();
        this.status = before.status();
        this.assignment = before.assignment();
        this.resolution = before.resolution();
        this.approvedBy = before.approvedBy();
        this.response = before.response();
        this.satisfaction = before.satisfaction();
        this.pauseReason = before.pauseReason();
        this.reinvestigations = before.reinvestigations();
        this.liability = before.liability();
        this.rootCause = before.rootCause();
        this.referredTo = before.referredTo();
        this.mergedInto = before.mergedInto();
        this.endorsedBy = before.endorsedBy();
    }

    ComplaintState before() {
        return before;
    }

    StateChange status(ComplaintStatus value) {
        status = value;
        return this;
    }

    StateChange assignment(Assignment value) {
        assignment = value;
        return this;
    }

    StateChange resolution(Resolution value) {
        resolution = value;
        return this;
    }

    StateChange approvedBy(StaffId value) {
        approvedBy = value;
        return this;
    }

    StateChange response(CustomerResponse value) {
        response = value;
        return this;
    }

    StateChange satisfaction(Satisfaction value) {
        satisfaction = value;
        return this;
    }

    StateChange pauseReason(PauseReason value) {
        pauseReason = value;
        return this;
    }

    StateChange reinvestigations(int value) {
        reinvestigations = value;
        return this;
    }

    StateChange closure(Liability found, Sensitive cause) {
        liability = found;
        rootCause = cause;
        return this;
    }

    StateChange referredTo(ExternalBody value) {
        referredTo = value;
        return this;
    }

    StateChange mergedInto(ComplaintId value) {
        mergedInto = value;
        return this;
    }

    /** Clears the steps of a several-step approval: a new proposal, or one sent back, starts them again. */
    StateChange noEndorsements() {
        endorsedBy = List.of();
        return this;
    }

    /** Adds the approver of the next step of a several-step approval. */
    StateChange endorsedBy(StaffId approver) {
        List<StaffId> more = new ArrayList<>(endorsedBy);
        more.add(approver);
        endorsedBy = more;
        return this;
    }

    ComplaintState done() {
        return new ComplaintState(before.id(), version, status, before.registration(), assignment, resolution,
                approvedBy, response, satisfaction, pauseReason, reinvestigations, liability, rootCause, referredTo,
                mergedInto, at, endorsedBy);
    }
}
