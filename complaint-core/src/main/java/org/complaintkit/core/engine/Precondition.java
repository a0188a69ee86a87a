package org.complaintkit.core.engine;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.complaintkit.api.classification.ClassAssignment;
import org.complaintkit.api.classification.ClassificationResult;
import org.complaintkit.api.command.AssignComplaint;
import org.complaintkit.api.command.ApproveResolution;
import org.complaintkit.api.command.AttachEvidence;
import org.complaintkit.api.command.DecideAccountability;
import org.complaintkit.api.command.RecordResponsibility;
import org.complaintkit.api.complaint.Sanction;
import org.complaintkit.core.accountability.Accountability;
import org.complaintkit.api.command.CompleteRemediation;
import org.complaintkit.api.command.ExtendDeadline;
import org.complaintkit.api.command.OverrideClass;
import org.complaintkit.api.command.UrgeHandler;
import org.complaintkit.api.command.PromiseCompletion;
import org.complaintkit.core.sla.PromiseClocks;
import org.complaintkit.api.command.TransferOwnership;
import org.complaintkit.api.command.PauseClocksByOrder;
import org.complaintkit.api.command.ResumeClocksByOrder;
import org.complaintkit.core.sla.OrderPauses;
import org.complaintkit.api.organisation.UnitId;
import org.complaintkit.api.access.Permission;
import org.complaintkit.api.error.CommandRefusedException;
import org.complaintkit.api.error.ErrorCode;
import org.complaintkit.api.error.InvalidInputException;
import org.complaintkit.api.error.Violation;
import org.complaintkit.api.organisation.Actor;
import org.complaintkit.api.organisation.Role;
import org.complaintkit.core.casework.CaseWork;
import org.complaintkit.core.classification.Classifications;
import org.complaintkit.core.escalation.EscalationLadder;
import org.complaintkit.core.learning.RootCauses;
import org.complaintkit.core.retention.LegalHolds;

/**
 * The engine's refusal rules beyond the lifecycle's guards, each named, with the codes it refuses with. A
 * {@link Handling} row lists the ones its command must pass, in the order they are checked; they run after the
 * access check and the lifecycle's transition table and guards, and before anything is recorded.
 * {@code docs/lifecycle.md} lists them beside the guards, generated from this enum and the handling table.
 */
