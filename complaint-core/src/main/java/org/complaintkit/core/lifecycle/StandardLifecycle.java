package org.complaintkit.core.lifecycle;

import static org.complaintkit.api.command.CommandType.ACCEPT;
import static org.complaintkit.api.command.CommandType.APPROVE_RESOLUTION;
import static org.complaintkit.api.command.CommandType.ASSIGN;
import static org.complaintkit.api.command.CommandType.CLOSE;
import static org.complaintkit.api.command.CommandType.CONCLUDE_REVIEW;
import static org.complaintkit.api.command.CommandType.MERGE;
import static org.complaintkit.api.command.CommandType.PAUSE;
import static org.complaintkit.api.command.CommandType.PROPOSE_RESOLUTION;
import static org.complaintkit.api.command.CommandType.RECORD_EXTERNAL_OUTCOME;
import static org.complaintkit.api.command.CommandType.RECORD_NEW_FACTS;
import static org.complaintkit.api.command.CommandType.EXTEND_DEADLINE;
import static org.complaintkit.api.command.CommandType.OVERRIDE_CLASS;
import static org.complaintkit.api.command.CommandType.ESCALATE;
import static org.complaintkit.api.command.CommandType.URGE;
import static org.complaintkit.api.command.CommandType.LINK_ROOT_CAUSE;
import static org.complaintkit.api.command.CommandType.COMPLETE_REMEDIATION;
import static org.complaintkit.api.command.CommandType.MARK_TYPICAL_CASE;
import static org.complaintkit.api.command.CommandType.PROMISE_COMPLETION;
import static org.complaintkit.api.command.CommandType.REPLY_TO_FORWARDING_BODY;
import static org.complaintkit.api.command.CommandType.ADD_CASE_NOTE;
import static org.complaintkit.api.command.CommandType.LIFT_LEGAL_HOLD;
import static org.complaintkit.api.command.CommandType.PLACE_LEGAL_HOLD;
import static org.complaintkit.api.command.CommandType.ERASE_PERSONAL_DATA;
import static org.complaintkit.api.command.CommandType.ATTACH_EVIDENCE;
import static org.complaintkit.api.command.CommandType.RECORD_CONTACT;
import static org.complaintkit.api.command.CommandType.RECORD_INTERIM_REPLY;
import static org.complaintkit.api.command.CommandType.REPORT_INTERNALLY;
import static org.complaintkit.api.command.CommandType.EMERGENCY_PAYMENT;
import static org.complaintkit.api.command.CommandType.CONCUR;
import static org.complaintkit.api.command.CommandType.RECORD_SATISFACTION;
import static org.complaintkit.api.command.CommandType.REFER_EXTERNALLY;
import static org.complaintkit.api.command.CommandType.REINVESTIGATE;
import static org.complaintkit.api.command.CommandType.REJECT;
import static org.complaintkit.api.command.CommandType.REQUEST_REVIEW;
import static org.complaintkit.api.command.CommandType.RESPOND;
import static org.complaintkit.api.command.CommandType.RESUME;
import static org.complaintkit.api.command.CommandType.SEND_BACK;
import static org.complaintkit.api.command.CommandType.START_INVESTIGATION;
import static org.complaintkit.api.command.CommandType.WITHDRAW;
import static org.complaintkit.api.command.CommandType.GIVE_OPINION;
import static org.complaintkit.api.command.CommandType.RECORD_RETURN_VISIT;
import static org.complaintkit.api.command.CommandType.RAISE_WITH_HEAD;
import static org.complaintkit.api.command.CommandType.PAUSE_BY_ORDER;
import static org.complaintkit.api.command.CommandType.RESUME_BY_ORDER;
import static org.complaintkit.api.command.CommandType.TRANSFER_OWNERSHIP;
import static org.complaintkit.api.command.CommandType.RESOLVE_AT_FIRST_CONTACT;
import static org.complaintkit.api.command.CommandType.HAND_UP_TIER;
import static org.complaintkit.api.command.CommandType.RECORD_RESPONSIBILITY;
import static org.complaintkit.api.command.CommandType.DECIDE_ACCOUNTABILITY;
import static org.complaintkit.api.complaint.ComplaintStatus.ACCEPTED;
import static org.complaintkit.api.complaint.ComplaintStatus.ASSIGNED;
import static org.complaintkit.api.complaint.ComplaintStatus.AWAITING_APPROVAL;
import static org.complaintkit.api.complaint.ComplaintStatus.CLOSED;
import static org.complaintkit.api.complaint.ComplaintStatus.INVESTIGATING;
import static org.complaintkit.api.complaint.ComplaintStatus.MERGED;
import static org.complaintkit.api.complaint.ComplaintStatus.NOT_ACCEPTED;
import static org.complaintkit.api.complaint.ComplaintStatus.PAUSED;
import static org.complaintkit.api.complaint.ComplaintStatus.REFERRED;
import static org.complaintkit.api.complaint.ComplaintStatus.REGISTERED;
import static org.complaintkit.api.complaint.ComplaintStatus.RESOLVED;
import static org.complaintkit.api.complaint.ComplaintStatus.RESPONDED;
import static org.complaintkit.api.complaint.ComplaintStatus.UNDER_REVIEW;
import static org.complaintkit.api.complaint.ComplaintStatus.WITHDRAWN;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.complaintkit.api.command.ApproveResolution;
import org.complaintkit.api.command.AssignComplaint;
import org.complaintkit.api.command.MergeIntoExisting;
import org.complaintkit.api.command.ProposeResolution;
import org.complaintkit.api.command.ResolveAtFirstContact;
import org.complaintkit.api.complaint.ComplaintStatus;
import org.complaintkit.api.complaint.Satisfaction;
import org.complaintkit.api.error.ErrorCode;

