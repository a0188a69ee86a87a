package org.complaintkit.api.command;

/**
 * The types of command, one per command record: the columns of the lifecycle's transition table.
 */
public enum CommandType {
    /** {@link RegisterComplaint}. */
    REGISTER("RegisterComplaint"),
    /** {@link AcceptComplaint}. */
    ACCEPT("AcceptComplaint"),
    /** {@link RejectComplaint}. */
    REJECT("RejectComplaint"),
    /** {@link AssignComplaint}. */
    ASSIGN("AssignComplaint"),
    /** {@link StartInvestigation}. */
    START_INVESTIGATION("StartInvestigation"),
    /** {@link PauseHandling}. */
    PAUSE("PauseHandling"),
    /** {@link ResumeHandling}. */
    RESUME("ResumeHandling"),
    /** {@link ProposeResolution}. */
    PROPOSE_RESOLUTION("ProposeResolution"),
    /** {@link ApproveResolution}. */
    APPROVE_RESOLUTION("ApproveResolution"),
    /** {@link SendBackResolution}. */
    SEND_BACK("SendBackResolution"),
    /** {@link RespondToCustomer}. */
    RESPOND("RespondToCustomer"),
    /** {@link RecordSatisfaction}. */
    RECORD_SATISFACTION("RecordSatisfaction"),
    /** {@link Reinvestigate}. */
    REINVESTIGATE("Reinvestigate"),
    /** {@link CloseComplaint}. */
    CLOSE("CloseComplaint"),
    /** {@link WithdrawComplaint}. */
    WITHDRAW("WithdrawComplaint"),
    /** {@link RequestReview}. */
    REQUEST_REVIEW("RequestReview"),
    /** {@link ConcludeReview}. */
    CONCLUDE_REVIEW("ConcludeReview"),
    /** {@link ReferExternally}. */
    REFER_EXTERNALLY("ReferExternally"),
    /** {@link RecordExternalOutcome}. */
    RECORD_EXTERNAL_OUTCOME("RecordExternalOutcome"),
    /** {@link MergeIntoExisting}. */
    MERGE("MergeIntoExisting"),
    /** {@link RecordNewFacts}. */
    RECORD_NEW_FACTS("RecordNewFacts"),
    /** {@link ExtendDeadline}. */
    EXTEND_DEADLINE("ExtendDeadline"),
    /** {@link OverrideClass}. */
    OVERRIDE_CLASS("OverrideClass"),
    /** {@link EscalateComplaint}. */
    ESCALATE("EscalateComplaint"),
    /** {@link UrgeHandler}. */
    URGE("UrgeHandler"),
    /** {@link RecordEmergencyPayment}. */
    EMERGENCY_PAYMENT("RecordEmergencyPayment"),
    /** {@link ConcurResolution}. */
    CONCUR("ConcurResolution"),
    /** {@link LinkRootCause}. */
    LINK_ROOT_CAUSE("LinkRootCause"),
    /** {@link CompleteRemediation}. */
    COMPLETE_REMEDIATION("CompleteRemediation"),
    /** {@link MarkTypicalCase}. */
    MARK_TYPICAL_CASE("MarkTypicalCase"),
    /** {@link PromiseCompletion}. */
    PROMISE_COMPLETION("PromiseCompletion"),
    /** {@link ReplyToForwardingBody}. */
    REPLY_TO_FORWARDING_BODY("ReplyToForwardingBody"),
    /** {@link AddCaseNote}. */
    ADD_CASE_NOTE("AddCaseNote"),
    /** {@link AttachEvidence}. */
    ATTACH_EVIDENCE("AttachEvidence"),
    /** {@link RecordContact}. */
    RECORD_CONTACT("RecordContact"),
    /** {@link RecordInterimReply}. */
    RECORD_INTERIM_REPLY("RecordInterimReply"),
    /** {@link ReportInternally}. */
    REPORT_INTERNALLY("ReportInternally"),
    /** {@link GiveOpinion}. */
    GIVE_OPINION("GiveOpinion"),
    /** {@link RecordReturnVisit}. */
    RECORD_RETURN_VISIT("RecordReturnVisit"),
    /** {@link RaiseWithHead}. */
    RAISE_WITH_HEAD("RaiseWithHead"),
    /** {@link TransferOwnership}. */
    TRANSFER_OWNERSHIP("TransferOwnership"),
    /** {@link ResolveAtFirstContact}. */
    RESOLVE_AT_FIRST_CONTACT("ResolveAtFirstContact"),
    /** {@link HandUpTier}. */
    HAND_UP_TIER("HandUpTier"),
    /** {@link PauseClocksByOrder}. */
    PAUSE_BY_ORDER("PauseClocksByOrder"),
    /** {@link ResumeClocksByOrder}. */
    RESUME_BY_ORDER("ResumeClocksByOrder"),
    /** {@link RecordResponsibility}. */
    RECORD_RESPONSIBILITY("RecordResponsibility"),
    /** {@link DecideAccountability}. */
    DECIDE_ACCOUNTABILITY("DecideAccountability"),
    /** {@link PlaceLegalHold}. */
    PLACE_LEGAL_HOLD("PlaceLegalHold"),
    /** {@link LiftLegalHold}. */
    LIFT_LEGAL_HOLD("LiftLegalHold"),
    /** {@link ErasePersonalData}. */
    ERASE_PERSONAL_DATA("ErasePersonalData");

    private final String label;

    CommandType(String label) {
        this.label = label;
    }

    /**
     * Returns the name of the command record, as written in diagrams and messages, for example
     * {@code ProposeResolution}.
     *
     * @return the label
     */
    public String label() {
        return label;
    }
}
