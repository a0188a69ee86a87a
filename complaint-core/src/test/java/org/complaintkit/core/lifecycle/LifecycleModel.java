package org.complaintkit.core.lifecycle;

import static org.complaintkit.api.command.CommandType.*;
import static org.complaintkit.api.complaint.ComplaintStatus.*;


import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Arrays;
import java.util.HashSet;
import org.complaintkit.api.organisation.Role;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.Map;
import org.complaintkit.api.casework.ContactOutcome;
import org.complaintkit.api.command.CommandType;
import org.complaintkit.api.complaint.ComplaintId;
import org.complaintkit.api.complaint.ComplaintStatus;
import org.complaintkit.api.complaint.Money;
import org.complaintkit.api.complaint.Satisfaction;
import org.complaintkit.api.error.ErrorCode;
import org.complaintkit.api.organisation.Actor;
import org.complaintkit.api.organisation.StaffId;
import org.complaintkit.testkit.Commands;
import org.complaintkit.testkit.Fixtures;
import java.util.Set;
import org.complaintkit.core.tier.Tier;
import org.complaintkit.core.tier.TierLadder;
import org.complaintkit.core.tier.TierLimit;
import org.complaintkit.spi.organisation.AuthorityAction;

/**
 * A reference model of the lifecycle written out by hand from DOMAIN.md, independent of the
 * transition table: what each command should do in each status, and which rule refuses it.
 */
final class LifecycleModel {
    static final Money APPROVAL_LIMIT = Money.of("1000", "CNY");

    /** Where an unguarded or routed command leads, per status; statuses not listed refuse the command. */
    private static final Map<ComplaintStatus, Map<CommandType, ComplaintStatus>> MOVES = new EnumMap<>(ComplaintStatus.class);

