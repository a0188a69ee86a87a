package org.complaintkit.core.engine;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.complaintkit.api.command.ApproveResolution;
import org.complaintkit.api.command.HandUpTier;
import org.complaintkit.api.command.HandlingCommand;
import org.complaintkit.api.command.ProposeResolution;
import org.complaintkit.api.command.RecordEmergencyPayment;
import org.complaintkit.api.command.ResolveAtFirstContact;
import org.complaintkit.api.complaint.ComplaintState;
import org.complaintkit.api.complaint.HandlingUnit;
import org.complaintkit.api.complaint.Money;
import org.complaintkit.api.error.CommandRefusedException;
import org.complaintkit.api.error.ErrorCode;
import org.complaintkit.api.error.Violation;
import org.complaintkit.api.event.ComplaintEvent;
import org.complaintkit.api.event.TierRaised;
import org.complaintkit.api.organisation.Actor;
import org.complaintkit.api.organisation.DepartmentId;
import org.complaintkit.api.organisation.StaffId;
import org.complaintkit.api.organisation.TierId;
import org.complaintkit.api.organisation.UnitId;
import org.complaintkit.core.escalation.EscalationLadder;
import org.complaintkit.core.tier.Tier;
import org.complaintkit.core.tier.TierLadder;
import org.complaintkit.core.tier.TierScope;
import org.complaintkit.spi.organisation.AuthorityAction;
import org.complaintkit.spi.organisation.OrgUnit;
import org.complaintkit.spi.organisation.OrganisationDirectory;
import org.complaintkit.spi.organisation.StaffMember;

/**
 * The engine's tiered handling over its {@link TierLadder}: the complaint's current tier, read from its history
 * (the latest {@link TierRaised}, else the lowest tier), hand-ups one tier at a time, and each tier's authority over
 * resolutions, approvals and emergency payments, for the complaints within the ladder's {@link TierScope}. Outside
 * the scope, and without a ladder, it checks nothing and refuses hand-ups.
 *
 * <p>A complaint is placed as the approval matrix places it ({@link EscalationLadder#currentUnit}): the unit it was
 * last escalated to, else its first-responsible unit, else its receiving unit. Its department is the first-responsible
 * department while the complaint is at that unit, and before an assignment the department of its first-contact owner
 * if they sit in the receiving unit; an escalation hands the complaint to a unit as a whole, without a department.
 *
 * <p>The actor is resolved already ({@link ActorIdentities}): with an organisation directory, its roles are the
 * directory's, so the tier a staff member stands at is the directory's too.
 *
 * <p>Immutable and thread-safe.
 */
final class TierKeeper {
    /** No ladder: nothing is checked, and a hand-up is refused with {@code CMP-2193}. */
    static final TierKeeper NONE = new TierKeeper(null, null);

    private final TierLadder ladder;
    private final OrganisationDirectory directory;

    private TierKeeper(TierLadder ladder, OrganisationDirectory directory) {
        this.ladder = ladder;
        this.directory = directory;
    }

    /**
     * The keeper of a ladder read against a directory, or {@link #NONE} for no ladder. The engine checked the ladder
     * at build ({@link #configurationProblems}).
     */
    static TierKeeper of(TierLadder ladder, OrganisationDirectory directory) {
        return ladder == null ? NONE : new TierKeeper(ladder, directory);
    }

    /**
     * What an engine refuses at build about a ladder: no scope ({@code CMP-4039}), a scope read from the directory
     * on an engine without one, or units the directory does not know ({@code CMP-4038}); empty for no ladder.
     */
    static List<Violation> configurationProblems(TierLadder ladder, OrganisationDirectory directory) {
        List<Violation> problems = new ArrayList<>();
        if (ladder == null) {
            return problems;
        }
        TierScope scope = ladder.scope().orElse(null);
        if (scope == null) {
            problems.add(new Violation(ErrorCode.TIER_SCOPE_MISSING, "tierLadder.scope", "the tier ladder does not say "
                    + "which complaints it applies to; give it a scope with within(...) (units, or department kinds "
                    + "such as CARD_CENTRE), or bankWide() to tier every complaint"));
        } else if (scope.needsDirectory() && directory == null) {
            problems.add(new Violation(ErrorCode.TIER_SCOPE_NEEDS_DIRECTORY, "tierLadder.scope", "the tier ladder "
                    + "applies to " + scope.describe() + ", which the engine places through the organisation "
                    + "directory, and it has none; set ComplaintEngine.Builder.organisation"));
        } else if (scope instanceof TierScope.Units units) {
            units.units().stream().filter(u -> directory.unit(u).isEmpty()).map(UnitId::toString).sorted()
                    .forEach(u -> problems.add(new Violation(ErrorCode.TIER_SCOPE_NEEDS_DIRECTORY,
                            "tierLadder.scope", "the tier ladder's scope names unit " + u
                                    + ", which the organisation directory does not know")));
        }
        return problems;
    }

