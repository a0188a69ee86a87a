package org.complaintkit.core.engine;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.complaintkit.api.casework.ContactOutcome;
import org.complaintkit.api.command.AcceptComplaint;
import org.complaintkit.api.command.AddCaseNote;
import org.complaintkit.api.command.LiftLegalHold;
import org.complaintkit.api.command.PlaceLegalHold;
import org.complaintkit.api.command.ErasePersonalData;
import org.complaintkit.api.event.PersonalDataErased;
import org.complaintkit.api.event.LegalHoldLifted;
import org.complaintkit.api.event.LegalHoldPlaced;
import org.complaintkit.core.retention.LegalHolds;
import org.complaintkit.api.command.AttachEvidence;
import org.complaintkit.api.command.RecordContact;
import org.complaintkit.api.command.RecordInterimReply;
import org.complaintkit.api.command.ReportInternally;
import org.complaintkit.api.event.CaseNoteAdded;
import org.complaintkit.api.event.CustomerContacted;
import org.complaintkit.api.event.EvidenceAttached;
import org.complaintkit.api.event.InterimReplySent;
import org.complaintkit.api.event.InternalReportMade;
import org.complaintkit.core.casework.CaseWork;
import org.complaintkit.api.command.ApproveResolution;
import org.complaintkit.api.command.AssignComplaint;
import org.complaintkit.api.command.CloseComplaint;
import org.complaintkit.api.command.CommandType;
import org.complaintkit.api.command.CompleteRemediation;
import org.complaintkit.api.command.ConcludeReview;
import org.complaintkit.api.command.ConcurResolution;
import org.complaintkit.api.command.EscalateComplaint;
import org.complaintkit.api.command.ExtendDeadline;
import org.complaintkit.api.command.LinkRootCause;
import org.complaintkit.api.command.MarkTypicalCase;
import org.complaintkit.api.command.MergeIntoExisting;
import org.complaintkit.api.command.OverrideClass;
import org.complaintkit.api.command.PauseHandling;
import org.complaintkit.api.command.ProposeResolution;
import org.complaintkit.api.command.RecordEmergencyPayment;
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
import org.complaintkit.api.command.UrgeHandler;
import org.complaintkit.api.command.PromiseCompletion;
import org.complaintkit.api.command.ReplyToForwardingBody;
import org.complaintkit.api.complaint.Forwarding;
import org.complaintkit.api.event.CompletionPromised;
import org.complaintkit.api.event.ForwardingBodyReplied;
import org.complaintkit.core.sla.PromiseClocks;
import org.complaintkit.api.command.WithdrawComplaint;
import org.complaintkit.api.command.GiveOpinion;
import org.complaintkit.api.command.RecordReturnVisit;
import org.complaintkit.api.command.RaiseWithHead;
import org.complaintkit.api.command.TransferOwnership;
import org.complaintkit.api.command.ResolveAtFirstContact;
import org.complaintkit.api.command.PauseClocksByOrder;
import org.complaintkit.api.command.ResumeClocksByOrder;
import org.complaintkit.api.event.ClocksPausedByOrder;
import org.complaintkit.api.event.ClocksResumedByOrder;
import org.complaintkit.api.complaint.HandlingUnit;
import org.complaintkit.api.event.CoHandlerOpinionGiven;
import org.complaintkit.api.event.ReturnVisitRecorded;
import org.complaintkit.api.event.RaisedWithHead;
import org.complaintkit.api.command.DecideAccountability;
import org.complaintkit.api.command.RecordResponsibility;
import org.complaintkit.api.event.AccountabilityDecided;
import org.complaintkit.api.event.ComplaintEvent;
import org.complaintkit.api.event.ResponsibilityRecorded;
import org.complaintkit.core.accountability.Accountability;
import org.complaintkit.api.event.OwnershipTransferred;
import org.complaintkit.api.command.HandUpTier;
import org.complaintkit.api.event.TierRaised;
import org.complaintkit.core.complaint.CoHandlerOpinions;
import org.complaintkit.api.complaint.Assignment;
import org.complaintkit.api.complaint.ComplaintStatus;
import org.complaintkit.api.complaint.CustomerResponse;
import org.complaintkit.api.complaint.Resolution;
import org.complaintkit.api.event.ClassOverridden;
import org.complaintkit.api.event.ComplaintAccepted;
import org.complaintkit.api.event.ComplaintAssigned;
import org.complaintkit.api.event.ComplaintClosed;
import org.complaintkit.api.event.ComplaintEscalated;
import org.complaintkit.api.event.ComplaintMerged;
import org.complaintkit.api.event.ComplaintNotAccepted;
import org.complaintkit.api.event.ComplaintWithdrawn;
import org.complaintkit.api.event.CustomerResponded;
import org.complaintkit.api.event.DeadlineExtended;
import org.complaintkit.api.event.EmergencyPaymentMade;
import org.complaintkit.api.event.ExternalOutcomeRecorded;
import org.complaintkit.api.event.HandlerUrged;
import org.complaintkit.api.event.HandlingPaused;
import org.complaintkit.api.event.HandlingResumed;
import org.complaintkit.api.event.InvestigationStarted;
import org.complaintkit.api.event.NewFactsRecorded;
import org.complaintkit.api.event.ReferredExternally;
import org.complaintkit.api.event.ReinvestigationStarted;
import org.complaintkit.api.event.RemediationCompleted;
import org.complaintkit.api.event.ResolutionApproved;
import org.complaintkit.api.event.ResolutionConcurred;
import org.complaintkit.api.event.ResolutionEndorsed;
import org.complaintkit.api.event.ResolutionProposed;
import org.complaintkit.api.event.ResolutionSentBack;
import org.complaintkit.api.event.ReviewConcluded;
import org.complaintkit.api.event.ReviewRequested;
import org.complaintkit.api.event.RootCauseLinked;
import org.complaintkit.api.event.SatisfactionRecorded;
import org.complaintkit.api.event.TypicalCaseMarked;
import org.complaintkit.api.error.ErrorCode;
import org.complaintkit.core.lifecycle.Transition;
import org.complaintkit.core.lifecycle.TransitionTable;

