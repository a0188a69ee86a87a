package org.complaintkit.testkit;

import org.complaintkit.api.command.PauseClocksByOrder;
import org.complaintkit.api.command.ResumeClocksByOrder;
import java.time.Instant;
import org.complaintkit.api.command.PromiseCompletion;
import org.complaintkit.api.command.ReplyToForwardingBody;
import org.complaintkit.api.complaint.ContactPoint;
import org.complaintkit.api.command.GiveOpinion;
import org.complaintkit.api.command.RaiseWithHead;
import org.complaintkit.api.command.HandUpTier;
import org.complaintkit.api.command.DecideAccountability;
import org.complaintkit.api.command.RecordResponsibility;
import org.complaintkit.api.complaint.AccountabilityOutcome;
import org.complaintkit.api.complaint.LiableParty;
import org.complaintkit.api.complaint.ResponsibilityVerdict;
import org.complaintkit.api.complaint.Sanction;
import org.complaintkit.api.command.RecordReturnVisit;
import org.complaintkit.api.command.ResolveAtFirstContact;
import org.complaintkit.api.command.TransferOwnership;
import org.complaintkit.api.command.AcceptComplaint;
import org.complaintkit.api.command.ApproveResolution;
import org.complaintkit.api.command.AssignComplaint;
import org.complaintkit.api.command.CloseComplaint;
import org.complaintkit.api.command.CommandType;
import org.complaintkit.api.command.ExtendDeadline;
import org.complaintkit.api.command.OverrideClass;
import org.complaintkit.api.command.EscalateComplaint;
import org.complaintkit.api.command.UrgeHandler;
import org.complaintkit.api.command.RecordEmergencyPayment;
import org.complaintkit.api.command.ConcurResolution;
import org.complaintkit.api.escalation.EscalationTrigger;
import org.complaintkit.api.command.ConcludeReview;
import org.complaintkit.api.command.HandlingCommand;
import org.complaintkit.api.command.IdempotencyKey;
import org.complaintkit.api.command.MergeIntoExisting;
import org.complaintkit.api.command.PauseHandling;
import org.complaintkit.api.command.ProposeResolution;
import org.complaintkit.api.command.RecordExternalOutcome;
import org.complaintkit.api.command.RecordNewFacts;
import org.complaintkit.api.command.RecordSatisfaction;
import org.complaintkit.api.command.ReferExternally;
import org.complaintkit.api.command.Reinvestigate;
import org.complaintkit.api.command.RejectComplaint;
import org.complaintkit.api.command.RequestReview;
import org.complaintkit.api.command.RespondToCustomer;
import org.complaintkit.api.command.ResumeHandling;
import org.complaintkit.api.command.SendBackResolution;
import org.complaintkit.api.command.StartInvestigation;
import org.complaintkit.api.command.WithdrawComplaint;
import org.complaintkit.api.complaint.ComplaintId;
import org.complaintkit.api.complaint.ContactMethod;
import org.complaintkit.api.complaint.ExternalBody;
import org.complaintkit.api.complaint.HandlingUnit;
import org.complaintkit.api.complaint.Liability;
import org.complaintkit.api.complaint.Money;
import org.complaintkit.api.complaint.Outcome;
import org.complaintkit.api.complaint.PauseReason;
import org.complaintkit.api.complaint.ReviewOutcome;
import org.complaintkit.api.complaint.Satisfaction;
import org.complaintkit.api.complaint.Sensitive;
import org.complaintkit.api.organisation.Actor;
import org.complaintkit.api.organisation.StaffId;
import java.util.List;
import org.complaintkit.api.command.CompleteRemediation;
import org.complaintkit.api.command.LinkRootCause;
import org.complaintkit.api.command.MarkTypicalCase;
import org.complaintkit.api.complaint.RemediationAction;
import java.time.LocalDate;
import java.nio.charset.StandardCharsets;
import org.complaintkit.api.casework.ContactDirection;
import org.complaintkit.api.casework.ContactOutcome;
import org.complaintkit.api.casework.NoteKind;
import org.complaintkit.api.command.AddCaseNote;
import org.complaintkit.api.command.LiftLegalHold;
import org.complaintkit.api.command.ErasePersonalData;
import org.complaintkit.api.command.PlaceLegalHold;
import org.complaintkit.api.command.AttachEvidence;
import org.complaintkit.api.command.RecordContact;
import org.complaintkit.api.command.RecordInterimReply;
import org.complaintkit.api.command.ReportInternally;
import org.complaintkit.core.casework.DocumentDigest;
import org.complaintkit.spi.evidence.EvidenceReceipt;

/** Builds a well-formed command of any type, with tunable payloads for the guarded ones. */
public final class Commands {
    private Commands() {
    }

