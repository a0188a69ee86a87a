package org.complaintkit.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.complaintkit.api.command.AcceptComplaint;
import org.complaintkit.api.command.ApproveResolution;
import org.complaintkit.api.command.AssignComplaint;
import org.complaintkit.api.command.CommandResult;
import org.complaintkit.api.command.HandUpTier;
import org.complaintkit.api.command.ProposeResolution;
import org.complaintkit.api.command.RecordEmergencyPayment;
import org.complaintkit.api.command.StartInvestigation;
import org.complaintkit.api.complaint.ComplaintId;
import org.complaintkit.api.complaint.ComplaintStatus;
import org.complaintkit.api.complaint.HandlingUnit;
import org.complaintkit.api.complaint.Money;
import org.complaintkit.api.complaint.Outcome;
import org.complaintkit.api.complaint.Sensitive;
import org.complaintkit.api.error.CommandRefusedException;
import org.complaintkit.api.error.ErrorCode;
import org.complaintkit.api.error.Violation;
import org.complaintkit.api.event.ComplaintEvent;
import org.complaintkit.api.event.TierRaised;
import org.complaintkit.api.organisation.Actor;
import org.complaintkit.api.organisation.Role;
import org.complaintkit.api.organisation.StaffId;
import org.complaintkit.api.organisation.TierId;
import org.complaintkit.api.organisation.UnitId;
import org.complaintkit.core.store.InMemoryComplaintStore;
import org.complaintkit.core.tier.TierLadder;
import org.complaintkit.testkit.Fixtures;
import org.complaintkit.testkit.MutableClock;
import org.junit.jupiter.api.Test;

/**
 * The card centre's tiered handling (seed 003: "实行分级（座席员、客户关心组、客服经理及高经）、分权限的投诉处理方法"): a
 * complaint starts at the agent tier, is handed up with a reason, and each tier's authority is enforced. Without a
 * directory the host vouches for the actors' roles; {@code TieredHandlingOnSampleBankTest} reads them from one.
 */
class TieredHandlingTest {
    static final UnitId CARD_CENTRE = UnitId.of("HO");
    static final Actor AGENT = Actor.staff(StaffId.of("S-0010"), CARD_CENTRE, Role.of("card-agent"), Role.HANDLER);
    static final Actor CARE_GROUP = Actor.staff(StaffId.of("S-0012"), CARD_CENTRE, Role.of("card-care-group"),
            Role.HANDLER);
    static final Actor MANAGER = Actor.staff(StaffId.of("S-0014"), CARD_CENTRE, Role.of("card-service-manager"),
            Role.APPROVER);
    static final Actor SENIOR = Actor.staff(StaffId.of("S-0015"), CARD_CENTRE, Role.of("card-senior-manager"),
            Role.APPROVER);

    final MutableClock clock = MutableClock.at("2026-03-02T01:30:00Z");
    final InMemoryComplaintStore store = new InMemoryComplaintStore();

    ComplaintEngine engine(boolean withLadder) {
        ComplaintEngine.Builder builder = ComplaintEngine.builder().clock(clock).discoverPlugins(false).store(store);
        return (withLadder ? builder.tierLadder(TierLadder.cardCentre().bankWide()) : builder).build();
    }

    /** A complaint under investigation at the card centre. */
    ComplaintId investigating(ComplaintEngine engine) {
        ComplaintId id = engine.execute(Fixtures.registration(clock.instant())).complaintId();
        engine.execute(AcceptComplaint.of(id, Fixtures.TELLER, Fixtures.key()));
        engine.execute(AssignComplaint.of(id, Fixtures.TELLER, Fixtures.key(), HandlingUnit.of(CARD_CENTRE))
                .withHandler(AGENT.staffId()));
        engine.execute(StartInvestigation.of(id, AGENT, Fixtures.key()));
        return id;
    }

    static ProposeResolution propose(ComplaintId id, Actor actor, String compensation) {
        return ProposeResolution.of(id, actor, Fixtures.key(), Sensitive.of("退还年费"), Outcome.UPHELD)
                .withCompensation(Money.of(compensation, "CNY"));
    }

    static HandUpTier handUp(ComplaintId id, Actor actor) {
        return HandUpTier.of(id, actor, Fixtures.key(), Sensitive.of("客户要求赔偿超出座席员权限"));
    }

    static List<Violation> refused(ComplaintEngine engine, org.complaintkit.api.command.HandlingCommand command) {
        CommandRefusedException e = assertThrows(CommandRefusedException.class, () -> engine.execute(command));
        assertFalse(e.getMessage().contains(Fixtures.NAME) || e.getMessage().contains(Fixtures.PHONE)
                || e.getMessage().contains(Fixtures.CUSTOMER_NUMBER), "no personal data: " + e.getMessage());
        return e.violations();
    }

    @Test
    void aHandUpIsRecordedWithItsReasonFromTheAgentTierToTheCareGroup() {
        ComplaintEngine engine = engine(true);
        ComplaintId id = investigating(engine);
        CommandResult result = engine.execute(handUp(id, AGENT));
        TierRaised raised = assertInstanceOf(TierRaised.class, result.events().get(0));
        assertEquals(TierId.of("agent"), raised.from());
        assertEquals(TierId.of("care-group"), raised.to());
        assertEquals("客户要求赔偿超出座席员权限", raised.reason().reveal());
        assertEquals(AGENT, raised.actor());
        assertEquals(ComplaintStatus.INVESTIGATING, result.state().status(), "a hand-up changes no status");

        TierRaised next = assertInstanceOf(TierRaised.class, engine.execute(handUp(id, CARE_GROUP)).events().get(0));
        assertEquals(TierId.of("care-group"), next.from());
        assertEquals(TierId.of("service-manager"), next.to());
    }

