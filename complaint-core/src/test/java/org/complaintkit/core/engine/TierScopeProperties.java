package org.complaintkit.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.complaintkit.api.command.AcceptComplaint;
import org.complaintkit.api.command.ApproveResolution;
import org.complaintkit.api.command.AssignComplaint;
import org.complaintkit.api.command.HandlingCommand;
import org.complaintkit.api.command.ProposeResolution;
import org.complaintkit.api.command.RecordEmergencyPayment;
import org.complaintkit.api.command.StartInvestigation;
import org.complaintkit.api.complaint.ComplaintId;
import org.complaintkit.api.complaint.HandlingUnit;
import org.complaintkit.api.complaint.Money;
import org.complaintkit.api.complaint.Outcome;
import org.complaintkit.api.complaint.Sensitive;
import org.complaintkit.api.error.CommandRefusedException;
import org.complaintkit.api.error.Violation;
import org.complaintkit.api.organisation.Actor;
import org.complaintkit.core.tier.TierLadder;
import org.complaintkit.testkit.Fixtures;
import org.complaintkit.testkit.MutableClock;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Outside a ladder's scope the ladder changes nothing: the branch's complaints, on an engine whose ladder is the card
 * centre's, are proposed, paid for and approved exactly as on the same engine without a ladder, whatever the amounts
 * and whoever acts (card-centre staff included).
 */
class TierScopeProperties {

    @Provide
    Arbitrary<Actor> actors() {
        return Arbitraries.of(Fixtures.HANDLER, Fixtures.APPROVER, Fixtures.TELLER, TierScopeTest.AGENT,
                TierScopeTest.CARE_GROUP);
    }

    @Property(tries = 60)
    void aComplaintOutsideTheScopeFaresAsWithoutALadder(@ForAll @IntRange(max = 80_000) int compensation,
                                                         @ForAll @IntRange(max = 12_000) int payment,
                                                         @ForAll("actors") Actor proposer,
                                                         @ForAll("actors") Actor payer,
                                                         @ForAll("actors") Actor approver) {
        List<String> scoped = run(TierLadder.cardCentre().within(TierScopeTest.CARD_CENTRE), compensation, payment,
                proposer, payer, approver);
        List<String> none = run(null, compensation, payment, proposer, payer, approver);
        assertEquals(none, scoped);
    }

    /** Each command's outcome at the branch: the status it leads to, or its refusal codes. */
    static List<String> run(TierLadder ladder, int compensation, int payment, Actor proposer, Actor payer,
                            Actor approver) {
        MutableClock clock = MutableClock.at("2026-03-02T01:30:00Z");
        ComplaintEngine.Builder builder = ComplaintEngine.builder().clock(clock).discoverPlugins(false)
                .organisation(TierScopeTest.DIRECTORY);
        ComplaintEngine engine = (ladder == null ? builder : builder.tierLadder(ladder)).build();
        ComplaintId id = engine.execute(Fixtures.registration(clock.instant())).complaintId();
        engine.execute(AcceptComplaint.of(id, Fixtures.TELLER, Fixtures.key()));
        engine.execute(AssignComplaint.of(id, Fixtures.TELLER, Fixtures.key(), HandlingUnit.of(Fixtures.BRANCH))
                .withHandler(Fixtures.HANDLER.staffId()));
        engine.execute(StartInvestigation.of(id, Fixtures.HANDLER, Fixtures.key()));
        return List.of(
                outcome(engine, RecordEmergencyPayment.of(id, payer, Fixtures.key(),
                        Money.of(Integer.toString(payment), "CNY"), Sensitive.of("应急"))),
                outcome(engine, ProposeResolution.of(id, proposer, Fixtures.key(), Sensitive.of("退还"),
                        Outcome.UPHELD).withCompensation(Money.of(Integer.toString(compensation), "CNY"))),
                outcome(engine, ApproveResolution.of(id, approver, Fixtures.key())));
    }

    private static String outcome(ComplaintEngine engine, HandlingCommand command) {
        try {
            return engine.execute(command).state().status().name();
        } catch (CommandRefusedException e) {
            return e.violations().stream().map(Violation::code).toList().toString();
        }
    }
}
