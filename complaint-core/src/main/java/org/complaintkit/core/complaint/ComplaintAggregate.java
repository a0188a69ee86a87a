package org.complaintkit.core.complaint;

import java.util.List;
import org.complaintkit.api.complaint.ComplaintState;
import org.complaintkit.api.complaint.ComplaintStatus;
import org.complaintkit.api.event.ClocksPausedByOrder;
import org.complaintkit.api.event.ClocksResumedByOrder;
import org.complaintkit.api.event.ClockChanged;
import org.complaintkit.api.event.DeadlineExtended;
import org.complaintkit.api.event.ClassOverridden;
import org.complaintkit.api.event.ComplaintLinked;
import org.complaintkit.api.event.ComplaintEscalated;
import org.complaintkit.api.event.AccessDenialsRepeated;
import org.complaintkit.api.event.AccessDenied;
import org.complaintkit.api.event.HandlerUrged;
import org.complaintkit.api.event.CaseNoteAdded;
import org.complaintkit.api.event.EvidenceAttached;
import org.complaintkit.api.event.CustomerContacted;
import org.complaintkit.api.event.InterimReplySent;
import org.complaintkit.api.event.InternalReportMade;
import org.complaintkit.api.event.ComplaintClassified;
import org.complaintkit.api.event.ComplaintAccepted;
import org.complaintkit.api.event.ComplaintAssigned;
import org.complaintkit.api.event.ComplaintClosed;
import org.complaintkit.api.event.ComplaintEvent;
import org.complaintkit.api.event.FollowUpCompleted;
import org.complaintkit.api.event.ComplaintMerged;
import org.complaintkit.api.event.ComplaintNotAccepted;
import org.complaintkit.api.event.ComplaintRegistered;
import org.complaintkit.api.event.ComplaintWithdrawn;
import org.complaintkit.api.event.CustomerResponded;
import org.complaintkit.api.event.ExternalOutcomeRecorded;
import org.complaintkit.api.event.HandlingPaused;
import org.complaintkit.api.event.HandlingResumed;
import org.complaintkit.api.event.InvestigationStarted;
import org.complaintkit.api.event.NewFactsRecorded;
import org.complaintkit.api.event.ReferredExternally;
import org.complaintkit.api.event.ReinvestigationStarted;
import org.complaintkit.api.event.ResolutionApproved;
import org.complaintkit.api.event.ResolutionEndorsed;
import org.complaintkit.api.event.ResolutionProposed;
import org.complaintkit.api.event.ResolutionSentBack;
import org.complaintkit.api.event.ReviewConcluded;
import org.complaintkit.api.event.ReviewRequested;
import org.complaintkit.api.event.SatisfactionRecorded;
import org.complaintkit.api.event.EmergencyPaymentMade;
import org.complaintkit.api.event.NoticeDelivered;
import org.complaintkit.api.event.NoticeFailed;
import org.complaintkit.api.event.NoticeRequeued;
import org.complaintkit.api.event.RemediationCompleted;
import org.complaintkit.api.event.ResolutionConcurred;
import org.complaintkit.api.event.RootCauseLinked;
import org.complaintkit.api.event.TypicalCaseMarked;
import org.complaintkit.api.event.CompletionPromised;
import org.complaintkit.api.event.ForwardingBodyReplied;
import org.complaintkit.api.event.CoHandlerOpinionGiven;
import org.complaintkit.api.event.ReturnVisitRecorded;
import org.complaintkit.api.event.RaisedWithHead;
import org.complaintkit.api.event.TierRaised;
import org.complaintkit.api.event.ResponsibilityRecorded;
import org.complaintkit.api.event.AccountabilityCaseOpened;
import org.complaintkit.api.event.AccountabilityDecided;
import org.complaintkit.api.event.LegalHoldLifted;
import org.complaintkit.api.event.LegalHoldPlaced;
import org.complaintkit.api.event.PersonalDataErased;
import org.complaintkit.api.event.OwnershipTransferred;

/**
 * The complaint aggregate's memory: how each event changes a {@link ComplaintState}. The fold reads
 * nothing but the events, so a stored history replays to the same state whatever rules are
 * configured today.
 */
public final class ComplaintAggregate {

    private ComplaintAggregate() {
    }

    /**
     * Folds a complaint's whole history.
     *
     * @param history the events, by ascending sequence number, the first a {@link ComplaintRegistered}
     * @return the state after the last event
     * @throws CorruptHistoryException if the history is empty, does not start with a registration,
     *     mixes complaints or skips a sequence number
     */
    public static ComplaintState replay(List<? extends ComplaintEvent> history) {
        if (history.isEmpty()) {
            throw new CorruptHistoryException("a complaint's history cannot be empty");
        }
        ComplaintState state = null;
        for (ComplaintEvent event : history) {
            state = apply(state, event);
        }
        return state;
    }

    /**
     * Applies one event.
     *
     * @param state the state before, or null before the registration
     * @param event the next event
     * @return the state after
     * @throws CorruptHistoryException if the event does not follow the state
     */
    public static ComplaintState apply(ComplaintState state, ComplaintEvent event) {
        if (state == null) {
            if (!(event instanceof ComplaintRegistered registered) || event.sequence() != 1) {
                throw new CorruptHistoryException("a complaint's history starts with its registration as event 1");
            }
            return new ComplaintState(event.complaintId(), 1, ComplaintStatus.REGISTERED, registered.registration(),
                    null, null, null, null, null, null, 0, null, null, null, null, event.occurredAt());
        }
        if (!event.complaintId().equals(state.id()) || event.sequence() != state.version() + 1) {
            throw new CorruptHistoryException("event " + event.sequence() + " of complaint " + event.complaintId()
                    + " does not follow version " + state.version() + " of complaint " + state.id());
        }
        return evolve(new StateChange(state, event), event);
    }