    /**
     * Whether the complaint is handled within the ladder's scope now (false without a ladder).
     *
     * @param state the complaint before the command
     * @param history its events
     */
    boolean tiered(ComplaintState state, List<ComplaintEvent> history) {
        if (ladder == null) {
            return false;
        }
        TierScope scope = ladder.scope().orElseThrow();
        if (scope instanceof TierScope.BankWide) {
            return true;
        }
        UnitId unit = EscalationLadder.currentUnit(state, history);
        if (scope instanceof TierScope.Units units) {
            return withinUnits(unit, units.units());
        }
        TierScope.Departments kinds = (TierScope.Departments) scope;
        DepartmentId department = departmentOf(state, unit);
        return department != null && directory.departments(unit).stream()
                .anyMatch(d -> d.id().equals(department) && kinds.kinds().contains(d.kind()));
    }

    /** Whether a unit is one of the scope's units or below one of them in the directory. */
    private boolean withinUnits(UnitId unit, Set<UnitId> scope) {
        Set<UnitId> seen = new HashSet<>();
        Optional<OrgUnit> current = directory.unit(unit);
        if (current.isEmpty()) {
            return scope.contains(unit);
        }
        while (current.isPresent() && seen.add(current.get().id())) {
            if (scope.contains(current.get().id())) {
                return true;
            }
            current = directory.parentOf(current.get().id());
        }
        return false;
    }

    /**
     * The department handling the complaint at its current unit: the first-responsible department while the
     * complaint is at that unit, before an assignment the first-contact owner's if they sit in the receiving unit,
     * else none (the unit as a whole).
     */
    private DepartmentId departmentOf(ComplaintState state, UnitId unit) {
        if (state.assignment() != null) {
            HandlingUnit first = state.assignment().firstResponsible();
            return first.unit().equals(unit) ? first.department() : null;
        }
        StaffId owner = state.registration().firstContactOwner();
        if (owner == null || !state.registration().receivingUnit().equals(unit)) {
            return null;
        }
        return directory.staff(owner).filter(m -> m.unit().equals(unit)).map(StaffMember::department).orElse(null);
    }

    /** The tier a history stands at: the latest hand-up's, else the ladder's lowest. */
    static TierId current(TierLadder ladder, List<ComplaintEvent> history) {
        for (int i = history.size() - 1; i >= 0; i--) {
            if (history.get(i) instanceof TierRaised raised) {
                return raised.to();
            }
        }
        return ladder.lowest().id();
    }

    /**
     * The tier a complaint stands at now, for the host's read: empty without a ladder or when the complaint is
     * outside the ladder's scope now; refused with {@code CMP-2194} if the ladder no longer has the recorded tier.
     *
     * @param state the complaint as it stands
     * @param history its events
     */
    Optional<Tier> standing(ComplaintState state, List<ComplaintEvent> history) {
        if (!tiered(state, history)) {
            return Optional.empty();
        }
        TierId id = current(ladder, history);
        return Optional.of(ladder.tier(id).orElseThrow(() -> CommandRefusedException.of(ErrorCode.TIER_NOT_ON_LADDER,
                "complaintId", "complaint " + state.id() + " was handed up to tier " + id
                        + ", which the engine's tier ladder no longer has")));
    }

    /** The complaint's current tier on the ladder, refused with {@code CMP-2194} if the ladder no longer has it. */
    private Tier currentTier(Decision d) {
        TierId id = current(ladder, d.events());
        return ladder.tier(id).orElseThrow(() -> CommandRefusedException.of(ErrorCode.TIER_NOT_ON_LADDER,
                "complaintId", "complaint " + d.before().id() + " was handed up to tier " + id
                        + ", which the engine's tier ladder no longer has"));
    }

