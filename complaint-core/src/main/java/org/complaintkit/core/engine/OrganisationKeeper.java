package org.complaintkit.core.engine;

import java.time.Instant;
import java.util.List;
import org.complaintkit.api.command.ApproveResolution;
import org.complaintkit.api.command.HandlingCommand;
import org.complaintkit.api.command.ProposeResolution;
import org.complaintkit.api.command.UrgeHandler;
import org.complaintkit.api.command.RaiseWithHead;
import org.complaintkit.api.command.ResolveAtFirstContact;
import org.complaintkit.api.command.TransferOwnership;
import org.complaintkit.api.event.RaisedWithHead;
import org.complaintkit.api.complaint.ComplaintState;
import org.complaintkit.api.complaint.ComplaintStatus;
import org.complaintkit.api.complaint.Money;
import org.complaintkit.api.complaint.Sensitive;
import org.complaintkit.api.error.CommandRefusedException;
import org.complaintkit.api.error.ErrorCode;
import org.complaintkit.api.escalation.EscalationTrigger;
import org.complaintkit.api.event.ClockChanged;
import org.complaintkit.api.event.ComplaintEscalated;
import org.complaintkit.api.event.ComplaintEvent;
import org.complaintkit.api.event.EventHeader;
import org.complaintkit.api.event.HandlerUrged;
import org.complaintkit.api.organisation.UnitId;
import org.complaintkit.api.sla.ClockChange;
import org.complaintkit.core.authority.AuthorityCheck;
import org.complaintkit.core.classification.Classifications;
import org.complaintkit.core.escalation.EscalationLadder;
import org.complaintkit.core.escalation.EscalationPolicy;
import org.complaintkit.core.escalation.Heads;
import org.complaintkit.core.escalation.UrgingPolicy;
import org.complaintkit.core.lifecycle.Transition;
import org.complaintkit.core.sla.ClockSweep;
import org.complaintkit.spi.organisation.OrganisationDirectory;
import org.complaintkit.api.command.RecordEmergencyPayment;
import org.complaintkit.api.event.ResolutionConcurred;
import org.complaintkit.api.event.ResolutionProposed;
import org.complaintkit.api.organisation.Actor;
import org.complaintkit.api.organisation.DepartmentId;
import org.complaintkit.api.organisation.Role;
import org.complaintkit.api.organisation.StaffId;
import org.complaintkit.api.sla.BreachAction;
import org.complaintkit.spi.organisation.AuthorityAction;
import org.complaintkit.spi.organisation.AuthorityLimit;
import org.complaintkit.spi.organisation.DepartmentKind;
import org.complaintkit.spi.organisation.StaffMember;
import java.util.Set;

/**
 * The engine's organisation work, kept apart from the command path: escalations up the ladder (at
 * registration, by hand and in sweeps), urges (by hand and in sweeps), the first-contact owner's raising a
 * complaint with the handling unit's head and handing the ownership on, and authority limits. It reads
 * states and histories and returns events or refusals; the engine does all storing.
 *
 * <p>Immutable and thread-safe.
 */
final class OrganisationKeeper {
    /** The actor of automatic escalations. */
    static final Actor ESCALATION =
            Actor.system("escalation-policy");
    /** The actor of automatic urges. */
    static final Actor URGING =
            Actor.system("urging-policy");

    private final OrganisationDirectory directory;
    private final EscalationPolicy escalation;
    private final UrgingPolicy urging;

    /** Who acts for a staff member now: their first active deputy if they are absent, else themselves. */
    StaffId actingFor(StaffId staff) {
        return directory == null ? staff
                : directory.actingFor(staff).map(StaffMember::id).orElse(staff);
    }

    OrganisationKeeper(OrganisationDirectory directory, EscalationPolicy escalation, UrgingPolicy urging) {
        this.directory = directory;
        this.escalation = escalation;
        this.urging = urging;
    }