    static {
        move(REGISTERED, ACCEPT, ACCEPTED);
        move(REGISTERED, REJECT, NOT_ACCEPTED);
        move(REGISTERED, MERGE, MERGED);
        move(ACCEPTED, MERGE, MERGED);
        move(ACCEPTED, ASSIGN, ASSIGNED);
        move(ASSIGNED, ASSIGN, ASSIGNED);
        move(INVESTIGATING, ASSIGN, INVESTIGATING);
        move(ASSIGNED, START_INVESTIGATION, INVESTIGATING);
        move(INVESTIGATING, PAUSE, PAUSED);
        move(PAUSED, RESUME, INVESTIGATING);
        move(INVESTIGATING, PROPOSE_RESOLUTION, AWAITING_APPROVAL); // or RESOLVED, by the approval rule
        // One step: the harness has no approval matrix. The steps before the last of a several-step approval
        // (AWAITING_APPROVAL --ApproveResolution--> AWAITING_APPROVAL, ResolutionEndorsed) are modelled in
        // core.approval.ApprovalStepsProperties, on an engine with a directory and a matrix.
        move(AWAITING_APPROVAL, APPROVE_RESOLUTION, RESOLVED);
        move(AWAITING_APPROVAL, SEND_BACK, INVESTIGATING);
        move(RESOLVED, RESPOND, RESPONDED);
        move(RESPONDED, RECORD_SATISFACTION, RESPONDED);
        move(RESPONDED, REINVESTIGATE, INVESTIGATING);
        move(UNDER_REVIEW, REINVESTIGATE, INVESTIGATING);
        move(RESPONDED, CLOSE, CLOSED);
        move(RESPONDED, REQUEST_REVIEW, UNDER_REVIEW);
        move(CLOSED, REQUEST_REVIEW, UNDER_REVIEW);
        move(UNDER_REVIEW, CONCLUDE_REVIEW, CLOSED);
        for (ComplaintStatus s : new ComplaintStatus[] {INVESTIGATING, RESPONDED, UNDER_REVIEW, CLOSED}) {
            move(s, REFER_EXTERNALLY, REFERRED);
        }
        move(REFERRED, RECORD_EXTERNAL_OUTCOME, CLOSED);
        move(CLOSED, OVERRIDE_CLASS, CLOSED);
        move(AWAITING_APPROVAL, CONCUR, AWAITING_APPROVAL);
        for (ComplaintStatus s : ComplaintStatus.values()) {
            if (s != REGISTERED && s != NOT_ACCEPTED && s != MERGED && s != WITHDRAWN) {
                move(s, LINK_ROOT_CAUSE, s);
                move(s, COMPLETE_REMEDIATION, s);
            }
        }
        move(REGISTERED, RESOLVE_AT_FIRST_CONTACT, RESPONDED); // only where no approval is required
        for (ComplaintStatus s : new ComplaintStatus[] {ASSIGNED, INVESTIGATING, PAUSED, AWAITING_APPROVAL}) {
            move(s, GIVE_OPINION, s);
        }
        move(RESPONDED, RECORD_RETURN_VISIT, RESPONDED);
        move(CLOSED, RECORD_RETURN_VISIT, CLOSED);
        move(CLOSED, REINVESTIGATE, INVESTIGATING); // dissatisfied at the return visit, within the review window
        move(CLOSED, TRANSFER_OWNERSHIP, CLOSED);
        move(RESPONDED, MARK_TYPICAL_CASE, RESPONDED);
        move(CLOSED, MARK_TYPICAL_CASE, CLOSED);
        // A promise is made before the answer; the forwarding body is answered once the customer has been.
        for (ComplaintStatus s : new ComplaintStatus[] {REGISTERED, ACCEPTED, ASSIGNED, INVESTIGATING, PAUSED,
                AWAITING_APPROVAL, RESOLVED}) {
            move(s, PROMISE_COMPLETION, s);
        }
        for (ComplaintStatus s : new ComplaintStatus[] {RESPONDED, UNDER_REVIEW, REFERRED, CLOSED}) {
            move(s, REPLY_TO_FORWARDING_BODY, s);
        }
        // The work log (issue 22): notes, evidence and contacts from registration to the end, never once merged or
        // withdrawn;
        // an interim reply from acceptance until the answer; an internal report from acceptance, after closure too.
        for (ComplaintStatus s : ComplaintStatus.values()) {
            if (s != MERGED && s != WITHDRAWN) {
                move(s, ADD_CASE_NOTE, s);
                move(s, ATTACH_EVIDENCE, s);
                move(s, RECORD_CONTACT, s);
            }
            if (s.isOpen() && s != REGISTERED && s != RESPONDED) {
                move(s, RECORD_INTERIM_REPLY, s);
            }
            if ((s.isOpen() || s == CLOSED) && s != REGISTERED) {
                move(s, REPORT_INTERNALLY, s);
            }
        }
        // Responsibility and accountability (issue 23): from assignment to closure and after it, in place.
        for (ComplaintStatus s : new ComplaintStatus[] {ASSIGNED, INVESTIGATING, PAUSED, AWAITING_APPROVAL, RESOLVED,
                RESPONDED, UNDER_REVIEW, REFERRED, CLOSED}) {
            move(s, RECORD_RESPONSIBILITY, s);
            move(s, DECIDE_ACCOUNTABILITY, s);
        }
        // Legal holds (issue 27): about the record, not the handling; in place in every status.
        for (ComplaintStatus s : ComplaintStatus.values()) {
            move(s, PLACE_LEGAL_HOLD, s);
            move(s, LIFT_LEGAL_HOLD, s);
        }
        // Erasure of personal data (issue 27 item 5): about the record, in place in every status.
        for (ComplaintStatus s : ComplaintStatus.values()) {
            move(s, ERASE_PERSONAL_DATA, s);
        }
        for (ComplaintStatus s : ComplaintStatus.values()) {
            if (s.isOpen()) {
                move(s, WITHDRAW, WITHDRAWN);
                if (s != REFERRED) {
                    move(s, RECORD_NEW_FACTS, s);
                }
                move(s, EXTEND_DEADLINE, s);
                move(s, OVERRIDE_CLASS, s);
                move(s, ESCALATE, s);
                move(s, URGE, s);
                move(s, EMERGENCY_PAYMENT, s);
                move(s, RAISE_WITH_HEAD, s);
                move(s, TRANSFER_OWNERSHIP, s);
                move(s, HAND_UP_TIER, s);
                move(s, PAUSE_BY_ORDER, s);
            }
            if (s.isOpen() || s == CLOSED) {
                move(s, RESUME_BY_ORDER, s);
            }
        }
    }