    @Test
    void aHandUpAtTheTopTierIsRefusedAndNothingIsStored() {
        ComplaintEngine engine = engine(true);
        ComplaintId id = investigating(engine);
        engine.execute(handUp(id, AGENT));
        engine.execute(handUp(id, CARE_GROUP));
        engine.execute(handUp(id, MANAGER));
        List<ComplaintEvent> before = store.load(id);
        List<Violation> refusal = refused(engine, handUp(id, SENIOR));
        assertEquals(List.of(ErrorCode.TIER_AT_TOP), refusal.stream().map(Violation::code).toList());
        assertTrue(refusal.get(0).message().contains("senior-manager"), refusal.get(0).message());
        assertEquals(before, store.load(id));
    }

    @Test
    void aProposalAboveTheAgentTiersAuthorityIsRefusedNamingTheTierAndAcceptedAfterTheHandUp() {
        ComplaintEngine engine = engine(true);
        ComplaintId id = investigating(engine);
        engine.execute(propose(id, AGENT, "200")).events(); // within the agent's 200 CNY
        ComplaintId other = investigating(engine);
        List<Violation> refusal = refused(engine, propose(other, AGENT, "800"));
        assertEquals(List.of(ErrorCode.TIER_AUTHORITY_EXCEEDED), refusal.stream().map(Violation::code).toList());
        assertTrue(refusal.get(0).message().contains("hand up to care-group (客户关心组 customer-care group)"),
                refusal.get(0).message());

        engine.execute(handUp(other, AGENT));
        assertEquals(List.of(ErrorCode.NOT_AT_TIER), refused(engine, propose(other, AGENT, "800")).stream()
                .map(Violation::code).toList(), "the agent no longer acts on it alone");
        CommandResult proposed = engine.execute(propose(other, CARE_GROUP, "800"));
        assertEquals(ComplaintStatus.AWAITING_APPROVAL, proposed.state().status());
        engine.execute(ApproveResolution.of(other, MANAGER, Fixtures.key()));
    }

    @Test
    void theRefusalNamesTheLowestTierThatMayGrantTheAmountAndNoneBeyondTheTop() {
        ComplaintEngine engine = engine(true);
        ComplaintId id = investigating(engine);
        assertTrue(refused(engine, propose(id, AGENT, "4000")).get(0).message()
                .contains("hand up to service-manager"));
        assertTrue(refused(engine, propose(id, AGENT, "60000")).get(0).message()
                .contains("no tier of the ladder may grant it"));
    }

    @Test
    void anApprovalIsCheckedAgainstTheComplaintsTierAsWellAsTheApprover() {
        ComplaintEngine engine = engine(true);
        ComplaintId id = investigating(engine);
        engine.execute(propose(id, AGENT, "150"));
        List<Violation> refusal = refused(engine, ApproveResolution.of(id, Fixtures.APPROVER, Fixtures.key()));
        assertEquals(List.of(ErrorCode.NOT_AT_TIER), refusal.stream().map(Violation::code).toList(),
                "an approver outside the ladder stands at no tier");
        assertEquals(ComplaintStatus.RESOLVED,
                engine.execute(ApproveResolution.of(id, CARE_GROUP, Fixtures.key())).state().status());
    }

    @Test
    void staffBelowTheComplaintsTierMayNotHandItUpAndBothRefusalsComeAtOnce() {
        ComplaintEngine engine = engine(true);
        ComplaintId id = investigating(engine);
        engine.execute(handUp(id, AGENT));
        engine.execute(handUp(id, CARE_GROUP));
        assertEquals(List.of(ErrorCode.NOT_AT_TIER), refused(engine, handUp(id, AGENT)).stream()
                .map(Violation::code).toList());
        assertEquals(List.of(ErrorCode.NOT_AT_TIER, ErrorCode.TIER_AUTHORITY_EXCEEDED),
                refused(engine, RecordEmergencyPayment.of(id, CARE_GROUP, Fixtures.key(), Money.of("6000", "CNY"),
                        Sensitive.of("应急"))).stream().map(Violation::code).toList());
    }

    @Test
    void anEmergencyPaymentBeyondTheTiersAuthorityIsRefusedAndWithinItRecorded() {
        ComplaintEngine engine = engine(true);
        ComplaintId id = investigating(engine);
        List<Violation> refusal = refused(engine, RecordEmergencyPayment.of(id, AGENT, Fixtures.key(),
                Money.of("500", "CNY"), Sensitive.of("应急")));
        assertEquals(ErrorCode.TIER_AUTHORITY_EXCEEDED, refusal.get(0).code());
        assertTrue(refusal.get(0).message().startsWith("EMERGENCY_PAYMENT of 500 CNY lies beyond the authority of"
                + " tier agent"), refusal.get(0).message());
        engine.execute(handUp(id, AGENT));
        engine.execute(RecordEmergencyPayment.of(id, CARE_GROUP, Fixtures.key(), Money.of("500", "CNY"),
                Sensitive.of("应急")));
    }

    @Test
    void withoutALadderAHandUpIsRefusedAndProposalsAreNotTiered() {
        ComplaintEngine engine = engine(false);
        ComplaintId id = investigating(engine);
        assertEquals(List.of(ErrorCode.NO_TIER_LADDER), refused(engine, handUp(id, AGENT)).stream()
                .map(Violation::code).toList());
        engine.execute(propose(id, Fixtures.HANDLER, "60000"));
    }
}