    /**
     * The escalation a stop calls for when it records a breach no sweep saw (its breach actions run with the
     * stop), or null.
     */
    ComplaintEscalated escalationAtStop(ComplaintState state, List<ComplaintEvent> history,
                                        List<? extends ComplaintEvent> changes, Instant now, long sequence) {
        if (escalation == null || directory == null
                || !escalation.automatic().contains(EscalationTrigger.SLA_BREACH)) {
            return null;
        }
        // Whatever the status after the stop: the deadline passed while the complaint was open, and a sweep that
        // had seen it then would have escalated.
        List<String> unseen = changes.stream().filter(e -> e instanceof ClockChanged c
                        && (c.isUnseenBreach() || c.isUnseenOverdue()) && c.breachActions().contains(BreachAction.ESCALATE))
                .map(e -> ((ClockChanged) e).clockId() + " " + ((ClockChanged) e).change()).toList();
        return unseen.isEmpty() ? null : escalationEvent(state, history, EscalationTrigger.SLA_BREACH,
                "clock stopped after its deadline: " + unseen, null, ESCALATION, now, sequence);
    }

    /** The trigger a sweep's changes give, if the policy escalates on it: breaches before warnings. */
    EscalationTrigger sweepTrigger(List<ClockChanged> fired) {
        if (escalation == null || directory == null) {
            return null;
        }
        boolean breach = fired.stream().anyMatch(c -> c.change() == ClockChange.OVERDUE
                && c.breachActions().contains(BreachAction.ESCALATE));
        if (breach && escalation.automatic().contains(EscalationTrigger.SLA_BREACH)) {
            return EscalationTrigger.SLA_BREACH;
        }
        boolean warned = fired.stream().anyMatch(c -> c.change() == ClockChange.WARNED);
        return warned && escalation.automatic().contains(EscalationTrigger.SLA_WARNING) ? EscalationTrigger.SLA_WARNING
                : null;
    }


    /**
     * Refuses an urge unless the actor manages complaints or is the first-contact owner, and a handler is named.
     */
    void checkUrge(ComplaintState state, UrgeHandler urge, Actor actor) {
        if (!isManager(actor) && !actor.staffId().equals(state.registration().firstContactOwner())) {
            throw CommandRefusedException.of(ErrorCode.URGE_NOT_ALLOWED, "actor",
                    "only the complaint-management unit and the first-contact owner urge the handler");
        }
        if (state.assignment() == null || state.assignment().handler() == null) {
            throw CommandRefusedException.of(ErrorCode.URGE_NOT_ALLOWED, "complaintId", "no handler is named yet");
        }
    }

    /** The actor is resolved already ({@link ActorIdentities}): with a directory, these are the directory's roles. */
    private static boolean isManager(Actor actor) {
        return actor.roles().contains(Role.COMPLAINT_MANAGER);
    }

    /** The manual urge of an allowed urge ({@link #checkUrge}): the handler, or their deputy if they are absent. */
    HandlerUrged urgeEvent(ComplaintState state, UrgeHandler urge, Actor actor,
                           EventHeader header) {
        boolean manager = isManager(actor);
        StaffId handler = state.assignment().handler();
        StaffId urged = actingFor(handler);
        return new HandlerUrged(header, urged, HandlerUrged.Level.HANDLER,
                (manager ? "urged by the complaint-management unit" : "urged by the first-contact owner")
                        + (urged.equals(handler) ? "" : ", through the deputy of " + handler), urge.note());
    }

    /**
     * Refuses raising a complaint with the handling unit's head unless the actor is the complaint's current
     * first-contact owner and the directory names a head of the unit the complaint stands at.
     */
    void checkRaise(ComplaintState state, List<ComplaintEvent> history, Actor actor) {
        if (!actor.staffId().equals(state.registration().firstContactOwner())) {
            throw CommandRefusedException.of(ErrorCode.NOT_FIRST_CONTACT_OWNER, "actor",
                    "only the complaint's current first-contact owner raises it with the handling unit's head");
        }
        if (directory == null) {
            throw CommandRefusedException.of(ErrorCode.NO_UNIT_HEAD, "complaintId",
                    "the engine has no organisation directory to find the handling unit's head in");
        }
        UnitId unit = EscalationLadder.currentUnit(state, history);
        if (Heads.headOfUnit(directory, unit, actor.staffId()).isEmpty()) {
            throw CommandRefusedException.of(ErrorCode.NO_UNIT_HEAD, "complaintId",
                    "the directory names no head of unit " + unit + " or the units above it");
        }
    }