    private static void move(ComplaintStatus from, CommandType type, ComplaintStatus to) {
        MOVES.computeIfAbsent(from, k -> new EnumMap<>(CommandType.class)).put(type, to);
    }

    /** The command types the model lets through in a status (guards aside). */
    static java.util.Set<CommandType> allowedIn(ComplaintStatus status) {
        return MOVES.getOrDefault(status, Map.of()).keySet();
    }

    /** One complaint as the model sees it. */
    static final class Complaint {
        final ComplaintId id;
        final StaffId accused;
        ComplaintStatus status = REGISTERED;
        long version = 1;
        StaffId proposer;
        // Who concurred with the resolution since it was last proposed: they do not approve it.
        final Set<StaffId> concurrers = new HashSet<>();
        StaffId handler;
        // The first-contact owner: the teller who registered, until a transfer.
        StaffId owner = Fixtures.TELLER_ID;
        Satisfaction satisfaction;
        Instant respondedAt;
        // Whether the complaint planned the remediation action, and whether it is done.
        boolean actionPlanned;
        boolean actionDone;
        // Whether a body (the regulator, in the harness) forwarded the complaint.
        boolean forwarded;
        // The "decision" clock: 15, 30 or 60 calendar days on Asia/Shanghai days, paused while waiting for
        // the customer, restarted by new facts, stopped by the response, cancelled by the endings.
        Instant decisionStart;
        int tierRank;
        final List<Instant[]> pauses = new ArrayList<>();
        Instant pausedSince;
        // Why the decision clock is paused: handling waits for the customer, and the harness's cohort order.
        boolean handlingPaused;
        boolean orderPaused;
        boolean decisionStopped;
        // Whether a contact has reached the customer: only the first that does marks FIRST_CONTACT.
        boolean reached;
        // The handling tier on LADDER (0 first, 1 second), where the harness has a ladder; and the compensation
        // last proposed, which an approval grants.
        int handlingTier;
        Money proposed;
        // Whether an accountability case is open (the harness's policy opens one when a body forwarded the
        // complaint), and whether a finding names the accused liable (the harness's findings always do).
        boolean caseOpen;
        boolean foundLiable;
        /** A legal hold stands. */
        boolean legalHold;

        Complaint(ComplaintId id, StaffId accused, Instant receivedAt) {
            this.id = id;
            this.accused = accused;
            this.decisionStart = receivedAt;
        }

        /** The decision clock's deadline by hand: budget in elapsed time, extended by each pause before it. */
        Instant decisionDeadline() {
            Instant unpaused = LocalDate.ofInstant(decisionStart, CN).plusDays(TIER_DAYS[tierRank] + 1L)
                    .atStartOfDay(CN).toInstant();
            Duration left = Duration.between(decisionStart, unpaused);
            Instant cursor = decisionStart;
            List<Instant[]> all = new ArrayList<>(pauses);
            if (pausedSince != null) {
                all.add(new Instant[] {pausedSince, null});
            }
            for (Instant[] pause : all) {
                if (!pause[0].isBefore(cursor.plus(left))) {
                    break;
                }
                if (pause[1] == null) {
                    return null;
                }
                left = left.minus(Duration.between(cursor, pause[0]));
                cursor = pause[1];
            }
            return cursor.plus(left);
        }

        boolean decisionLive(Instant now) {
            Instant deadline = decisionDeadline();
            return !decisionStopped && (deadline == null || !now.isAfter(deadline));
        }
    }

    static final ZoneId CN = ZoneId.of("Asia/Shanghai");
    static final int[] TIER_DAYS = {15, 30, 60};
    static final List<String> TIERS = List.of("base", "complex", "special");