    private static ComplaintState evolve(StateChange s, ComplaintEvent event) {
        ComplaintState before = s.before();
        if (event instanceof ComplaintAccepted) {
            return s.status(ComplaintStatus.ACCEPTED).done();
        } else if (event instanceof ComplaintNotAccepted) {
            return s.status(ComplaintStatus.NOT_ACCEPTED).done();
        } else if (event instanceof ComplaintAssigned e) {
            ComplaintStatus next = before.status() == ComplaintStatus.ACCEPTED ? ComplaintStatus.ASSIGNED : before.status();
            return s.status(next).assignment(e.assignment()).done();
        } else if (event instanceof InvestigationStarted) {
            return s.status(ComplaintStatus.INVESTIGATING).done();
        } else if (event instanceof HandlingPaused e) {
            return s.status(ComplaintStatus.PAUSED).pauseReason(e.reason()).done();
        } else if (event instanceof HandlingResumed) {
            return s.status(ComplaintStatus.INVESTIGATING).pauseReason(null).done();
        } else if (event instanceof ResolutionProposed e) {
            return s.status(e.approvalRequired() ? ComplaintStatus.AWAITING_APPROVAL : ComplaintStatus.RESOLVED)
                    .resolution(e.resolution()).approvedBy(null).noEndorsements().done();
        } else if (event instanceof ResolutionEndorsed e) {
            return s.endorsedBy(e.actor().staffId()).done();
        } else if (event instanceof ResolutionApproved e) {
            return s.status(ComplaintStatus.RESOLVED).approvedBy(e.actor().staffId()).done();
        } else if (event instanceof ResolutionSentBack) {
            return s.status(ComplaintStatus.INVESTIGATING).noEndorsements().done();
        } else if (event instanceof CustomerResponded e) {
            return s.status(ComplaintStatus.RESPONDED).response(e.response()).satisfaction(null).done();
        } else if (event instanceof SatisfactionRecorded e) {
            return s.satisfaction(e.satisfaction()).done();
        } else if (event instanceof ReinvestigationStarted) {
            return s.status(ComplaintStatus.INVESTIGATING).reinvestigations(before.reinvestigations() + 1).done();
        } else if (event instanceof ComplaintClosed e) {
            return s.status(ComplaintStatus.CLOSED).closure(e.liability(), e.rootCause()).done();
        } else if (event instanceof ComplaintWithdrawn) {
            return s.status(ComplaintStatus.WITHDRAWN).done();
        } else if (event instanceof ReviewRequested) {
            return s.status(ComplaintStatus.UNDER_REVIEW).done();
        } else if (event instanceof ReviewConcluded) {
            return s.status(ComplaintStatus.CLOSED).done();
        } else if (event instanceof ReferredExternally e) {
            return s.status(ComplaintStatus.REFERRED).referredTo(e.body()).done();
        } else if (event instanceof ExternalOutcomeRecorded) {
            return s.status(ComplaintStatus.CLOSED).done();
        } else if (event instanceof ComplaintMerged e) {
            return s.status(ComplaintStatus.MERGED).mergedInto(e.target()).done();
        } else if (event instanceof NewFactsRecorded || event instanceof ClockChanged
                || event instanceof DeadlineExtended || event instanceof ComplaintClassified
                || event instanceof ClassOverridden || event instanceof ComplaintLinked
                || event instanceof ComplaintEscalated || event instanceof AccessDenied
                || event instanceof AccessDenialsRepeated
                || event instanceof HandlerUrged || event instanceof EmergencyPaymentMade
                || event instanceof ResolutionConcurred
                || event instanceof NoticeDelivered
                || event instanceof NoticeFailed
                || event instanceof NoticeRequeued
                || event instanceof RootCauseLinked
                || event instanceof RemediationCompleted
                || event instanceof TypicalCaseMarked
                || event instanceof CompletionPromised
                || event instanceof ForwardingBodyReplied
                || event instanceof CaseNoteAdded
                || event instanceof EvidenceAttached
                || event instanceof CustomerContacted
                || event instanceof InterimReplySent
                || event instanceof InternalReportMade) {
            return s.done();
        } else if (event instanceof CoHandlerOpinionGiven || event instanceof RaisedWithHead
                || event instanceof TierRaised) {
            return s.done();
        } else if (event instanceof ResponsibilityRecorded || event instanceof AccountabilityCaseOpened
                || event instanceof AccountabilityDecided) {
            // Accountability is read from the history (core.accountability.Accountability), not held in the state.
            return s.done();
        } else if (event instanceof LegalHoldPlaced || event instanceof LegalHoldLifted
                || event instanceof PersonalDataErased) {
            // A legal hold is read from the history (core.retention.LegalHolds); it changes no status or clock.
            return s.done();
        } else if (event instanceof ReturnVisitRecorded e) {
            // The return visit's answer is the customer's latest: the guards of re-investigation read it.
            return s.satisfaction(e.satisfaction()).done();
        } else if (event instanceof OwnershipTransferred e) {
            return Ownership.withOwner(s.done(), e.to());
        } else if (event instanceof FollowUpCompleted) {
            // Work done on other complaints; this one's state is unchanged.
            return s.done();
        } else if (event instanceof ClocksPausedByOrder || event instanceof ClocksResumedByOrder) {
            // A cohort order holds clocks, not the complaint: its status and handling go on (the clock book reads it).
            return s.done();
        }
        throw new CorruptHistoryException("event " + event.sequence() + " of complaint " + event.complaintId()
                + " cannot follow a registration: " + event.getClass().getSimpleName());
    }
}