/**
 * The standard complaint lifecycle of DOMAIN.md §1 as a {@link TransitionTable}, with its guards as
 * named policies. {@code docs/lifecycle.md} is generated from this table.
 */
public final class StandardLifecycle {

    /** The approver is not the proposer. */
    public static final Guard FOUR_EYES = new Guard("four eyes", ErrorCode.FOUR_EYES,
            c -> c.state().resolution() == null
                    || !c.state().resolution().proposedBy().equals(((ApproveResolution) c.command()).actor().staffId()));

    /**
     * The approval matrix asks for more approval steps than were given since the resolution was proposed, this one
     * included: the approval is a step before the last ({@code ResolutionEndorsed}) and the complaint stays awaiting
     * approval. Where it does not hold, the approval is the last, and resolves the complaint.
     */
    public static final Guard FURTHER_APPROVAL_STEPS = new Guard("further approval steps remain",
            ErrorCode.FINAL_APPROVAL_STEP, c -> c.state().endorsedBy().size() + 1 < c.approvalSteps());

    /** The approver is not a person the complaint is about (CBIRC Art. 17). */
    public static final Guard APPROVER_NOT_RECUSED = new Guard("approver not recused", ErrorCode.RECUSAL,
            c -> !c.state().isAbout(c.command().actor().staffId()));

    /** The named handler is not a person the complaint is about (CBIRC Art. 17). */
    public static final Guard HANDLER_NOT_RECUSED = new Guard("handler not recused", ErrorCode.RECUSAL,
            c -> {
                AssignComplaint assign = (AssignComplaint) c.command();
                return assign.handler() == null || !c.state().isAbout(assign.handler());
            });

    /** The approval rule requires approval of this proposal. */
    public static final Guard APPROVAL_REQUIRED = new Guard("approval required", ErrorCode.APPROVAL_NOT_REQUIRED,
            c -> c.rules().approvalRule().requiresApproval(c.state(), (ProposeResolution) c.command()));