enum Precondition {
    /** Naming a handler hands them the complaint: the access policy must let them act on it. */
    HANDLER_MAY_ACT("the named handler may act on the complaint under the access policy",
            List.of(ErrorCode.RECUSAL), d -> {
                AssignComplaint assign = (AssignComplaint) d.command();
                if (assign.handler() == null) {
                    return;
                }
                Actor named = Actor.staff(assign.handler(), assign.firstResponsible().unit(), Role.HANDLER);
                Optional<Violation> unfit = d.rules().access().check(named, d.before(), Permission.ACT);
                if (unfit.isPresent()) {
                    throw CommandRefusedException.of(unfit.get().code(), "handler",
                            "the named handler may not act on this complaint: " + unfit.get().message());
                }
            }),
    /** The clock runs on the complaint, has the tier, is not extended beyond it, and the extension is approved and noticed as the tier demands. */
    EXTENSION_ALLOWED("the clock is known, the tier exists and is not used up, approval and notice as the tier demands",
            List.of(ErrorCode.UNKNOWN_CLOCK, ErrorCode.EXTENSION_NOT_ALLOWED, ErrorCode.EXTENSION_NOT_APPROVED,
                    ErrorCode.EXTENSION_NOTICE_REQUIRED),
            d -> d.rules().clocks().current().checkExtension(d.before(), d.events(), (ExtendDeadline) d.command(),
                    d.now())),
    /** A remediation action can be completed only while it is planned and open under its root cause. */
    REMEDIATION_OPEN("the action is open under the root cause", List.of(ErrorCode.REMEDIATION_NOT_OPEN), d -> {
        CompleteRemediation completion = (CompleteRemediation) d.command();
        if (!RootCauses.isOpen(d.events(), completion.rootCauseId(), completion.actionId())) {
            throw CommandRefusedException.of(ErrorCode.REMEDIATION_NOT_OPEN, "actionId",
                    "complaint " + d.before().id() + " has no open action " + completion.actionId()
                            + " under root cause " + completion.rootCauseId());
        }
    }),
    /**
     * Compensation or an emergency payment within the authority of who makes it final, with a co-approving
     * department's concurrence where the limit asks for one (DOMAIN.md §7).
     */
    AUTHORITY_WITHIN_LIMITS("the amount is within the actor's authority, with concurrence where the limit needs it",
            List.of(ErrorCode.AUTHORITY_EXCEEDED),
            d -> d.rules().organisation().checkAuthority(d.before(), d.events(), d.command(), d.transition())),
    /** An override names a scheme the complaint was classified by and a class that scheme's taxonomy has. */
    CLASS_KNOWN("the complaint was classified by the scheme and the scheme has the class",
            List.of(ErrorCode.UNKNOWN_CLASS), d -> previousClass(d)),
    /** Only the complaint-management unit and the first-contact owner urge, and only a named handler. */
    URGE_ALLOWED("the actor manages complaints or is the first-contact owner, and a handler is named",
            List.of(ErrorCode.URGE_NOT_ALLOWED),
            d -> d.rules().organisation().checkUrge(d.before(), (UrgeHandler) d.command(), d.command().actor())),
    /** A complaint escalates one level up its unit's line; at the top, or with no directory, it cannot. */
    ESCALATION_HAS_LEVEL_ABOVE("the unit handling the complaint has a level above it in the directory",
            List.of(ErrorCode.ESCALATION_AT_TOP), d -> {
                if (!d.rules().organisation().canEscalate(d.before(), d.events())) {
                    throw CommandRefusedException.of(ErrorCode.ESCALATION_AT_TOP, "complaintId",
                            !d.rules().organisation().hasDirectory()
                                    ? "the engine has no organisation directory to escalate through"
                                    : "the complaint is at " + EscalationLadder.currentUnit(d.before(), d.events())
                                            + ", which has no level above");
                }
            }),
    /** A promise starts a clock, and clocks run on a business calendar: the engine must have one. */
    PROMISE_TIMED("the engine has a business calendar to run the promise's clock on",
            List.of(ErrorCode.PROMISE_NOT_TIMED), d -> {
                if (!d.rules().clocks().current().setup().timesPromises()) {
                    throw CommandRefusedException.of(ErrorCode.PROMISE_NOT_TIMED, "promisedBy",
                            "the engine has no business calendar, so a promise's clock cannot run; give the engine"
                                    + " a calendar");
                }
            }),
    /** Changing a promise made to the customer is recorded with its reason (承诺时限的变更). */
    PROMISE_CHANGE_EXPLAINED("a promise that replaces an earlier one carries the reason for the change",
            List.of(ErrorCode.PROMISE_CHANGE_NEEDS_REASON), d -> {
                if (((PromiseCompletion) d.command()).reason() == null && PromiseClocks.latest(d.events()).isPresent()) {
                    throw CommandRefusedException.of(ErrorCode.PROMISE_CHANGE_NEEDS_REASON, "reason",
                            "complaint " + d.before().id() + " already has a promise; changing it needs a reason");
                }
            }),
    /** Only a complaint that a body forwarded has a forwarding body to reply to (对口回复, seed 003). */
    FORWARDED("the complaint was forwarded by another body", List.of(ErrorCode.NOT_FORWARDED), d -> {
        if (d.before().registration().forwardedFrom() == null) {
            throw CommandRefusedException.of(ErrorCode.NOT_FORWARDED, "complaintId",
                    "complaint " + d.before().id() + " came from the customer directly; no body forwarded it");
        }
    }),
    /**
     * An attached document is on file: the engine has an evidence store, which holds a document under the key
     * with the size and SHA-256 the command claims (read and hashed at attach time).
     */
    EVIDENCE_ON_FILE("the engine has an evidence store holding the document under the key, with the size and SHA-256 claimed",
            List.of(ErrorCode.NO_EVIDENCE_STORE, ErrorCode.EVIDENCE_NOT_ON_FILE, ErrorCode.EVIDENCE_DIFFERS,
                    ErrorCode.EVIDENCE_STORE_FAILURE),
            d -> CaseWork.checkOnFile(d.rules().evidence(), (AttachEvidence) d.command())),
    /** Only a member of a unit the assignment names as co-handler gives a co-handler's opinion. */
    CO_HANDLER_MEMBER("the actor's unit is one of the units co-handling the complaint",
            List.of(ErrorCode.NOT_A_CO_HANDLER), d -> {
                UnitId unit = d.command().actor().unitId();
                boolean member = d.before().assignment() != null && d.before().assignment().coHandlers().stream()
                        .anyMatch(co -> co.unit().equals(unit));
                if (!member) {
                    throw CommandRefusedException.of(ErrorCode.NOT_A_CO_HANDLER, "actor",
                            "only a member of a unit co-handling the complaint gives a co-handler's opinion");
                }
            }),
    /** Only the current first-contact owner raises the complaint, and only with a head the directory names. */
    OWNER_RAISES("the actor is the current first-contact owner and the directory names a head of the handling unit",
            List.of(ErrorCode.NOT_FIRST_CONTACT_OWNER, ErrorCode.NO_UNIT_HEAD),
            d -> d.rules().organisation().checkRaise(d.before(), d.events(), d.command().actor())),
    /**
     * The current first-contact owner, or the complaint-management unit, hands the ownership to someone else who
     * may act on the complaint under the access policy (never a person it is about).
     */
    OWNER_TRANSFERS("the actor is the current first-contact owner or manages complaints; the new owner is someone "
            + "else whom the access policy lets act on the complaint",
            List.of(ErrorCode.NOT_FIRST_CONTACT_OWNER, ErrorCode.OWNER_UNCHANGED, ErrorCode.RECUSAL), d -> {
                TransferOwnership transfer = (TransferOwnership) d.command();
                d.rules().organisation().checkTransfer(d.before(), transfer);
                Actor named = d.rules().organisation().actorOf(transfer.to(), d.before());
                Optional<Violation> unfit = d.rules().access().check(named, d.before(), Permission.ACT);
                if (unfit.isPresent()) {
                    throw CommandRefusedException.of(unfit.get().code(), "to",
                            "the named owner may not act on this complaint: " + unfit.get().message());
                }
            }),
    /**
     * The approver has the authority the engine's approval matrix asks for the resolution: the role and unit level
     * of the row covering it (of the step now due, where the row asks for several), in the organisation directory,
     * on the line of the handling unit. No matrix: no restriction.
     */
    APPROVER_AUTHORISED("the approver holds the role at the unit level the approval matrix names for the resolution"
            + " (for the step now due, where it asks for several)",
            List.of(ErrorCode.APPROVAL_AUTHORITY_MISSING, ErrorCode.NO_APPROVAL_ROW,
                    ErrorCode.APPROVAL_STEP_AUTHORITY_MISSING),
            d -> d.rules().approvals().check(d.before(), d.events(),
                    ((ApproveResolution) d.command()).actor().staffId())),
    /**
     * An emergency payment stays within the engine's caps per payment, per complaint and per customer over a period
     * for the customer's segment, counted from the payments recorded (seed 002 第二篇 四(三)4); none configured,
     * nothing is checked.
     */
    PAYMENT_WITHIN_CAPS("the payment, with those recorded on the complaint and to the customer in the period, stays "
            + "within every cap for the customer's segment and the payment's currency",
            List.of(ErrorCode.PAYMENT_CAP_EXCEEDED, ErrorCode.PAYMENT_CAP_MISSING),
            d -> d.rules().paymentCaps().check(d)),
    /**
     * A complaint within the tier ladder's scope is handed up one tier of the engine's tier ladder (seed 003), by
     * staff at its tier or above, and not beyond the top.
     */
    TIER_HANDED_UP("the engine has a tier ladder, the complaint is handled within its scope, the complaint's tier is "
            + "on it with a tier above, and the actor holds a role of that tier or a higher one",
            List.of(ErrorCode.NO_TIER_LADDER, ErrorCode.COMPLAINT_NOT_TIERED, ErrorCode.TIER_NOT_ON_LADDER,
                    ErrorCode.TIER_AT_TOP, ErrorCode.NOT_AT_TIER),
            d -> d.rules().tiers().checkHandUp(d)),
    /**
     * For a complaint within the tier ladder's scope, compensation and emergency payments stay within the authority
     * of the complaint's current tier, and only staff at that tier or above propose, approve or pay; outside the
     * scope, or with no ladder, nothing is checked.
     */
    WITHIN_TIER_AUTHORITY("for a complaint within the tier ladder's scope, the actor holds a role of the complaint's "
            + "tier or a higher one, and the amount is within the tier's authority (the refusal names the tier to "
            + "hand up to)",
            List.of(ErrorCode.NOT_AT_TIER, ErrorCode.TIER_AUTHORITY_EXCEEDED, ErrorCode.TIER_NOT_ON_LADDER),
            d -> d.rules().tiers().checkAuthority(d)),
    /**
     * Each step of a several-step approval is given by another person: an approver who approved an earlier step of
     * the resolution since it was proposed does not approve the next (four eyes across the steps).
     */
    APPROVER_NOT_REPEATED("the approver did not approve an earlier step of the resolution",
            List.of(ErrorCode.APPROVER_ALREADY_APPROVED),
            d -> ApprovalCheck.checkNotRepeated(d.before(), d.command().actor().staffId())),
    /**
     * Line co-approval: where the approval matrix's row asks for the concurrence of departments of some kinds, a
     * department of each has concurred ({@code ConcurResolution}) since the resolution was proposed before the final
     * approval step is given.
     */
    LINE_CONCURRED("before the final approval, a department of each kind the approval matrix names has concurred",
            List.of(ErrorCode.LINE_CONCURRENCE_MISSING),
            d -> d.rules().approvals().checkConcurrence(d.before(), d.events(),
                    kind -> d.rules().organisation().concurred(d.events(), kind))),
    /** A cohort order pauses a complaint once: a second pause under the same reference is refused. */
    ORDER_NOT_YET_PAUSING("the cohort order does not already pause the complaint's clocks",
            List.of(ErrorCode.ORDER_ALREADY_PAUSES), d -> {
                PauseClocksByOrder pause = (PauseClocksByOrder) d.command();
                if (OrderPauses.pausedBy(d.events(), pause.orderReference())) {
                    throw CommandRefusedException.of(ErrorCode.ORDER_ALREADY_PAUSES, "orderReference",
                            "order " + pause.orderReference() + " already pauses complaint " + d.before().id());
                }
            }),
    /** Only the clocks an order paused resume under its reference. */
    ORDER_PAUSING("the cohort order pauses the complaint's clocks", List.of(ErrorCode.ORDER_NOT_PAUSING), d -> {
        ResumeClocksByOrder resume = (ResumeClocksByOrder) d.command();
        if (!OrderPauses.pausedBy(d.events(), resume.orderReference())) {
            throw CommandRefusedException.of(ErrorCode.ORDER_NOT_PAUSING, "orderReference",
                    "order " + resume.orderReference() + " does not pause complaint " + d.before().id());
        }
    }),
    /**
     * Whoever records a responsibility finding is not a person it concerns: not a person the complaint is about, nor
     * one this or an earlier finding names liable, nor a member of a unit named liable, nor one sanctioned.
     */
    RECORDER_NOT_CONCERNED("the actor is not a person the complaint is about, found liable or sanctioned, nor a member "
            + "of a unit found liable or sanctioned", List.of(ErrorCode.ACCOUNTABILITY_CONCERNED), d -> {
                RecordResponsibility finding = (RecordResponsibility) d.command();
                Actor actor = finding.actor();
                boolean named = finding.liable().stream().anyMatch(p -> actor.staffId().equals(p.staff())
                        || actor.unitId().equals(p.unit()));
                if (named || Accountability.concerns(actor, d.before(), d.events())) {
                    throw CommandRefusedException.of(ErrorCode.ACCOUNTABILITY_CONCERNED, "actor",
                            "a person the accountability concerns does not record the responsibility finding");
                }
            }),
    /**
     * Whoever records a responsibility finding holds one of the roles the accountability policy names for it
     * (by default handler, complaint-manager or approver), in the organisation directory where there is one.
     */
    RECORDER_ROLE_HELD("the actor holds a role the accountability policy lets record a responsibility finding",
            List.of(ErrorCode.RESPONSIBILITY_RECORDER_ROLE_MISSING),
            d -> RoleCheck.checkRole(d.command().actor(), d.rules().accountability().recorders(),
                    ErrorCode.RESPONSIBILITY_RECORDER_ROLE_MISSING, "recording a responsibility finding")),
    /**
     * Whoever decides an accountability case holds one of the roles the accountability policy names for it
     * (by default approver, complaint-manager or superior-approver), in the organisation directory where there is one.
     */
    DECIDER_ROLE_HELD("the actor holds a role the accountability policy lets decide an accountability case",
            List.of(ErrorCode.ACCOUNTABILITY_DECIDER_ROLE_MISSING),
            d -> RoleCheck.checkRole(d.command().actor(), d.rules().accountability().deciders(),
                    ErrorCode.ACCOUNTABILITY_DECIDER_ROLE_MISSING, "deciding an accountability case")),
    /** A concurrence is a second pair of eyes: the proposer of the resolution does not concur with it. */
    CONCURRER_NOT_PROPOSER("the concurrer did not propose the resolution",
            List.of(ErrorCode.CONCURRER_IS_PROPOSER),
            d -> Concurrences.checkNotProposer(d.before(), d.command().actor().staffId())),
    /** A person who approved a step of the resolution does not also concur with it. */
    CONCURRER_NOT_APPROVER("the concurrer did not approve a step of the resolution",
            List.of(ErrorCode.CONCURRER_APPROVED),
            d -> Concurrences.checkNotEndorser(d.before(), d.command().actor().staffId())),
    /**
     * With an organisation directory, a concurrence is a department's: staff the directory puts in no department
     * do not concur (their concurrence could satisfy no co-approval).
     */
    CONCURRER_IN_DEPARTMENT("with an organisation directory, the concurrer belongs to a department",
            List.of(ErrorCode.CONCURRER_WITHOUT_DEPARTMENT),
            d -> Concurrences.checkInDepartment(d.rules().organisation(), d.command().actor().staffId())),
    /**
     * A person who concurred with the resolution since it was last proposed does not approve any step of it: their
     * concurrence would count for their own approval.
     */
    APPROVER_NOT_CONCURRER("the approver did not concur with the resolution",
            List.of(ErrorCode.APPROVER_CONCURRED),
            d -> Concurrences.checkApproverDidNotConcur(d.events(), d.command().actor().staffId())),
    /** A decision decides an open accountability case: one the engine opened and no decision decided yet. */
    ACCOUNTABILITY_CASE_OPEN("the complaint has an accountability case no decision has decided",
            List.of(ErrorCode.NO_OPEN_ACCOUNTABILITY_CASE), d -> {
                if (Accountability.openCases(d.events()).isEmpty()) {
                    throw CommandRefusedException.of(ErrorCode.NO_OPEN_ACCOUNTABILITY_CASE, "complaintId",
                            "complaint " + d.before().id() + " has no open accountability case to decide");
                }
            }),
    /**
     * The approver of an accountability decision is not a person it concerns (recusal): not a person the complaint
     * is about, found liable or sanctioned, nor a member of a unit found liable or sanctioned.
     */
    APPROVER_NOT_CONCERNED("the approver is not a person the complaint is about, found liable or sanctioned, nor a "
            + "member of a unit found liable or sanctioned", List.of(ErrorCode.ACCOUNTABILITY_CONCERNED), d -> {
                DecideAccountability decision = (DecideAccountability) d.command();
                Actor actor = decision.actor();
                boolean sanctioned = decision.sanctions().stream().anyMatch(s -> actor.staffId().equals(s.on().staff())
                        || actor.unitId().equals(s.on().unit()));
                if (sanctioned || Accountability.concerns(actor, d.before(), d.events())) {
                    throw CommandRefusedException.of(ErrorCode.ACCOUNTABILITY_CONCERNED, "actor",
                            "a person the accountability concerns does not decide it");
                }
            }),
    /** Each sanction is on a staff member or unit the latest responsibility finding names liable or shared. */
    SANCTIONS_ON_LIABLE("each sanction is on a party the latest responsibility finding names liable or shared",
            List.of(ErrorCode.SANCTION_NOT_ON_LIABLE), d -> {
                List<Sanction> sanctions = ((DecideAccountability) d.command()).sanctions();
                for (int i = 0; i < sanctions.size(); i++) {
                    if (!Accountability.foundLiable(d.events(), sanctions.get(i).on())) {
                        throw CommandRefusedException.of(ErrorCode.SANCTION_NOT_ON_LIABLE, "sanctions[" + i + "].on",
                                "the latest responsibility finding does not name " + sanctions.get(i).on().label()
                                        + " liable");
                    }
                }
            }),
    /** Only who the access policy grants {@link Permission#LEGAL_HOLD} places or lifts a legal hold. */
    LEGAL_HOLD_PERMITTED("the access policy lets the actor place or lift a legal hold on the complaint",
            List.of(ErrorCode.RECUSAL, ErrorCode.LEGAL_HOLD_NOT_PERMITTED), d -> {
                Optional<Violation> denied = d.rules().access().check(d.command().actor(), d.before(),
                        Permission.LEGAL_HOLD);
                if (denied.isPresent()) {
                    throw CommandRefusedException.of(denied.get().code(), "actor", denied.get().message());
                }
            }),
    /** A legal hold is placed once: a second one while the first stands is refused. */
    NO_LEGAL_HOLD_STANDING("no legal hold stands on the complaint", List.of(ErrorCode.LEGAL_HOLD_ALREADY_PLACED), d -> {
        LegalHolds.standing(d.events()).ifPresent(hold -> {
            throw CommandRefusedException.of(ErrorCode.LEGAL_HOLD_ALREADY_PLACED, "complaintId",
                    "complaint " + d.before().id() + " is held already under " + hold.reference()
                            + " (event " + hold.sequence() + ")");
        });
    }),
    /** Only a standing legal hold is lifted. */
    LEGAL_HOLD_STANDING("a legal hold stands on the complaint", List.of(ErrorCode.NO_LEGAL_HOLD), d -> {
        if (!LegalHolds.held(d.events())) {
            throw CommandRefusedException.of(ErrorCode.NO_LEGAL_HOLD, "complaintId",
                    "no legal hold stands on complaint " + d.before().id());
        }
    }),
    /** Only who the access policy grants {@link Permission#ERASE_PERSONAL_DATA} erases personal data. */
    ERASURE_PERMITTED("the access policy lets the actor erase the complaint's personal data",
            List.of(ErrorCode.RECUSAL, ErrorCode.ERASURE_NOT_PERMITTED), d -> {
                Optional<Violation> denied = d.rules().access().check(d.command().actor(), d.before(),
                        Permission.ERASE_PERSONAL_DATA);
                if (denied.isPresent()) {
                    throw CommandRefusedException.of(denied.get().code(), "actor", denied.get().message());
                }
            }),
    /**
     * Only personal data kept encrypted can be erased by destroying its key: a complaint registered with no key
     * store keeps it in plain text, and its erasure is refused rather than pretended.
     */
    PERSONAL_DATA_ENCRYPTED("the complaint's personal data is encrypted under its own key",
            List.of(ErrorCode.PERSONAL_DATA_NOT_ENCRYPTED), d -> {
                if (!d.before().registration().complainant().name().isEncrypted()) {
                    throw CommandRefusedException.of(ErrorCode.PERSONAL_DATA_NOT_ENCRYPTED, "complaintId",
                            "complaint " + d.before().id() + " keeps its personal data in plain text (registered "
                                    + "without a personal-data key store); it cannot be erased by destroying a key");
                }
            }),
    /** Personal data is erased once; a second erasure finds nothing left to erase. */
    PERSONAL_DATA_NOT_ERASED("the complaint's personal data is not erased yet",
            List.of(ErrorCode.PERSONAL_DATA_ERASED), d -> {
                if (d.before().registration().complainant().name().isErased()) {
                    throw CommandRefusedException.of(ErrorCode.PERSONAL_DATA_ERASED, "complaintId",
                            "the personal data of complaint " + d.before().id() + " is erased already");
                }
            }),
    /**
     * Once a handler is named, the investigation's own steps (start, pause, resume) are theirs: "whoever is in charge
     * is responsible" (DOMAIN.md §1.5). The deputy the directory names for them acts while they are absent, and the
     * complaint-management unit, which supervises every department's handling, may step in; anyone else, whatever
     * roles they hold, is refused. A complaint assigned to a unit with no handler named is not restricted by person.
     * A resolution is not restricted so: under tiered handling a higher tier proposes on a complaint handed up to it
     * without a new assignment ({@link #WITHIN_TIER_AUTHORITY} checks who). {@link HandlerCheck} applies it.
     */
    BY_THE_HANDLER("the actor is the named handler, the deputy acting for them while they are absent, or manages "
            + "complaints", List.of(ErrorCode.NOT_THE_HANDLER),
            d -> HandlerCheck.check(d.before(), d.command(), d.rules().organisation())),
    /**
     * A legal hold keeps the file whole: an erasure while one stands is refused, under its own code rather than
     * the code of a second hold.
     */
    NO_LEGAL_HOLD_AGAINST_ERASURE("no legal hold stands on the complaint, whose personal data it would keep",
            List.of(ErrorCode.ERASURE_UNDER_LEGAL_HOLD), d -> {
                LegalHolds.standing(d.events()).ifPresent(hold -> {
                    throw CommandRefusedException.of(ErrorCode.ERASURE_UNDER_LEGAL_HOLD, "complaintId",
                            "a legal hold stands (" + hold.reference() + ", event " + hold.sequence()
                                    + "); the personal data is kept until it is lifted");
                });
            });

