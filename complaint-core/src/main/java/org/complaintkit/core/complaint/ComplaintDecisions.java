package org.complaintkit.core.complaint;

import org.complaintkit.api.command.AcceptComplaint;
import org.complaintkit.api.command.ExtendDeadline;
import org.complaintkit.api.command.OverrideClass;
import org.complaintkit.api.command.ApproveResolution;
import org.complaintkit.api.command.AssignComplaint;
import org.complaintkit.api.command.CloseComplaint;
import org.complaintkit.api.command.ConcludeReview;
import org.complaintkit.api.command.HandlingCommand;
import org.complaintkit.api.command.MergeIntoExisting;
import org.complaintkit.api.command.PauseHandling;
import org.complaintkit.api.command.ProposeResolution;
import org.complaintkit.api.command.RecordExternalOutcome;
import org.complaintkit.api.command.RecordNewFacts;
import org.complaintkit.api.command.RecordSatisfaction;
import org.complaintkit.api.command.ReferExternally;
import org.complaintkit.api.command.RegisterComplaint;
import org.complaintkit.api.command.Reinvestigate;
import org.complaintkit.api.command.RejectComplaint;
import org.complaintkit.api.command.RequestReview;
import org.complaintkit.api.command.RespondToCustomer;
import org.complaintkit.api.command.ResumeHandling;
import org.complaintkit.api.command.SendBackResolution;
import org.complaintkit.api.command.StartInvestigation;
import org.complaintkit.api.command.WithdrawComplaint;
import org.complaintkit.api.complaint.Assignment;
import org.complaintkit.api.complaint.ComplaintStatus;
import org.complaintkit.api.complaint.CustomerResponse;
import org.complaintkit.api.complaint.Registration;
import org.complaintkit.api.complaint.Resolution;
import org.complaintkit.api.event.ComplaintAccepted;
import org.complaintkit.api.event.DeadlineExtended;
import org.complaintkit.api.event.ClassOverridden;
import org.complaintkit.api.event.ComplaintAssigned;
import org.complaintkit.api.event.ComplaintClosed;
import org.complaintkit.api.event.ComplaintEvent;
import org.complaintkit.api.event.ComplaintMerged;
import org.complaintkit.api.event.ComplaintNotAccepted;
import org.complaintkit.api.event.ComplaintRegistered;
import org.complaintkit.api.event.ComplaintWithdrawn;
import org.complaintkit.api.event.CustomerResponded;
import org.complaintkit.api.event.EventHeader;
import org.complaintkit.api.event.ExternalOutcomeRecorded;
import org.complaintkit.api.event.HandlingPaused;
import org.complaintkit.api.event.HandlingResumed;
import org.complaintkit.api.event.InvestigationStarted;
import org.complaintkit.api.event.NewFactsRecorded;
import org.complaintkit.api.event.ReferredExternally;
import org.complaintkit.api.event.ReinvestigationStarted;
import org.complaintkit.api.event.ResolutionApproved;
import org.complaintkit.api.event.ResolutionProposed;
import org.complaintkit.api.event.ResolutionSentBack;
import org.complaintkit.api.event.ReviewConcluded;
import org.complaintkit.api.event.ReviewRequested;
import org.complaintkit.api.event.SatisfactionRecorded;

/**
 * What each command records once the lifecycle has allowed it: one event per command, carrying what
 * the command said. The lifecycle's transition table decides whether a command is allowed and where it
 * leads; this class only writes it down.
 */
public final class ComplaintDecisions {

    private ComplaintDecisions() {
    }

    /**
     * Records a registration. The registering staff member becomes the first-contact owner.
     *
     * @param command the registration
     * @param header the new complaint's id with sequence 1, the time and the actor
     * @return the event
     */
    public static ComplaintRegistered register(RegisterComplaint command, EventHeader header) {
        Registration registration = new Registration(command.complainant(), command.channel(), command.receivedAt(),
                command.receivingUnit(), command.subjects(), command.content(), command.request(),
                command.forwardedFrom(), command.actor().staffId(), command.jurisdiction(), command.confidential());
        return new ComplaintRegistered(header, registration);
    }