    /** The event of an allowed raise ({@link #checkRaise}): the head of the unit the complaint stands at. */
    RaisedWithHead raiseEvent(ComplaintState state, List<ComplaintEvent> history, RaiseWithHead raise,
                              EventHeader header) {
        UnitId unit = EscalationLadder.currentUnit(state, history);
        StaffId head = Heads.headOfUnit(directory, unit, raise.actor().staffId()).orElseThrow();
        return new RaisedWithHead(header, unit, head, raise.note());
    }

    /**
     * Refuses a transfer of the first-contact ownership unless the actor is the current owner or manages
     * complaints, and the new owner is someone else.
     */
    void checkTransfer(ComplaintState state, TransferOwnership transfer) {
        if (!isManager(transfer.actor()) && !transfer.actor().staffId().equals(
                state.registration().firstContactOwner())) {
            throw CommandRefusedException.of(ErrorCode.NOT_FIRST_CONTACT_OWNER, "actor",
                    "only the current first-contact owner or the complaint-management unit transfers the ownership");
        }
        if (transfer.to().equals(state.registration().firstContactOwner())) {
            throw CommandRefusedException.of(ErrorCode.OWNER_UNCHANGED, "to",
                    "the named staff member already owns the complaint");
        }
    }

    /** The actor a staff member is, as the directory knows them; else as a receiver of the complaint's unit. */
    Actor actorOf(StaffId staff, ComplaintState state) {
        StaffMember member = directory == null ? null : directory.staff(staff).orElse(null);
        return member == null ? Actor.staff(staff, state.registration().receivingUnit(), Role.RECEIVER)
                : new Actor(staff, member.unit(), member.roles());
    }

    /** Whether the engine has a directory to escalate through and find departments in. */
    boolean hasDirectory() {
        return directory != null;
    }

    /** Whether the unit the complaint stands at has a level above it. */
    boolean canEscalate(ComplaintState state, List<ComplaintEvent> history) {
        return directory != null && EscalationLadder.next(directory, EscalationLadder.currentUnit(state, history))
                .isPresent();
    }

    /** The department of a staff member, or null if the directory does not know one. */
    DepartmentId departmentOf(StaffId staff) {
        return directory == null ? null
                : directory.staff(staff).map(StaffMember::department).orElse(null);
    }

    /** The automatic urge a sweep's warnings call for, or null. */
    HandlerUrged sweepUrge(ComplaintState state, List<ComplaintEvent> history, List<ClockChanged> fired,
                                   Instant now, long sequence) {
        if (urging == null || state.assignment() == null || state.assignment().handler() == null) {
            return null;
        }
        for (ClockChanged change : fired) {
            if (change.change() != ClockChange.WARNED) {
                continue;
            }
            int warnings = ClockSweep.warningsSinceStart(change.clockId(), history);
            StaffId handler = state.assignment().handler();
            if (warnings == urging.handlerAtWarning()) {
                StaffId urged = actingFor(handler);
                return new HandlerUrged(new EventHeader(state.id(), sequence, now, URGING), urged,
                        HandlerUrged.Level.HANDLER, "warning " + warnings + " of clock " + change.clockId(), null);
            }
            if (warnings == urging.headAtWarning() && directory != null) {
                var head = Heads.headOf(directory, handler);
                if (head.isPresent()) {
                    return new HandlerUrged(new EventHeader(state.id(), sequence, now, URGING), head.get(),
                            HandlerUrged.Level.HEAD, "warning " + warnings + " of clock " + change.clockId(), null);
                }
            }
        }
        return null;
    }


