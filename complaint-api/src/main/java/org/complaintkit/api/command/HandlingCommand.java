package org.complaintkit.api.command;

import org.complaintkit.api.complaint.ComplaintId;

/**
 * A command on an existing complaint.
 */
public sealed interface HandlingCommand extends ComplaintCommand
        permits AcceptComplaint, RejectComplaint, AssignComplaint, StartInvestigation, PauseHandling, ResumeHandling, ProposeResolution, ApproveResolution, SendBackResolution, RespondToCustomer, RecordSatisfaction, Reinvestigate, CloseComplaint, WithdrawComplaint, RequestReview, ConcludeReview, ReferExternally, RecordExternalOutcome, MergeIntoExisting, RecordNewFacts, ExtendDeadline, OverrideClass, EscalateComplaint, UrgeHandler, RecordEmergencyPayment, ConcurResolution, LinkRootCause, CompleteRemediation, MarkTypicalCase, PromiseCompletion, ReplyToForwardingBody, AddCaseNote, AttachEvidence, RecordContact, RecordInterimReply, ReportInternally, GiveOpinion, RecordReturnVisit, RaiseWithHead, TransferOwnership, ResolveAtFirstContact, HandUpTier, PauseClocksByOrder, ResumeClocksByOrder, RecordResponsibility, DecideAccountability, PlaceLegalHold, LiftLegalHold, ErasePersonalData {

    /**
     * Returns the complaint the command acts on.
     *
     * @return the complaint id
     */
    ComplaintId complaintId();
}