    /**
     * The harness's tier ladder, where it has one (with clocks): the first tier holds the receiver and handler roles
     * and grants compensation up to 5,000 CNY and emergency payments up to 500 CNY; the second holds the approver
     * role and has no limit of its own. Bank-wide: the harness has no directory, and every complaint is tiered.
     */
    static final TierLadder LADDER = TierLadder.of(
            Tier.of("first", "first tier", Set.of(Role.RECEIVER, Role.HANDLER),
                    TierLimit.upTo(AuthorityAction.COMPENSATION, Money.of("5000", "CNY")),
                    TierLimit.upTo(AuthorityAction.EMERGENCY_PAYMENT, Money.of("500", "CNY"))),
            Tier.of("second", "second tier", Set.of(Role.APPROVER),
                    TierLimit.unlimited(AuthorityAction.COMPENSATION),
                    TierLimit.unlimited(AuthorityAction.EMERGENCY_PAYMENT))).bankWide();
    static final Money FIRST_TIER_LIMIT = Money.of("5000", "CNY");

    /** The highest tier of LADDER the actor's roles place them at, or -1 for none. */
    static int tierOf(Actor actor) {
        return actor.roles().contains(Role.APPROVER) ? 1
                : actor.roles().contains(Role.RECEIVER) || actor.roles().contains(Role.HANDLER) ? 0 : -1;
    }

    /** The refusal of a proposal, approval, settlement or payment by the ladder, or null (no ladder, or allowed). */
    static ErrorCode tierRefusal(Complaint c, Actor actor, Money amount, Money limit, boolean withLadder) {
        if (!withLadder) {
            return null;
        }
        if (tierOf(actor) < c.handlingTier) {
            return ErrorCode.NOT_AT_TIER;
        }
        return c.handlingTier == 0 && amount != null && amount.amount().compareTo(limit.amount()) > 0
                ? ErrorCode.TIER_AUTHORITY_EXCEEDED : null;
    }

    /** What the model expects: a target status, or the first refusal code. */
    record Expected(ComplaintStatus target, ErrorCode refusal) {
        static Expected to(ComplaintStatus s) {
            return new Expected(s, null);
        }

        static Expected refused(ErrorCode code) {
            return new Expected(null, code);
        }
    }