    /**
     * Refuses a hand-up without a ladder, of a complaint outside the ladder's scope, at the top tier, or by an actor
     * who holds no role of the complaint's tier or a tier above it; every violation at once.
     */
    void checkHandUp(Decision d) {
        if (ladder == null) {
            throw CommandRefusedException.of(ErrorCode.NO_TIER_LADDER, "complaintId",
                    "the engine has no tier ladder to hand the complaint up; configure Builder.tierLadder");
        }
        if (!tiered(d.before(), d.events())) {
            throw CommandRefusedException.of(ErrorCode.COMPLAINT_NOT_TIERED, "complaintId", "the complaint is handled "
                    + "at " + EscalationLadder.currentUnit(d.before(), d.events()) + ", outside the tier ladder's "
                    + "scope (" + ladder.scope().orElseThrow().describe() + "), so it has no tier to hand up");
        }
        Tier tier = currentTier(d);
        List<Violation> refusals = new ArrayList<>(2);
        if (ladder.above(tier.id()).isEmpty()) {
            refusals.add(new Violation(ErrorCode.TIER_AT_TOP, "complaintId", "the complaint is at tier " + tier
                    + ", the top of the ladder; there is no tier to hand it up to"));
        }
        notAtTier(d.command().actor(), tier).ifPresent(refusals::add);
        if (!refusals.isEmpty()) {
            throw new CommandRefusedException(refusals);
        }
    }

    /** The event of an allowed hand-up ({@link #checkHandUp}). */
    TierRaised handUpEvent(Decision d, HandUpTier command) {
        TierId from = current(ladder, d.events());
        return new TierRaised(d.header(), from, ladder.above(from).orElseThrow().id(), command.reason());
    }

    /**
     * For a complaint within the ladder's scope, refuses a resolution proposal, an approval, a resolution at first
     * contact or an emergency payment when the actor holds no role of the complaint's tier or above, or the amount
     * lies beyond the tier's authority (naming the tier to hand it up to); every violation at once. Outside the
     * scope, and without a ladder, nothing is checked.
     */
    void checkAuthority(Decision d) {
        if (!tiered(d.before(), d.events())) {
            return;
        }
        HandlingCommand command = d.command();
        AuthorityAction action = command instanceof RecordEmergencyPayment ? AuthorityAction.EMERGENCY_PAYMENT
                : AuthorityAction.COMPENSATION;
        Money amount = amountOf(d);
        Tier tier = currentTier(d);
        List<Violation> refusals = new ArrayList<>(2);
        notAtTier(command.actor(), tier).ifPresent(refusals::add);
        if (amount != null && amount.amount().signum() > 0
                && !tier.limit(action).map(l -> l.allows(amount)).orElse(false)) {
            String allowed = tier.limit(action).map(l -> l.describe()).orElse("nothing");
            String needed = ladder.lowestAllowing(tier.id(), action, amount)
                    .map(t -> "hand up to " + t).orElse("no tier of the ladder may grant it");
            refusals.add(new Violation(ErrorCode.TIER_AUTHORITY_EXCEEDED, action == AuthorityAction.COMPENSATION
                    ? "compensation" : "amount", action + " of " + amount.amount().toPlainString() + " "
                    + amount.currency() + " lies beyond the authority of tier " + tier + " (" + allowed + "): "
                    + needed));
        }
        if (!refusals.isEmpty()) {
            throw new CommandRefusedException(refusals);
        }
    }

    /** The amount a command grants: the compensation proposed, approved or settled, or the payment; or null. */
    private static Money amountOf(Decision d) {
        HandlingCommand command = d.command();
        if (command instanceof ProposeResolution propose) {
            return propose.compensation();
        } else if (command instanceof ApproveResolution && d.before().resolution() != null) {
            return d.before().resolution().compensation();
        } else if (command instanceof ResolveAtFirstContact settled) {
            return settled.compensation();
        } else if (command instanceof RecordEmergencyPayment payment) {
            return payment.amount();
        }
        return null;
    }

    /** A refusal if the actor holds no role of the tier or a tier above it. */
    private Optional<Violation> notAtTier(Actor actor, Tier tier) {
        Optional<Tier> held = ladder.highestHeldBy(actor.roles());
        if (held.isPresent() && ladder.rank(held.get().id()) >= ladder.rank(tier.id())) {
            return Optional.empty();
        }
        return Optional.of(new Violation(ErrorCode.NOT_AT_TIER, "actor", "the complaint is at tier " + tier
                + "; the actor " + held.map(t -> "stands at tier " + t + ", below it").orElse("holds no role of the"
                + " tier ladder") + " (staff at " + tier.id() + " hold " + tier.roles().stream().map(r -> r.code())
                .sorted().toList() + ")"));
    }

    /** The ladder, or null. */
    TierLadder ladder() {
        return ladder;
    }
}
