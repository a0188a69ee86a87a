package org.complaintkit.core.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.complaintkit.api.command.ApproveResolution;
import org.complaintkit.api.command.HandUpTier;
import org.complaintkit.api.command.HandlingCommand;
import org.complaintkit.api.command.ProposeResolution;
import org.complaintkit.api.command.RecordEmergencyPayment;
import org.complaintkit.api.command.ResolveAtFirstContact;
import org.complaintkit.api.complaint.Money;
import org.complaintkit.api.error.CommandRefusedException;
import org.complaintkit.api.error.ErrorCode;
import org.complaintkit.api.error.Violation;
import org.complaintkit.api.event.ComplaintEvent;
import org.complaintkit.api.event.TierRaised;
import org.complaintkit.api.organisation.Actor;
import org.complaintkit.api.organisation.TierId;
import org.complaintkit.core.tier.Tier;
import org.complaintkit.core.tier.TierLadder;
import org.complaintkit.spi.organisation.AuthorityAction;

/**
 * The engine's tiered handling over its {@link TierLadder}: the complaint's current tier, read from its history
 * (the latest {@link TierRaised}, else the lowest tier), hand-ups one tier at a time, and each tier's authority over
 * resolutions, approvals and emergency payments. Without a ladder it checks nothing and refuses hand-ups.
 *
 * <p>The actor is resolved already ({@link ActorIdentities}): with an organisation directory, its roles are the
 * directory's, so the tier a staff member stands at is the directory's too.
 *
 * <p>Immutable and thread-safe.
 */
final class TierKeeper {
    /** No ladder: nothing is checked, and a hand-up is refused with {@code CMP-2193}. */
    static final TierKeeper NONE = new TierKeeper(null);

    private final TierLadder ladder;

    private TierKeeper(TierLadder ladder) {
        this.ladder = ladder;
    }

    /** The keeper of a ladder, or {@link #NONE} for null. */
    static TierKeeper of(TierLadder ladder) {
        return ladder == null ? NONE : new TierKeeper(ladder);
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

    /** The complaint's current tier on the ladder, refused with {@code CMP-2194} if the ladder no longer has it. */
    private Tier currentTier(Decision d) {
        TierId id = current(ladder, d.events());
        return ladder.tier(id).orElseThrow(() -> CommandRefusedException.of(ErrorCode.TIER_NOT_ON_LADDER,
                "complaintId", "complaint " + d.before().id() + " was handed up to tier " + id
                        + ", which the engine's tier ladder no longer has"));
    }

    /**
     * Refuses a hand-up without a ladder, at the top tier, or by an actor who holds no role of the complaint's tier
     * or a tier above it; every violation at once.
     */
    void checkHandUp(Decision d) {
        if (ladder == null) {
            throw CommandRefusedException.of(ErrorCode.NO_TIER_LADDER, "complaintId",
                    "the engine has no tier ladder to hand the complaint up; configure Builder.tierLadder");
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
     * With a ladder, refuses a resolution proposal, an approval, a resolution at first contact or an emergency
     * payment when the actor holds no role of the complaint's tier or above, or the amount lies beyond the tier's
     * authority (naming the tier to hand it up to); every violation at once.
     */
    void checkAuthority(Decision d) {
        if (ladder == null) {
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