    static Expected predict(Complaint c, CommandType type, Actor actor, Commands.Payload p, Instant now,
                            boolean withClocks) {
        if (actor.staffId().equals(c.accused)) {
            return Expected.refused(ErrorCode.RECUSAL);
        }
        ComplaintStatus target = MOVES.getOrDefault(c.status, Map.of()).get(type);
        if (target == null) {
            return Expected.refused(ErrorCode.ILLEGAL_TRANSITION);
        }
        // Once a handler is named, the investigation's own steps are theirs (the pool has no complaint manager and
        // the harness no directory, so no deputy).
        if ((type == CommandType.START_INVESTIGATION || type == CommandType.PAUSE || type == CommandType.RESUME)
                && c.handler != null && !actor.staffId().equals(c.handler)) {
            return Expected.refused(ErrorCode.NOT_THE_HANDLER);
        }
        switch (type) {
            case ASSIGN:
                return p.handler() != null && p.handler().equals(c.accused) ? Expected.refused(ErrorCode.RECUSAL)
                        : Expected.to(target);
            case PROPOSE_RESOLUTION:
                boolean needsApproval = p.compensation() != null
                        && p.compensation().amount().compareTo(APPROVAL_LIMIT.amount()) > 0;
                ErrorCode beyondTier = tierRefusal(c, actor, p.compensation(), FIRST_TIER_LIMIT, withClocks);
                return beyondTier != null ? Expected.refused(beyondTier)
                        : Expected.to(needsApproval ? AWAITING_APPROVAL : RESOLVED);
            case APPROVE_RESOLUTION:
                if (actor.staffId().equals(c.proposer)) {
                    return Expected.refused(ErrorCode.FOUR_EYES);
                }
                if (c.concurrers.contains(actor.staffId())) {
                    return Expected.refused(ErrorCode.APPROVER_CONCURRED);
                }
                ErrorCode approvalBeyondTier = tierRefusal(c, actor, c.proposed, FIRST_TIER_LIMIT, withClocks);
                return approvalBeyondTier != null ? Expected.refused(approvalBeyondTier) : Expected.to(target);
            case EMERGENCY_PAYMENT:
                ErrorCode paymentBeyondTier = tierRefusal(c, actor, Money.of("500", "CNY"), Money.of("500", "CNY"),
                        withClocks);
                return paymentBeyondTier != null ? Expected.refused(paymentBeyondTier) : Expected.to(target);
            case HAND_UP_TIER:
                if (!withClocks) {
                    return Expected.refused(ErrorCode.NO_TIER_LADDER); // only the harness with clocks has a ladder
                }
                if (c.handlingTier == LADDER.tiers().size() - 1) {
                    return Expected.refused(ErrorCode.TIER_AT_TOP);
                }
                return tierOf(actor) < c.handlingTier ? Expected.refused(ErrorCode.NOT_AT_TIER) : Expected.to(target);
            case REINVESTIGATE:
                if ((c.status == RESPONDED || c.status == CLOSED) && c.satisfaction != Satisfaction.DISSATISFIED) {
                    return Expected.refused(ErrorCode.CUSTOMER_NOT_DISSATISFIED);
                }
                return c.status == CLOSED && !inReviewWindow(c, now) ? Expected.refused(ErrorCode.REVIEW_WINDOW_CLOSED)
                        : Expected.to(target);
            case RESOLVE_AT_FIRST_CONTACT:
                if (p.compensation() != null && p.compensation().amount().compareTo(APPROVAL_LIMIT.amount()) > 0) {
                    return Expected.refused(ErrorCode.APPROVAL_REQUIRED);
                }
                ErrorCode settlementBeyondTier = tierRefusal(c, actor, p.compensation(), FIRST_TIER_LIMIT, withClocks);
                return settlementBeyondTier != null ? Expected.refused(settlementBeyondTier) : Expected.to(target);
            case GIVE_OPINION:
                return Expected.refused(ErrorCode.NOT_A_CO_HANDLER); // the harness names no co-handling unit
            case RAISE_WITH_HEAD:
                // The harness has no directory to find a head in.
                return Expected.refused(actor.staffId().equals(c.owner) ? ErrorCode.NO_UNIT_HEAD
                        : ErrorCode.NOT_FIRST_CONTACT_OWNER);
            case TRANSFER_OWNERSHIP:
                StaffId to = p.handler() == null ? Fixtures.APPROVER_ID : p.handler();
                if (!actor.staffId().equals(c.owner)) {
                    return Expected.refused(ErrorCode.NOT_FIRST_CONTACT_OWNER);
                }
                if (to.equals(c.owner)) {
                    return Expected.refused(ErrorCode.OWNER_UNCHANGED);
                }
                return to.equals(c.accused) ? Expected.refused(ErrorCode.RECUSAL) : Expected.to(target);
            case REQUEST_REVIEW:
                return inReviewWindow(c, now) ? Expected.to(target) : Expected.refused(ErrorCode.REVIEW_WINDOW_CLOSED);
            case URGE:
                // The pool has no complaint manager; the first-contact owner urges.
                return actor.staffId().equals(c.owner) && c.handler != null ? Expected.to(target)
                        : Expected.refused(ErrorCode.URGE_NOT_ALLOWED);
            case ESCALATE:
                return Expected.refused(ErrorCode.ESCALATION_AT_TOP); // the harness has no organisation directory
            case OVERRIDE_CLASS:
                return withClocks ? Expected.to(target) : Expected.refused(ErrorCode.UNKNOWN_CLASS);
            case EXTEND_DEADLINE:
                if (!withClocks || !TIERS.contains(p.tier())) {
                    return Expected.refused(ErrorCode.UNKNOWN_CLOCK);
                }
                int rank = TIERS.indexOf(p.tier());
                if (!c.decisionLive(now) || rank <= c.tierRank) {
                    return Expected.refused(ErrorCode.EXTENSION_NOT_ALLOWED);
                }
                if (rank == 2 && !actor.roles().contains(Role.APPROVER)) {
                    return Expected.refused(ErrorCode.EXTENSION_NOT_APPROVED);
                }
                if (rank == 2 && p.noticeBy() == null) {
                    return Expected.refused(ErrorCode.EXTENSION_NOTICE_REQUIRED);
                }
                return Expected.to(target);
            case COMPLETE_REMEDIATION:
                return c.actionPlanned && !c.actionDone ? Expected.to(target)
                        : Expected.refused(ErrorCode.REMEDIATION_NOT_OPEN);
            case PROMISE_COMPLETION:
                // A promise needs a calendar for its clock; the harness's promises are far ahead and give a reason.
                return withClocks ? Expected.to(target) : Expected.refused(ErrorCode.PROMISE_NOT_TIMED);
            case REPLY_TO_FORWARDING_BODY:
                return c.forwarded ? Expected.to(target) : Expected.refused(ErrorCode.NOT_FORWARDED);
            case PAUSE_BY_ORDER:
                return c.orderPaused ? Expected.refused(ErrorCode.ORDER_ALREADY_PAUSES) : Expected.to(target);
            case RESUME_BY_ORDER:
                return c.orderPaused ? Expected.to(target) : Expected.refused(ErrorCode.ORDER_NOT_PAUSING);
            case CONCUR:
                // The harness has no directory (no department to check) and no matrix (no endorsed step).
                return actor.staffId().equals(c.proposer) ? Expected.refused(ErrorCode.CONCURRER_IS_PROPOSER)
                        : Expected.to(target);
            case RECORD_RESPONSIBILITY:
                // The harness's finding names the accused liable: they do not record it.
                if (actor.staffId().equals(Fixtures.ACCUSED_ID)) {
                    return Expected.refused(ErrorCode.ACCOUNTABILITY_CONCERNED);
                }
                // The default accountability policy: a handler, complaint manager or approver records a finding.
                return holdsAny(actor, Role.HANDLER, Role.COMPLAINT_MANAGER, Role.APPROVER) ? Expected.to(target)
                        : Expected.refused(ErrorCode.RESPONSIBILITY_RECORDER_ROLE_MISSING);
            case DECIDE_ACCOUNTABILITY:
                // The harness's decision criticises the accused: refused without an open case, to the accused, and
                // unless a finding names the accused liable.
                if (!c.caseOpen) {
                    return Expected.refused(ErrorCode.NO_OPEN_ACCOUNTABILITY_CASE);
                }
                if (actor.staffId().equals(Fixtures.ACCUSED_ID)) {
                    return Expected.refused(ErrorCode.ACCOUNTABILITY_CONCERNED);
                }
                // The default accountability policy: an approver, complaint manager or superior approver decides.
                if (!holdsAny(actor, Role.APPROVER, Role.COMPLAINT_MANAGER, Role.of("superior-approver"))) {
                    return Expected.refused(ErrorCode.ACCOUNTABILITY_DECIDER_ROLE_MISSING);
                }
                return c.foundLiable ? Expected.to(target) : Expected.refused(ErrorCode.SANCTION_NOT_ON_LIABLE);
            case PLACE_LEGAL_HOLD:
            case LIFT_LEGAL_HOLD:
                // The standard access policy: only the complaint-management unit (or the host's system) holds files.
                if (!holdsAny(actor, Role.COMPLAINT_MANAGER, Role.SYSTEM)) {
                    return Expected.refused(ErrorCode.LEGAL_HOLD_NOT_PERMITTED);
                }
                if (type == PLACE_LEGAL_HOLD) {
                    return c.legalHold ? Expected.refused(ErrorCode.LEGAL_HOLD_ALREADY_PLACED) : Expected.to(target);
                }
                return c.legalHold ? Expected.to(target) : Expected.refused(ErrorCode.NO_LEGAL_HOLD);
            case ERASE_PERSONAL_DATA:
                // The standard access policy: only the complaint-management unit (or the host's system) erases; a
                // legal hold keeps the file whole; and this engine has no key store, so its complaints keep their
                // personal data plain and cannot be crypto-shredded.
                if (!holdsAny(actor, Role.COMPLAINT_MANAGER, Role.SYSTEM)) {
                    return Expected.refused(ErrorCode.ERASURE_NOT_PERMITTED);
                }
                return c.legalHold ? Expected.refused(ErrorCode.ERASURE_UNDER_LEGAL_HOLD)
                        : Expected.refused(ErrorCode.PERSONAL_DATA_NOT_ENCRYPTED);
            case MERGE:
                return p.mergeTarget() == null || p.mergeTarget().equals(c.id) ? Expected.refused(ErrorCode.SELF_REFERENCE)
                        : Expected.to(target);
            default:
                return Expected.to(target);
        }
    }