    /** Payload choices for guarded commands. */
    public record Payload(Money compensation, Satisfaction satisfaction, StaffId handler, ComplaintId mergeTarget,
                          String tier, ContactMethod noticeBy) {
        public static Payload plain() {
            return new Payload(null, Satisfaction.SATISFIED, null, null, "complex", ContactMethod.SMS);
        }

        public Payload withMergeTarget(ComplaintId target) {
            return new Payload(compensation, satisfaction, handler, target, tier, noticeBy);
        }
    }

    /** The clock that {@link CommandType#EXTEND_DEADLINE} commands built here extend. */
    public static final String EXTENDED_CLOCK = "decision";

    /** The root cause that {@link CommandType#LINK_ROOT_CAUSE} commands built here link to. */
    public static final String ROOT_CAUSE = "RC-1";

    /** The action those links plan, which {@link CommandType#COMPLETE_REMEDIATION} commands complete. */
    public static final String REMEDIATION_ACTION = "A1";

    /**
     * The completion time {@link CommandType#PROMISE_COMPLETION} commands built here promise: far enough ahead that
     * no test clock reaches it. They carry a reason, so a change of an earlier promise is accepted too.
     */
    /** The cohort order {@code PAUSE_BY_ORDER} and {@code RESUME_BY_ORDER} commands built here name. */
    public static final String ORDER_REFERENCE = "FCA PS24/1";
    /** The clock the cohort order pauses: the extended clock. */
    public static final String ORDER_CLOCK = EXTENDED_CLOCK;
    public static final Instant PROMISED_BY = Instant.parse("2099-12-31T16:00:00Z");
    /** The document {@code ATTACH_EVIDENCE} attaches: put it in the engine's evidence store for each complaint. */
    public static final byte[] EVIDENCE = "询问笔录：客户称割接当日转账未到账。 / Interview transcript.".getBytes(StandardCharsets.UTF_8);

    /**
     * The receipt an {@code InMemoryEvidenceStore} gives for {@link #EVIDENCE} stored for a complaint (it keys a
     * document by complaint and SHA-256), so a command can be built before or without storing it.
     *
     * @param id the complaint
     * @return the receipt
     */
    public static EvidenceReceipt evidenceReceipt(ComplaintId id) {
        DocumentDigest digest = DocumentDigest.of(EVIDENCE);
        return new EvidenceReceipt(id.value() + "/" + digest.sha256(), digest.size(), digest.sha256());
    }

    /**
     * The outcome of the contact {@code RECORD_CONTACT} records, varied by the payload's satisfaction so that
     * chains of commands mix contacts that reach the customer with attempts that do not: satisfied (or none)
     * reached, dissatisfied refused, unreachable no answer.
     *
     * @param p the payload
     * @return the outcome
     */
    public static ContactOutcome contactOutcome(Payload p) {
        if (p.satisfaction() == null) {
            return ContactOutcome.REACHED;
        }
        return switch (p.satisfaction()) {
            case SATISFIED -> ContactOutcome.REACHED;
            case DISSATISFIED -> ContactOutcome.REFUSED;
            case UNREACHABLE -> ContactOutcome.NO_ANSWER;
        };
    }

    public static HandlingCommand of(CommandType type, ComplaintId id, Actor actor) {
        return of(type, id, actor, Fixtures.key(), Payload.plain());
    }