    private final String rule;
    private final List<ErrorCode> codes;
    private final Consumer<Decision> check;

    Precondition(String rule, List<ErrorCode> codes, Consumer<Decision> check) {
        this.rule = rule;
        this.codes = codes;
        this.check = check;
    }

    /** What the rule requires, in a sentence for the docs. */
    String rule() {
        return rule;
    }

    /** The codes a refusal by this rule carries. */
    List<ErrorCode> codes() {
        return codes;
    }

    /**
     * Checks the rule.
     *
     * @throws CommandRefusedException or {@link InvalidInputException} with one of {@link #codes()} if it fails
     */
    void check(Decision decision) {
        check.accept(decision);
    }

    /**
     * The class an override replaces, after checking that the scheme and the new code exist: empty when the class
     * was left to a person, whom the override settles.
     */
    static String previousClass(Decision d) {
        OverrideClass override = (OverrideClass) d.command();
        ClassificationResult current = Classifications.current(d.events()).orElseThrow(() -> InvalidInputException.of(
                ErrorCode.UNKNOWN_CLASS, "scheme", "the complaint was never classified"));
        ClassAssignment assigned = current.in(override.scheme()).orElseThrow(() -> InvalidInputException.of(
                ErrorCode.UNKNOWN_CLASS, "scheme", "the complaint was not classified by scheme " + override.scheme()));
        boolean known = d.rules().taxonomies().apply(override.scheme()).map(t -> t.contains(override.code()))
                .orElse(true);
        if (!known) {
            throw InvalidInputException.of(ErrorCode.UNKNOWN_CLASS, "code",
                    "scheme " + override.scheme() + " has no class " + override.code());
        }
        return assigned.code();
    }
}