    /** The approval rule does not require approval of this proposal. */
    public static final Guard NO_APPROVAL_REQUIRED = new Guard("no approval required", ErrorCode.APPROVAL_REQUIRED,
            c -> !c.rules().approvalRule().requiresApproval(c.state(), (ProposeResolution) c.command()));

    /**
     * The approval rule does not require approval of the resolution a complaint settled at first contact amounts
     * to ({@link ResolveAtFirstContact#asProposal()}): the same rule, and the same code, as for a proposal.
     */
    public static final Guard NO_APPROVAL_AT_FIRST_CONTACT = new Guard("no approval required at first contact",
            ErrorCode.APPROVAL_REQUIRED, c -> !c.rules().approvalRule().requiresApproval(c.state(),
                    ((ResolveAtFirstContact) c.command()).asProposal()));

    /**
     * The customer's latest answer is "dissatisfied": at the satisfaction check after the response, or at a later
     * return visit ({@code RecordReturnVisit}), whichever came last.
     */
    public static final Guard CUSTOMER_DISSATISFIED = new Guard("customer dissatisfied",
            ErrorCode.CUSTOMER_NOT_DISSATISFIED, c -> c.state().satisfaction() == Satisfaction.DISSATISFIED);

    /**
     * A decision was given and the customer's window to ask for a review is open: as the engine's review-window
     * clock says where one runs for the complaint ({@link GuardContext#reviewWindow()}), else when today, in the
     * rules' zone, is no later than the decision's day plus the review window (inclusive counting, CBIRC
     * Arts. 20 and 43).
     */
    public static final Guard WITHIN_REVIEW_WINDOW = new Guard("within review window",
            ErrorCode.REVIEW_WINDOW_CLOSED, c -> {
                if (c.state().response() == null) {
                    return false;
                }
                if (c.reviewWindow() != WindowReading.BY_RULES) {
                    return c.reviewWindow() == WindowReading.OPEN;
                }
                LocalDate decided = LocalDate.ofInstant(c.state().response().respondedAt(), c.rules().zone());
                LocalDate today = LocalDate.ofInstant(c.now(), c.rules().zone());
                return !today.isAfter(decided.plus(c.rules().reviewWindow()));
            });

    /** A complaint is not merged into itself. */
    public static final Guard NOT_ITSELF = new Guard("not itself", ErrorCode.SELF_REFERENCE,
            c -> !((MergeIntoExisting) c.command()).target().equals(c.state().id()));

    private static final TransitionTable TABLE = build();

    private StandardLifecycle() {
    }

    /**
     * Returns the standard table.
     *
     * @return the table, checked
     */
    public static TransitionTable table() {
        return TABLE;
    }

    private static Set<ComplaintStatus> withClosed(Set<ComplaintStatus> open) {
        Set<ComplaintStatus> out = EnumSet.copyOf(open);
        out.add(CLOSED);
        return out;
    }