/**
 * What each command on an existing complaint must pass beyond the lifecycle, and what it records: one
 * {@link Handling} row per {@link CommandType}, beside the lifecycle's transition table. A row records one event,
 * save a command that is a lifecycle path of its own ({@code ResolveAtFirstContact}), whose row records the events
 * of the path's steps in order, in the same append. The rows are built by
 * an exhaustive {@code switch} over the enum, so a new command type does not compile until it has its row.
 *
 * <p>A command goes: validation (every violation at once) → access check (a denial is recorded on a fresh
 * read) → the transition table and its guards → the row's {@link Precondition}s in order → the row's event,
 * then the clock changes it causes.
 */
final class HandlingTable {
    private static final Map<CommandType, Handling<?>> ROWS = rows();

    private HandlingTable() {
    }

    /**
     * The row of a command type on an existing complaint.
     *
     * @throws IllegalArgumentException for {@link CommandType#REGISTER}, which is decided by {@link Registering}
     */
    static Handling<?> row(CommandType type) {
        Handling<?> row = ROWS.get(type);
        if (row == null) {
            throw new IllegalArgumentException(type + " is not decided on a complaint's history");
        }
        return row;
    }

    private static Map<CommandType, Handling<?>> rows() {
        Map<CommandType, Handling<?>> rows = new EnumMap<>(CommandType.class);
        for (CommandType type : CommandType.values()) {
            Handling<?> row = build(type);
            if (row != null) {
                rows.put(type, row);
            }
        }
        return Collections.unmodifiableMap(rows);
    }