    /** The escalation a new complaint's triggers call for at once, or null. */
    ComplaintEvent escalateAtRegistration(ComplaintState state, List<ComplaintEvent> added, Instant now) {
        if (escalation == null || directory == null || state.status() == ComplaintStatus.MERGED) {
            return null;
        }
        Set<EscalationTrigger> present = EscalationLadder.triggersAtRegistration(state,
                Classifications.current(added).orElse(null));
        List<EscalationTrigger> acting = escalation.acting(present);
        if (acting.isEmpty()) {
            return null;
        }
        return escalationEvent(state, added, acting.get(0), "at registration: " + acting, null, ESCALATION, now, added.size() + 1);
    }

    /** One level up from where the complaint stands, or null at the top. */
    ComplaintEscalated escalationEvent(ComplaintState state, List<ComplaintEvent> history, EscalationTrigger trigger,
                                               String reason, Sensitive note, Actor actor,
                                               Instant now, long sequence) {
        if (directory == null) {
            return null;
        }
        UnitId from = EscalationLadder.currentUnit(state, history);
        return EscalationLadder.next(directory, from).map(to -> new ComplaintEscalated(
                new EventHeader(state.id(), sequence, now, actor), trigger, from, to.id(), directory.version(), reason,
                note)).orElse(null);
    }


    /**
     * Refuses a resolution whose compensation exceeds the authority of the staff member who makes it final:
     * the approver, or the proposer when no approval is needed (DOMAIN.md §7).
     */
    void checkAuthority(ComplaintState before, List<ComplaintEvent> history, HandlingCommand command,
                                Transition transition) {
        if (directory == null) {
            return;
        }
        Money amount = null;
        AuthorityAction action =
                AuthorityAction.COMPENSATION;
        // A step before the last of a several-step approval makes nothing final: the last approver's authority counts.
        if (command instanceof ApproveResolution && before.resolution() != null
                && transition.to() == ComplaintStatus.RESOLVED) {
            amount = before.resolution().compensation();
        } else if (command instanceof ProposeResolution propose && transition.to() == ComplaintStatus.RESOLVED) {
            amount = propose.compensation();
        } else if (command instanceof ResolveAtFirstContact settled) {
            amount = settled.compensation();
        } else if (command instanceof RecordEmergencyPayment payment) {
            amount = payment.amount();
            action = AuthorityAction.EMERGENCY_PAYMENT;
        }
        if (amount == null) {
            return;
        }
        // The actor is resolved in the directory already (ActorIdentities): its roles are the directory's.
        Set<Role> roles = command.actor().roles();
        var segment = before.registration().complainant().segment();
        AuthorityCheck check = new AuthorityCheck(directory.authorityLimits());
        check.check(roles, action, segment, amount).ifPresent(v -> {
            throw new CommandRefusedException(List.of(v));
        });
        if (action == AuthorityAction.COMPENSATION) {
            var coApprover = check.limitFor(roles, action, segment, amount.currency())
                    .map(AuthorityLimit::coApprover).orElse(null);
            if (coApprover != null && !concurred(history, coApprover)) {
                throw CommandRefusedException.of(ErrorCode.AUTHORITY_EXCEEDED, "actor", "compensation of "
                        + amount.amount().toPlainString() + " " + amount.currency() + " needs the concurrence of a "
                        + coApprover + " department (ConcurResolution) before it is made final");
            }
        }
    }

    /** Whether a department of the kind concurred since the resolution was last proposed. */
    boolean concurred(List<ComplaintEvent> history, DepartmentKind kind) {
        boolean found = false;
        for (ComplaintEvent event : history) {
            if (event instanceof ResolutionProposed) {
                found = false;
            } else if (event instanceof ResolutionConcurred c && c.department() != null) {
                var unit = directory.staff(c.actor().staffId()).map(StaffMember::unit);
                found |= unit.isPresent() && directory.departments(unit.get()).stream()
                        .anyMatch(d -> d.id().equals(c.department()) && d.kind() == kind);
            }
        }
        return found;
    }
}