    private static TransitionTable build() {
        Set<ComplaintStatus> open = EnumSet.noneOf(ComplaintStatus.class);
        for (ComplaintStatus status : ComplaintStatus.values()) {
            if (status.isOpen()) {
                open.add(status);
            }
        }
        // Root-cause work (溯源整改) starts once a complaint is accepted and goes on after it is closed; a
        // withdrawn, merged or refused complaint takes no further command.
        Set<ComplaintStatus> analysed = EnumSet.complementOf(EnumSet.of(REGISTERED, NOT_ACCEPTED, MERGED, WITHDRAWN));
        // The work log (notes, evidence, contacts) is kept from registration to the end, after closure and after a
        // refusal too (telling the customer why); a complaint merged into another keeps its log there, and a
        // withdrawn complaint, as ever, takes no further command.
        Set<ComplaintStatus> caseWork = EnumSet.complementOf(EnumSet.of(MERGED, WITHDRAWN));
        // An interim reply tells an accepted, open complaint's customer how handling stands until the answer.
        Set<ComplaintStatus> interim = EnumSet.copyOf(open);
        interim.removeAll(EnumSet.of(REGISTERED, RESPONDED));
        // The result is reported to the unit's complaint team from acceptance on, and may be after closure.
        Set<ComplaintStatus> reported = withClosed(open);
        reported.remove(REGISTERED);
        Set<ComplaintStatus> accountable = EnumSet.of(ASSIGNED, INVESTIGATING, PAUSED, AWAITING_APPROVAL, RESOLVED,
                RESPONDED, UNDER_REVIEW, REFERRED, CLOSED);
        return TransitionTable.builder(REGISTERED)
                .allow(REGISTERED, ACCEPT, ACCEPTED)
                .allow(REGISTERED, REJECT, NOT_ACCEPTED)
                .allowFrom(MERGE, EnumSet.of(REGISTERED, ACCEPTED), MERGED, List.of(NOT_ITSELF))
                .allow(ACCEPTED, ASSIGN, ASSIGNED, List.of(HANDLER_NOT_RECUSED))
                .allow(ASSIGNED, ASSIGN, ASSIGNED, List.of(HANDLER_NOT_RECUSED))
                .allow(INVESTIGATING, ASSIGN, INVESTIGATING, List.of(HANDLER_NOT_RECUSED))
                .allow(ASSIGNED, START_INVESTIGATION, INVESTIGATING)
                .allow(INVESTIGATING, PAUSE, PAUSED)
                .allow(PAUSED, RESUME, INVESTIGATING)
                .allow(INVESTIGATING, PROPOSE_RESOLUTION, AWAITING_APPROVAL, List.of(APPROVAL_REQUIRED))
                .allow(INVESTIGATING, PROPOSE_RESOLUTION, RESOLVED, List.of(NO_APPROVAL_REQUIRED))
                // A step before the last of a several-step approval keeps the complaint awaiting approval; the last
                // step (the only one, unless the approval matrix asks for several) resolves it.
                .allow(AWAITING_APPROVAL, APPROVE_RESOLUTION, AWAITING_APPROVAL,
                        List.of(FOUR_EYES, APPROVER_NOT_RECUSED, FURTHER_APPROVAL_STEPS))
                .allow(AWAITING_APPROVAL, APPROVE_RESOLUTION, RESOLVED, List.of(FOUR_EYES, APPROVER_NOT_RECUSED))
                .allow(AWAITING_APPROVAL, SEND_BACK, INVESTIGATING)
                .allow(RESOLVED, RESPOND, RESPONDED)
                .allow(RESPONDED, RECORD_SATISFACTION, RESPONDED)
                .allow(RESPONDED, REINVESTIGATE, INVESTIGATING, List.of(CUSTOMER_DISSATISFIED))
                .allow(UNDER_REVIEW, REINVESTIGATE, INVESTIGATING)
                .allow(RESPONDED, CLOSE, CLOSED)
                .allow(RESPONDED, REQUEST_REVIEW, UNDER_REVIEW, List.of(WITHIN_REVIEW_WINDOW))
                .allow(CLOSED, REQUEST_REVIEW, UNDER_REVIEW, List.of(WITHIN_REVIEW_WINDOW))
                .allow(UNDER_REVIEW, CONCLUDE_REVIEW, CLOSED)
                .allowFrom(REFER_EXTERNALLY, EnumSet.of(INVESTIGATING, RESPONDED, UNDER_REVIEW, CLOSED), REFERRED)
                .allow(REFERRED, RECORD_EXTERNAL_OUTCOME, CLOSED)
                .allowFrom(WITHDRAW, open, WITHDRAWN)
                .allowInPlace(RECORD_NEW_FACTS, EnumSet.complementOf(EnumSet.of(REFERRED, CLOSED, NOT_ACCEPTED,
                        WITHDRAWN, MERGED)))
                .allowInPlace(EXTEND_DEADLINE, open)
                .allowInPlace(OVERRIDE_CLASS, withClosed(open))
                .allowInPlace(ESCALATE, open)
                .allowInPlace(URGE, open)
                .allowInPlace(EMERGENCY_PAYMENT, open)
                .allowInPlace(CONCUR, EnumSet.of(AWAITING_APPROVAL))
                .allowInPlace(LINK_ROOT_CAUSE, analysed)
                .allowInPlace(COMPLETE_REMEDIATION, analysed)
                .allowInPlace(MARK_TYPICAL_CASE, EnumSet.of(RESPONDED, CLOSED))
                .allowInPlace(PROMISE_COMPLETION, EnumSet.of(REGISTERED, ACCEPTED, ASSIGNED, INVESTIGATING, PAUSED,
                        AWAITING_APPROVAL, RESOLVED))
                .allowInPlace(REPLY_TO_FORWARDING_BODY, EnumSet.of(RESPONDED, UNDER_REVIEW, REFERRED, CLOSED))
                .allowInPlace(ADD_CASE_NOTE, caseWork)
                .allowInPlace(ATTACH_EVIDENCE, caseWork)
                .allowInPlace(RECORD_CONTACT, caseWork)
                .allowInPlace(RECORD_INTERIM_REPLY, interim)
                .allowInPlace(REPORT_INTERNALLY, reported)
                // Co-handling units give their opinion while the first responsible unit works towards a decision.
                .allowInPlace(GIVE_OPINION, EnumSet.of(ASSIGNED, INVESTIGATING, PAUSED, AWAITING_APPROVAL))
                // A return visit follows the answer: after the response and after closure. Not under review, where
                // the customer's dissatisfaction is already being heard, nor after referral to an outside body.
                .allowInPlace(RECORD_RETURN_VISIT, EnumSet.of(RESPONDED, CLOSED))
                // A closed complaint whose customer said at a return visit that they are dissatisfied is
                // re-investigated while the review window is open.
                .allow(CLOSED, REINVESTIGATE, INVESTIGATING, List.of(CUSTOMER_DISSATISFIED, WITHIN_REVIEW_WINDOW))
                .allowInPlace(RAISE_WITH_HEAD, open)
                .allowInPlace(TRANSFER_OWNERSHIP, withClosed(open))
                .allow(REGISTERED, RESOLVE_AT_FIRST_CONTACT, RESPONDED, List.of(NO_APPROVAL_AT_FIRST_CONTACT))
                // A complaint climbs the tier ladder (seed 003) while it is open.
                .allowInPlace(HAND_UP_TIER, open)
                // A regulator's cohort order pauses named clocks in every open status (DISP App 5); its lifting
                // resumes them after closure too, since a closed complaint may be reopened.
                .allowInPlace(PAUSE_BY_ORDER, open)
                .allowInPlace(RESUME_BY_ORDER, withClosed(open))
                // Responsibility is found by the investigation and accountability decided from assignment on, up to
                // closure and after it: the seed's accountability follows the handling (总结), a case may be opened
                // by a clock that ran out late in the handling, and a review may revise the finding.
                .allowInPlace(RECORD_RESPONSIBILITY, accountable)
                .allowInPlace(DECIDE_ACCOUNTABILITY, accountable)
                // A legal hold keeps the file past its retention whatever the complaint's status, merged and
                // withdrawn complaints included: it is about the record, not the handling.
                .allowInPlace(PLACE_LEGAL_HOLD, EnumSet.allOf(ComplaintStatus.class))
                .allowInPlace(LIFT_LEGAL_HOLD, EnumSet.allOf(ComplaintStatus.class))
                // Erasure is about the record's personal data, not the handling: allowed whatever the status.
                .allowInPlace(ERASE_PERSONAL_DATA, EnumSet.allOf(ComplaintStatus.class))
                .build();
    }
}