    /** The row of each command type; the switch has no default, so the compiler checks every type has one. */
    private static Handling<?> build(CommandType type) {
        return switch (type) {
            case REGISTER -> null;
            case ACCEPT -> Handling.row(AcceptComplaint.class, ComplaintAccepted.class, (c, d) -> new ComplaintAccepted(d.header()));
            case REJECT -> Handling.row(RejectComplaint.class, ComplaintNotAccepted.class,
                    (c, d) -> new ComplaintNotAccepted(d.header(), c.reason()));
            case ASSIGN -> Handling.row(AssignComplaint.class, ComplaintAssigned.class, List.of(Precondition.HANDLER_MAY_ACT),
                    (c, d) -> new ComplaintAssigned(d.header(),
                            new Assignment(c.firstResponsible(), c.coHandlers(), c.handler())));
            case START_INVESTIGATION -> Handling.row(StartInvestigation.class, InvestigationStarted.class,
                    List.of(Precondition.BY_THE_HANDLER), (c, d) -> new InvestigationStarted(d.header()));
            case PAUSE -> Handling.row(PauseHandling.class, HandlingPaused.class, List.of(Precondition.BY_THE_HANDLER),
                    (c, d) -> new HandlingPaused(d.header(), c.reason(), c.note()));
            case RESUME -> Handling.row(ResumeHandling.class, HandlingResumed.class, List.of(Precondition.BY_THE_HANDLER),
                    (c, d) -> new HandlingResumed(d.header()));
            case PROPOSE_RESOLUTION -> Handling.row(ProposeResolution.class, ResolutionProposed.class,
                    List.of(Precondition.AUTHORITY_WITHIN_LIMITS, Precondition.WITHIN_TIER_AUTHORITY),
                    (c, d) -> new ResolutionProposed(d.header(),
                            new Resolution(c.summary(), c.outcome(), c.compensation(), c.actor().staffId()),
                            d.transition().to() == ComplaintStatus.AWAITING_APPROVAL));
            // A step before the last of a several-step approval is recorded as endorsed, and the complaint stays
            // awaiting approval; the last (the only one, as a rule) as approved: the lifecycle's transition says which.
            case APPROVE_RESOLUTION -> Handling.oneOf(ApproveResolution.class,
                    List.of(ResolutionApproved.class, ResolutionEndorsed.class),
                    List.of(Precondition.APPROVER_NOT_REPEATED, Precondition.APPROVER_NOT_CONCURRER,
                            Precondition.APPROVER_AUTHORISED,
                            Precondition.LINE_CONCURRED, Precondition.AUTHORITY_WITHIN_LIMITS,
                            Precondition.WITHIN_TIER_AUTHORITY),
                    (c, d) -> d.transition().to() == ComplaintStatus.AWAITING_APPROVAL
                            ? d.rules().approvals().endorsement(d.before(), d.events(), c.comment(), d.header())
                            : new ResolutionApproved(d.header(), c.comment()));
            case SEND_BACK -> Handling.row(SendBackResolution.class, ResolutionSentBack.class,
                    (c, d) -> new ResolutionSentBack(d.header(), c.reason()));
            case RESPOND -> Handling.row(RespondToCustomer.class, CustomerResponded.class, (c, d) -> new CustomerResponded(d.header(),
                    new CustomerResponse(c.result(), c.basis(), c.followUpMeasures(), c.via(),
                            d.header().occurredAt())));
            case RECORD_SATISFACTION -> Handling.row(RecordSatisfaction.class, SatisfactionRecorded.class,
                    (c, d) -> new SatisfactionRecorded(d.header(), c.satisfaction(), c.remark()));
            case REINVESTIGATE -> Handling.row(Reinvestigate.class, ReinvestigationStarted.class,
                    (c, d) -> new ReinvestigationStarted(d.header(), c.reason()));
            case CLOSE -> Handling.row(CloseComplaint.class, ComplaintClosed.class,
                    (c, d) -> new ComplaintClosed(d.header(), c.liability(), c.rootCause()));
            case WITHDRAW -> Handling.row(WithdrawComplaint.class, ComplaintWithdrawn.class,
                    (c, d) -> new ComplaintWithdrawn(d.header(), c.reason()));
            case REQUEST_REVIEW -> Handling.row(RequestReview.class, ReviewRequested.class,
                    (c, d) -> new ReviewRequested(d.header(), c.grounds()));
            case CONCLUDE_REVIEW -> Handling.row(ConcludeReview.class, ReviewConcluded.class,
                    (c, d) -> new ReviewConcluded(d.header(), c.outcome(), c.findings()));
            case REFER_EXTERNALLY -> Handling.row(ReferExternally.class, ReferredExternally.class,
                    (c, d) -> new ReferredExternally(d.header(), c.body(), c.externalReference()));
            case RECORD_EXTERNAL_OUTCOME -> Handling.row(RecordExternalOutcome.class, ExternalOutcomeRecorded.class,
                    (c, d) -> new ExternalOutcomeRecorded(d.header(), c.outcome()));
            case MERGE -> Handling.row(MergeIntoExisting.class, ComplaintMerged.class, (c, d) -> new ComplaintMerged(d.header(), c.target()));
            case RECORD_NEW_FACTS -> Handling.row(RecordNewFacts.class, NewFactsRecorded.class,
                    (c, d) -> new NewFactsRecorded(d.header(), c.facts()));
            case EXTEND_DEADLINE -> Handling.row(ExtendDeadline.class, DeadlineExtended.class, List.of(Precondition.EXTENSION_ALLOWED),
                    (c, d) -> new DeadlineExtended(d.header(), c.clockId(), c.tier(), c.reason(), c.noticeBy()));
            case OVERRIDE_CLASS -> Handling.row(OverrideClass.class, ClassOverridden.class, List.of(Precondition.CLASS_KNOWN),
                    (c, d) -> new ClassOverridden(d.header(), c.scheme(), c.code(), Precondition.previousClass(d),
                            c.reason()));
            case ESCALATE -> Handling.row(EscalateComplaint.class, ComplaintEscalated.class, List.of(Precondition.ESCALATION_HAS_LEVEL_ABOVE),
                    (c, d) -> d.rules().organisation().escalationEvent(d.before(), d.events(), c.trigger(),
                            "requested by " + c.actor().staffId(), c.note(), c.actor(), d.now(),
                            d.header().sequence()));
            case URGE -> Handling.row(UrgeHandler.class, HandlerUrged.class, List.of(Precondition.URGE_ALLOWED),
                    (c, d) -> d.rules().organisation().urgeEvent(d.before(), c, c.actor(), d.header()));
            case EMERGENCY_PAYMENT -> Handling.row(RecordEmergencyPayment.class, EmergencyPaymentMade.class,
                    List.of(Precondition.AUTHORITY_WITHIN_LIMITS, Precondition.PAYMENT_WITHIN_CAPS,
                            Precondition.WITHIN_TIER_AUTHORITY),
                    (c, d) -> new EmergencyPaymentMade(d.header(), c.amount(), c.purpose()));
            case CONCUR -> Handling.row(ConcurResolution.class, ResolutionConcurred.class,
                    List.of(Precondition.CONCURRER_NOT_PROPOSER, Precondition.CONCURRER_NOT_APPROVER,
                            Precondition.CONCURRER_IN_DEPARTMENT), (c, d) -> new ResolutionConcurred(d.header(),
                    d.rules().organisation().departmentOf(c.actor().staffId()), c.comment()));
            case LINK_ROOT_CAUSE -> Handling.row(LinkRootCause.class, RootCauseLinked.class,
                    (c, d) -> new RootCauseLinked(d.header(), c.rootCauseId(), c.title(), c.actions()));
            case COMPLETE_REMEDIATION -> Handling.row(CompleteRemediation.class, RemediationCompleted.class,
                    List.of(Precondition.REMEDIATION_OPEN),
                    (c, d) -> new RemediationCompleted(d.header(), c.rootCauseId(), c.actionId(), c.note()));
            case MARK_TYPICAL_CASE -> Handling.row(MarkTypicalCase.class, TypicalCaseMarked.class,
                    (c, d) -> new TypicalCaseMarked(d.header(), c.summary()));
            case PROMISE_COMPLETION -> Handling.row(PromiseCompletion.class, CompletionPromised.class,
                    List.of(Precondition.PROMISE_TIMED, Precondition.PROMISE_CHANGE_EXPLAINED),
                    (c, d) -> new CompletionPromised(d.header(), c.promisedBy(), c.wording(),
                            PromiseClocks.latest(d.events()).map(CompletionPromised::promisedBy).orElse(null),
                            c.reason()));
            case REPLY_TO_FORWARDING_BODY -> Handling.row(ReplyToForwardingBody.class, ForwardingBodyReplied.class,
                    List.of(Precondition.FORWARDED), (c, d) -> {
                        Forwarding forwarding = d.before().registration().forwardedFrom();
                        return new ForwardingBodyReplied(d.header(), forwarding.source(),
                                c.bodyReference() != null ? c.bodyReference() : forwarding.externalReference(),
                                c.content(), c.sendTo());
                    });
            case ADD_CASE_NOTE -> Handling.row(AddCaseNote.class, CaseNoteAdded.class,
                    (c, d) -> new CaseNoteAdded(d.header(), c.kind(), c.text()));
            case ATTACH_EVIDENCE -> Handling.row(AttachEvidence.class, EvidenceAttached.class,
                    List.of(Precondition.EVIDENCE_ON_FILE), (c, d) -> new EvidenceAttached(d.header(), c.name(),
                            c.mediaType(), c.storageKey(), c.size(), c.sha256(), c.purpose()));
            case RECORD_CONTACT -> Handling.row(RecordContact.class, CustomerContacted.class,
                    (c, d) -> new CustomerContacted(d.header(), c.channel(), c.direction(), c.outcome(), c.summary(),
                            c.outcome() == ContactOutcome.REACHED && !CaseWork.customerReached(d.events())));
            case RECORD_INTERIM_REPLY -> Handling.row(RecordInterimReply.class, InterimReplySent.class,
                    (c, d) -> new InterimReplySent(d.header(), c.via(), c.told()));
            case REPORT_INTERNALLY -> Handling.row(ReportInternally.class, InternalReportMade.class,
                    (c, d) -> new InternalReportMade(d.header(), c.to(), c.summary()));
            case GIVE_OPINION -> Handling.row(GiveOpinion.class, CoHandlerOpinionGiven.class,
                    List.of(Precondition.CO_HANDLER_MEMBER), (c, d) -> new CoHandlerOpinionGiven(d.header(),
                            c.actor().unitId(), c.opinion(),
                            CoHandlerOpinions.completedBy(d.before(), d.events(), c.actor().unitId())));
            case RECORD_RETURN_VISIT -> Handling.row(RecordReturnVisit.class, ReturnVisitRecorded.class,
                    (c, d) -> new ReturnVisitRecorded(d.header(), c.satisfaction(), c.score(), c.answers(),
                            c.remark()));
            case RAISE_WITH_HEAD -> Handling.row(RaiseWithHead.class, RaisedWithHead.class,
                    List.of(Precondition.OWNER_RAISES),
                    (c, d) -> d.rules().organisation().raiseEvent(d.before(), d.events(), c, d.header()));
            case TRANSFER_OWNERSHIP -> Handling.row(TransferOwnership.class, OwnershipTransferred.class,
                    List.of(Precondition.OWNER_TRANSFERS), (c, d) -> new OwnershipTransferred(d.header(),
                            d.before().registration().firstContactOwner(), c.to(), c.reason()));
            // One command, one row, one append: the five events a regulator expects of the usual path, each folded
            // as it would be had it been recorded by its own command, so clocks, notices and reports read them alike.
            case RESOLVE_AT_FIRST_CONTACT -> Handling.steps(ResolveAtFirstContact.class, List.of(
                            ComplaintAccepted.class, ComplaintAssigned.class, InvestigationStarted.class,
                            ResolutionProposed.class, CustomerResponded.class),
                    List.of(Precondition.AUTHORITY_WITHIN_LIMITS, Precondition.WITHIN_TIER_AUTHORITY),
                    (c, d) -> List.of(new ComplaintAccepted(d.headerAt(0)),
                            new ComplaintAssigned(d.headerAt(1), new Assignment(HandlingUnit.of(c.actor().unitId()),
                                    List.of(), c.actor().staffId())),
                            new InvestigationStarted(d.headerAt(2)),
                            new ResolutionProposed(d.headerAt(3), new Resolution(c.result(), c.outcome(),
                                    c.compensation(), c.actor().staffId()), false),
                            new CustomerResponded(d.headerAt(4), new CustomerResponse(c.result(), c.basis(),
                                    c.followUpMeasures(), c.via(), d.header().occurredAt()))));
            case HAND_UP_TIER -> Handling.row(HandUpTier.class, TierRaised.class, List.of(Precondition.TIER_HANDED_UP),
                    (c, d) -> d.rules().tiers().handUpEvent(d, c));
            case PAUSE_BY_ORDER -> Handling.row(PauseClocksByOrder.class, ClocksPausedByOrder.class,
                    List.of(Precondition.ORDER_NOT_YET_PAUSING), (c, d) -> new ClocksPausedByOrder(d.header(),
                            c.orderReference(), c.clockIds(), c.reason()));
            case RESUME_BY_ORDER -> Handling.row(ResumeClocksByOrder.class, ClocksResumedByOrder.class,
                    List.of(Precondition.ORDER_PAUSING),
                    (c, d) -> new ClocksResumedByOrder(d.header(), c.orderReference()));
            case RECORD_RESPONSIBILITY -> Handling.row(RecordResponsibility.class, ResponsibilityRecorded.class,
                    List.of(Precondition.RECORDER_NOT_CONCERNED, Precondition.RECORDER_ROLE_HELD), (c, d) -> new ResponsibilityRecorded(d.header(),
                            c.verdict(), c.liable(), c.findings()));
            case DECIDE_ACCOUNTABILITY -> Handling.row(DecideAccountability.class, AccountabilityDecided.class,
                    List.of(Precondition.ACCOUNTABILITY_CASE_OPEN, Precondition.APPROVER_NOT_CONCERNED,
                            Precondition.DECIDER_ROLE_HELD,
                            Precondition.SANCTIONS_ON_LIABLE), (c, d) -> new AccountabilityDecided(d.header(),
                            c.outcome(), c.sanctions(), Accountability.openCases(d.events()).stream()
                            .map(ComplaintEvent::sequence).toList(), c.reasoning()));
            case PLACE_LEGAL_HOLD -> Handling.row(PlaceLegalHold.class, LegalHoldPlaced.class,
                    List.of(Precondition.LEGAL_HOLD_PERMITTED, Precondition.NO_LEGAL_HOLD_STANDING),
                    (c, d) -> new LegalHoldPlaced(d.header(), c.reference(), c.reason()));
            case LIFT_LEGAL_HOLD -> Handling.row(LiftLegalHold.class, LegalHoldLifted.class,
                    List.of(Precondition.LEGAL_HOLD_PERMITTED, Precondition.LEGAL_HOLD_STANDING),
                    (c, d) -> new LegalHoldLifted(d.header(), LegalHolds.standing(d.events()).orElseThrow().reference(),
                            c.reason()));
            case ERASE_PERSONAL_DATA -> Handling.row(ErasePersonalData.class, PersonalDataErased.class,
                    List.of(Precondition.ERASURE_PERMITTED, Precondition.NO_LEGAL_HOLD_AGAINST_ERASURE,
                            Precondition.PERSONAL_DATA_ENCRYPTED, Precondition.PERSONAL_DATA_NOT_ERASED),
                    (c, d) -> new PersonalDataErased(d.header(), c.legalBasis(), c.reason()));
        };
    }