    /**
     * Records an allowed class override.
     *
     * @param command the override
     * @param previousCode the class it replaces
     * @param header the complaint, next sequence number, time and actor
     * @return the event
     */
    public static ClassOverridden overridden(OverrideClass command, String previousCode, EventHeader header) {
        return new ClassOverridden(header, command.scheme(), command.code(), previousCode, command.reason());
    }

    /**
     * Records an allowed command on an existing complaint.
     *
     * @param command the command
     * @param target the status the lifecycle leads to
     * @param header the complaint, next sequence number, time and actor
     * @return the event
     */
    public static ComplaintEvent decide(HandlingCommand command, ComplaintStatus target, EventHeader header) {
        if (command instanceof AcceptComplaint) {
            return new ComplaintAccepted(header);
        } else if (command instanceof RejectComplaint c) {
            return new ComplaintNotAccepted(header, c.reason());
        } else if (command instanceof AssignComplaint c) {
            return new ComplaintAssigned(header, new Assignment(c.firstResponsible(), c.coHandlers(), c.handler()));
        } else if (command instanceof StartInvestigation) {
            return new InvestigationStarted(header);
        } else if (command instanceof PauseHandling c) {
            return new HandlingPaused(header, c.reason(), c.note());
        } else if (command instanceof ResumeHandling) {
            return new HandlingResumed(header);
        } else if (command instanceof ProposeResolution c) {
            Resolution resolution = new Resolution(c.summary(), c.outcome(), c.compensation(), c.actor().staffId());
            return new ResolutionProposed(header, resolution, target == ComplaintStatus.AWAITING_APPROVAL);
        } else if (command instanceof ApproveResolution c) {
            return new ResolutionApproved(header, c.comment());
        } else if (command instanceof SendBackResolution c) {
            return new ResolutionSentBack(header, c.reason());
        } else if (command instanceof RespondToCustomer c) {
            return new CustomerResponded(header,
                    new CustomerResponse(c.result(), c.basis(), c.followUpMeasures(), c.via(), header.occurredAt()));
        } else if (command instanceof RecordSatisfaction c) {
            return new SatisfactionRecorded(header, c.satisfaction(), c.remark());
        } else if (command instanceof Reinvestigate c) {
            return new ReinvestigationStarted(header, c.reason());
        } else if (command instanceof CloseComplaint c) {
            return new ComplaintClosed(header, c.liability(), c.rootCause());
        } else if (command instanceof WithdrawComplaint c) {
            return new ComplaintWithdrawn(header, c.reason());
        } else if (command instanceof RequestReview c) {
            return new ReviewRequested(header, c.grounds());
        } else if (command instanceof ConcludeReview c) {
            return new ReviewConcluded(header, c.outcome(), c.findings());
        } else if (command instanceof ReferExternally c) {
            return new ReferredExternally(header, c.body(), c.externalReference());
        } else if (command instanceof RecordExternalOutcome c) {
            return new ExternalOutcomeRecorded(header, c.outcome());
        } else if (command instanceof MergeIntoExisting c) {
            return new ComplaintMerged(header, c.target());
        } else if (command instanceof RecordNewFacts c) {
            return new NewFactsRecorded(header, c.facts());
        } else if (command instanceof org.complaintkit.api.command.RecordEmergencyPayment c) {
            return new org.complaintkit.api.event.EmergencyPaymentMade(header, c.amount(), c.purpose());
        } else if (command instanceof ExtendDeadline c) {
            return new DeadlineExtended(header, c.clockId(), c.tier(), c.reason(), c.noticeBy());
        } else if (command instanceof org.complaintkit.api.command.LinkRootCause c) {
            return new org.complaintkit.api.event.RootCauseLinked(header, c.rootCauseId(), c.title(), c.actions());
        } else if (command instanceof org.complaintkit.api.command.CompleteRemediation c) {
            return new org.complaintkit.api.event.RemediationCompleted(header, c.rootCauseId(), c.actionId(), c.note());
        } else if (command instanceof org.complaintkit.api.command.MarkTypicalCase c) {
            return new org.complaintkit.api.event.TypicalCaseMarked(header, c.summary());
        }
        throw new IllegalArgumentException("no decision for command type " + command.type());
    }
}