    public static HandlingCommand of(CommandType type, ComplaintId id, Actor actor, IdempotencyKey key, Payload p) {
        Sensitive text = Sensitive.of("说明 / note");
        return switch (type) {
            case ACCEPT -> new AcceptComplaint(id, actor, key);
            case REJECT -> new RejectComplaint(id, actor, key, text);
            case ASSIGN -> new AssignComplaint(id, actor, key, HandlingUnit.of(Fixtures.BRANCH), List.of(), p.handler());
            case START_INVESTIGATION -> new StartInvestigation(id, actor, key);
            case PAUSE -> new PauseHandling(id, actor, key, PauseReason.WAITING_FOR_CUSTOMER, null);
            case RESUME -> new ResumeHandling(id, actor, key);
            case PROPOSE_RESOLUTION -> new ProposeResolution(id, actor, key, text, Outcome.PARTLY_UPHELD, p.compensation());
            case APPROVE_RESOLUTION -> new ApproveResolution(id, actor, key, null);
            case SEND_BACK -> new SendBackResolution(id, actor, key, text);
            case RESPOND -> new RespondToCustomer(id, actor, key, text, Sensitive.of("《商业银行法》"), null, ContactMethod.PHONE);
            case RECORD_SATISFACTION -> new RecordSatisfaction(id, actor, key, p.satisfaction(), null);
            case REINVESTIGATE -> new Reinvestigate(id, actor, key, text);
            case CLOSE -> new CloseComplaint(id, actor, key, Liability.SHARED, text);
            case WITHDRAW -> new WithdrawComplaint(id, actor, key, null);
            case REQUEST_REVIEW -> new RequestReview(id, actor, key, text);
            case CONCLUDE_REVIEW -> new ConcludeReview(id, actor, key, ReviewOutcome.DECISION_UPHELD, text);
            case REFER_EXTERNALLY -> new ReferExternally(id, actor, key, ExternalBody.MEDIATION, "MED-1");
            case RECORD_EXTERNAL_OUTCOME -> new RecordExternalOutcome(id, actor, key, text);
            case MERGE -> new MergeIntoExisting(id, actor, key, p.mergeTarget() == null ? id : p.mergeTarget());
            case RECORD_NEW_FACTS -> new RecordNewFacts(id, actor, key, text);
            case EMERGENCY_PAYMENT -> new RecordEmergencyPayment(id, actor, key, Money.of("500", "CNY"), text);
            case CONCUR -> new ConcurResolution(id, actor, key, null);
            case LINK_ROOT_CAUSE -> new LinkRootCause(id, actor, key, ROOT_CAUSE,
                    Sensitive.of("割接脚本遗漏 / cut-over script gap"), List.of(new RemediationAction(
                            REMEDIATION_ACTION, Sensitive.of("补充割接校验 / add cut-over checks"), Fixtures.APPROVER_ID,
                            LocalDate.of(2026, 6, 30))));
            case COMPLETE_REMEDIATION -> new CompleteRemediation(id, actor, key, ROOT_CAUSE,
                    REMEDIATION_ACTION, text);
            case MARK_TYPICAL_CASE -> new MarkTypicalCase(id, actor, key, text);
            case URGE -> new UrgeHandler(id, actor, key, text);
            case ESCALATE -> new EscalateComplaint(id, actor, key, EscalationTrigger.HANDLER_REQUEST, text);
            case OVERRIDE_CLASS -> new OverrideClass(id, actor, key, "seed.matter", "privacy-leak", text);
            case EXTEND_DEADLINE -> new ExtendDeadline(id, actor, key, EXTENDED_CLOCK, p.tier(), text, p.noticeBy());
            case PROMISE_COMPLETION -> new PromiseCompletion(id, actor, key, PROMISED_BY, text, text);
            case REPLY_TO_FORWARDING_BODY -> new ReplyToForwardingBody(id, actor, key, text,
                    ContactPoint.of(ContactMethod.EMAIL, "xfb@regulator.example"), "JG-2026-0001");
            case ADD_CASE_NOTE -> new AddCaseNote(id, actor, key, NoteKind.INTERVIEW, text);
            case ATTACH_EVIDENCE -> AttachEvidence.of(id, actor, key, Sensitive.of("笔录 / interview transcript.txt"),
                    "text/plain", evidenceReceipt(id), text);
            case RECORD_CONTACT -> new RecordContact(id, actor, key, ContactMethod.PHONE, ContactDirection.OUTBOUND,
                    contactOutcome(p), text);
            case RECORD_INTERIM_REPLY -> new RecordInterimReply(id, actor, key, ContactMethod.PHONE, text);
            case REPORT_INTERNALLY -> new ReportInternally(id, actor, key, Fixtures.BRANCH, text);
            case GIVE_OPINION -> new GiveOpinion(id, actor, key, text);
            case RECORD_RETURN_VISIT -> new RecordReturnVisit(id, actor, key, p.satisfaction(), 3, List.of(), null);
            case RAISE_WITH_HEAD -> new RaiseWithHead(id, actor, key, text);
            case TRANSFER_OWNERSHIP -> new TransferOwnership(id, actor, key,
                    p.handler() == null ? Fixtures.APPROVER_ID : p.handler(), text);
            case RESOLVE_AT_FIRST_CONTACT -> new ResolveAtFirstContact(id, actor, key, Outcome.UPHELD, text,
                    Sensitive.of("《商业银行法》"), p.compensation(), null, ContactMethod.PHONE);
            case HAND_UP_TIER -> HandUpTier.of(id, actor, key, text);
            case PAUSE_BY_ORDER -> new PauseClocksByOrder(id, actor, key, ORDER_REFERENCE, List.of(ORDER_CLOCK),
                    "regulator's pause");
            case RESUME_BY_ORDER -> new ResumeClocksByOrder(id, actor, key, ORDER_REFERENCE);
            case RECORD_RESPONSIBILITY -> new RecordResponsibility(id, actor, key, ResponsibilityVerdict.LIABLE,
                    List.of(LiableParty.staff(Fixtures.ACCUSED_ID)), text);
            case DECIDE_ACCOUNTABILITY -> new DecideAccountability(id, actor, key, AccountabilityOutcome.SANCTIONED,
                    List.of(Sanction.criticism(LiableParty.staff(Fixtures.ACCUSED_ID))), text);
            case PLACE_LEGAL_HOLD -> PlaceLegalHold.of(id, actor, key, "LH-2026-001", "regulator's inquiry");
            case LIFT_LEGAL_HOLD -> LiftLegalHold.of(id, actor, key, "inquiry closed");
            case ERASE_PERSONAL_DATA -> ErasePersonalData.of(id, actor, key, "PIPL-47", "the customer's request");
            case REGISTER -> throw new IllegalArgumentException("registration is not a handling command");
        };
    }
}