    /** Every row, by command type. */
    static Map<CommandType, Handling<?>> all() {
        return ROWS;
    }

    /**
     * The table as Markdown, for {@code docs/lifecycle.md}: each command with the event it records, the guards of
     * its transitions in the lifecycle given and its preconditions; then each precondition with its codes.
     */
    static String markdown(TransitionTable lifecycle) {
        StringBuilder out = new StringBuilder("| command | records | guards | preconditions |\n|---|---|---|---|\n");
        for (Map.Entry<CommandType, Handling<?>> row : ROWS.entrySet()) {
            Set<String> guards = new LinkedHashSet<>();
            for (Transition transition : lifecycle.transitions()) {
                if (transition.command() == row.getKey()) {
                    transition.guards().forEach(g -> guards.add(g.name()));
                }
            }
            out.append("| ").append(row.getKey().label()).append(" | ").append(row.getValue().records().stream().map(Class::getSimpleName)
                            .collect(Collectors.joining(row.getValue().alternatives() ? " or " : " + ")))
                    .append(" | ").append(guards.isEmpty() ? "" : String.join(", ", guards)).append(" | ")
                    .append(row.getValue().preconditions().stream().map(Precondition::name)
                            .collect(Collectors.joining(", "))).append(" |\n");
        }
        out.append("\n| precondition | refusal codes | rule |\n|---|---|---|\n");
        for (Precondition precondition : Precondition.values()) {
            out.append("| ").append(precondition.name()).append(" | ").append(precondition.codes().stream()
                    .map(ErrorCode::code).collect(Collectors.joining(", "))).append(" | ").append(precondition.rule())
                    .append(" |\n");
        }
        return out.toString();
    }
}