    /** Whether the actor holds one of the roles. */
    private static boolean holdsAny(Actor actor, Role... roles) {
        return Arrays.stream(roles).anyMatch(actor.roles()::contains);
    }

    /** Whether the customer's window to ask for a review is open: 30 days after the response's day, in UTC. */
    private static boolean inReviewWindow(Complaint c, Instant now) {
        return c.respondedAt != null && !LocalDate.ofInstant(now, ZoneOffset.UTC)
                .isAfter(LocalDate.ofInstant(c.respondedAt, ZoneOffset.UTC).plusDays(30));
    }

    /** Applies an accepted command to the model. */
    static void accept(Complaint c, CommandType type, Actor actor, Commands.Payload p, Instant now, ComplaintStatus target) {
        c.status = target;
        if (!c.decisionStopped) {
            switch (type) {
                // The clock is paused while handling waits or the order holds it: one pause from the first to the last.
                case PAUSE -> {
                    c.handlingPaused = true;
                    c.pausedSince = c.pausedSince == null ? now : c.pausedSince;
                }
                case RESUME -> {
                    c.handlingPaused = false;
                    if (c.pausedSince != null && !c.orderPaused) {
                        c.pauses.add(new Instant[] {c.pausedSince, now});
                        c.pausedSince = null;
                    }
                }
                case PAUSE_BY_ORDER -> c.pausedSince = c.pausedSince == null ? now : c.pausedSince;
                case RESUME_BY_ORDER -> {
                    if (c.pausedSince != null && !c.handlingPaused) {
                        c.pauses.add(new Instant[] {c.pausedSince, now});
                        c.pausedSince = null;
                    }
                }
                case RECORD_NEW_FACTS -> {
                    c.decisionStart = now;
                    c.pauses.clear();
                    c.handlingPaused = false;
                    c.pausedSince = c.orderPaused ? now : null;
                    c.tierRank = 0;
                }
                case EXTEND_DEADLINE -> c.tierRank = TIERS.indexOf(p.tier());
                case RESPOND, WITHDRAW, MERGE, REJECT, RESOLVE_AT_FIRST_CONTACT -> c.decisionStopped = true;
                default -> {
                }
            }
        }
        switch (type) {
            case PROPOSE_RESOLUTION -> {
                c.proposer = actor.staffId();
                c.proposed = p.compensation();
                c.concurrers.clear();
            }
            case CONCUR -> c.concurrers.add(actor.staffId());
            case HAND_UP_TIER -> c.handlingTier++;
            case ASSIGN -> c.handler = p.handler();
            case RESPOND -> {
                c.respondedAt = now;
                c.satisfaction = null;
            }
            case RECORD_SATISFACTION, RECORD_RETURN_VISIT -> c.satisfaction = p.satisfaction();
            case TRANSFER_OWNERSHIP -> c.owner = p.handler() == null ? Fixtures.APPROVER_ID : p.handler();
            case RESOLVE_AT_FIRST_CONTACT -> {
                c.proposer = actor.staffId();
                c.handler = actor.staffId();
                c.respondedAt = now;
                c.satisfaction = null;
            }
            case LINK_ROOT_CAUSE -> {
                c.actionPlanned = true;
                c.actionDone = false;
            }
            case COMPLETE_REMEDIATION -> c.actionDone = true;
            case PAUSE_BY_ORDER -> c.orderPaused = true;
            case RESUME_BY_ORDER -> c.orderPaused = false;
            case RECORD_RESPONSIBILITY -> c.foundLiable = true;
            case DECIDE_ACCOUNTABILITY -> c.caseOpen = false;
            case PLACE_LEGAL_HOLD -> c.legalHold = true;
            case LIFT_LEGAL_HOLD -> c.legalHold = false;
            case RECORD_CONTACT -> c.reached = c.reached || Commands.contactOutcome(p) == ContactOutcome.REACHED;
            default -> {
            }
        }
    }


    private LifecycleModel() {
    }
}
