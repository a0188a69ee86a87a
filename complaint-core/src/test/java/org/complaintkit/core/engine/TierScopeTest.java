package org.complaintkit.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.complaintkit.api.command.AcceptComplaint;
import org.complaintkit.api.command.ApproveResolution;
import org.complaintkit.api.command.AssignComplaint;
import org.complaintkit.api.command.HandUpTier;
import org.complaintkit.api.command.RecordEmergencyPayment;
import org.complaintkit.api.command.StartInvestigation;
import org.complaintkit.api.complaint.ComplaintId;
import org.complaintkit.api.complaint.ComplaintStatus;
import org.complaintkit.api.complaint.HandlingUnit;
import org.complaintkit.api.complaint.Money;
import org.complaintkit.api.complaint.Sensitive;
import org.complaintkit.api.error.ConfigurationException;
import org.complaintkit.api.error.ErrorCode;
import org.complaintkit.api.error.Violation;
import org.complaintkit.api.event.TierRaised;
import org.complaintkit.api.organisation.Actor;
import org.complaintkit.api.organisation.Role;
import org.complaintkit.api.organisation.StaffId;
import org.complaintkit.api.organisation.TierId;
import org.complaintkit.api.organisation.UnitId;
import org.complaintkit.core.tier.Tier;
import org.complaintkit.core.tier.TierLadder;
import org.complaintkit.core.tier.TierScope;
import org.complaintkit.spi.organisation.DepartmentKind;
import org.complaintkit.spi.organisation.OrgUnit;
import org.complaintkit.spi.organisation.OrganisationDirectory;
import org.complaintkit.spi.organisation.StaffMember;
import org.complaintkit.spi.organisation.UnitLevel;
import org.complaintkit.testkit.Fixtures;
import org.complaintkit.testkit.MutableClock;
import org.junit.jupiter.api.Test;

/**
 * A tier ladder applies to the complaints of its scope only: a bank whose card centre (a unit here, with a sub-unit)
 * handles complaints by tiers, while its Shenzhen branch proposes, approves and pays as it would without a ladder.
 * The scope is said, never assumed: an engine refuses a ladder without one, and a scope it cannot place.
 */
class TierScopeTest {
    static final UnitId HEAD_OFFICE = UnitId.of("HO");
    static final UnitId CARD_CENTRE = UnitId.of("CARD");
    static final UnitId CARD_EAST = UnitId.of("CARD-EAST");
    static final Actor AGENT = Actor.staff(StaffId.of("S-0010"), CARD_EAST, Role.of("card-agent"), Role.HANDLER);
    static final Actor CARE_GROUP = Actor.staff(StaffId.of("S-0012"), CARD_CENTRE, Role.of("card-care-group"),
            Role.HANDLER);

    static final OrganisationDirectory DIRECTORY = new OrganisationDirectory() {
        final Map<UnitId, OrgUnit> units = Stream.of(
                new OrgUnit(HEAD_OFFICE, "总行", UnitLevel.HEAD_OFFICE, null),
                new OrgUnit(CARD_CENTRE, "信用卡中心", UnitLevel.BRANCH, HEAD_OFFICE),
                new OrgUnit(CARD_EAST, "信用卡中心华东分中心", UnitLevel.SUB_BRANCH, CARD_CENTRE),
                new OrgUnit(Fixtures.BRANCH, "深圳分行", UnitLevel.BRANCH, HEAD_OFFICE),
                new OrgUnit(Fixtures.OUTLET, "福田网点", UnitLevel.OUTLET, Fixtures.BRANCH))
                .collect(Collectors.toMap(OrgUnit::id, Function.identity()));
        final Map<StaffId, StaffMember> staff = Stream.of(Fixtures.TELLER, Fixtures.HANDLER, Fixtures.APPROVER, AGENT,
                        CARE_GROUP)
                .map(a -> StaffMember.active(a.staffId(), a.unitId(), a.roles()))
                .collect(Collectors.toMap(StaffMember::id, Function.identity()));

        @Override
        public Optional<OrgUnit> unit(UnitId id) {
            return Optional.ofNullable(units.get(id));
        }

        @Override
        public Optional<StaffMember> staff(StaffId id) {
            return Optional.ofNullable(staff.get(id));
        }
    };

    final MutableClock clock = MutableClock.at("2026-03-02T01:30:00Z");

    ComplaintEngine.Builder builder() {
        return ComplaintEngine.builder().clock(clock).discoverPlugins(false);
    }

    ComplaintEngine engine(TierLadder ladder) {
        return builder().organisation(DIRECTORY).tierLadder(ladder).build();
    }

    static List<ErrorCode> codes(ConfigurationException e) {
        return e.violations().stream().map(Violation::code).toList();
    }

    /** A complaint received at the outlet and investigated where it is assigned. */
    ComplaintId investigating(ComplaintEngine engine, UnitId unit, Actor handler) {
        ComplaintId id = engine.execute(Fixtures.registration(clock.instant())).complaintId();
        engine.execute(AcceptComplaint.of(id, Fixtures.TELLER, Fixtures.key()));
        engine.execute(AssignComplaint.of(id, Fixtures.TELLER, Fixtures.key(), HandlingUnit.of(unit))
                .withHandler(handler.staffId()));
        engine.execute(StartInvestigation.of(id, handler, Fixtures.key()));
        return id;
    }

    @Test
    void anEngineRefusesALadderThatDoesNotSayWhichComplaintsItTiers() {
        TierLadder unscoped = TierLadder.of(TierLadder.cardCentre().tiers());
        assertTrue(unscoped.scope().isEmpty());
        ConfigurationException e = assertThrows(ConfigurationException.class,
                () -> builder().organisation(DIRECTORY).tierLadder(unscoped).build());
        assertEquals(List.of(ErrorCode.TIER_SCOPE_MISSING), codes(e));
        assertEquals("CMP-4039", e.violations().get(0).code().code());
        assertTrue(e.getMessage().contains("bankWide()"), e.getMessage());
    }

    @Test
    void aScopeReadFromTheDirectoryIsRefusedOnAnEngineWithoutOne() {
        for (TierLadder ladder : List.of(TierLadder.cardCentre(), TierLadder.cardCentre().within(CARD_CENTRE))) {
            ConfigurationException e = assertThrows(ConfigurationException.class,
                    () -> builder().tierLadder(ladder).build());
            assertEquals(List.of(ErrorCode.TIER_SCOPE_NEEDS_DIRECTORY), codes(e));
            assertEquals("CMP-4038", e.violations().get(0).code().code());
        }
        builder().tierLadder(TierLadder.cardCentre().bankWide()).build();
    }

    @Test
    void aScopeNamingUnitsTheDirectoryDoesNotKnowIsRefusedNamingEachOfThem() {
        ConfigurationException e = assertThrows(ConfigurationException.class,
                () -> engine(TierLadder.cardCentre().within(CARD_CENTRE, UnitId.of("NOWHERE"), UnitId.of("ELSEWHERE"))));
        assertEquals(List.of(ErrorCode.TIER_SCOPE_NEEDS_DIRECTORY, ErrorCode.TIER_SCOPE_NEEDS_DIRECTORY), codes(e));
        assertTrue(e.violations().get(0).message().contains("ELSEWHERE")
                && e.violations().get(1).message().contains("NOWHERE"), e.getMessage());
    }

    @Test
    void aScopeOfNoUnitOrNoDepartmentKindIsRefused() {
        assertEquals(List.of(ErrorCode.TIER_SCOPE_MISSING),
                codes(assertThrows(ConfigurationException.class, TierScope::units)));
        assertEquals(List.of(ErrorCode.TIER_SCOPE_MISSING),
                codes(assertThrows(ConfigurationException.class, TierScope::departments)));
    }

    @Test
    void theCardCentrePresetIsWithinTheCardCentreAndWithinReplacesAScope() {
        assertEquals(Optional.of(TierScope.departments(DepartmentKind.CARD_CENTRE)), TierLadder.cardCentre().scope());
        TierLadder branch = TierLadder.cardCentre().within(Fixtures.BRANCH);
        assertEquals(Optional.of(TierScope.units(Fixtures.BRANCH)), branch.scope());
        assertEquals(Optional.of(TierScope.bankWide()), branch.bankWide().scope());
        assertEquals(TierLadder.cardCentre().tiers(), branch.tiers());
        assertTrue(branch.toString().endsWith("within units [GD-SZ] and the units below them"), branch.toString());
    }

    @Test
    void aLadderWithinTheCardCentreTiersItsSubUnitAndLeavesTheBranchAlone() {
        ComplaintEngine engine = engine(TierLadder.cardCentre().within(CARD_CENTRE));

        ComplaintId card = investigating(engine, CARD_EAST, AGENT);
        assertEquals(List.of(ErrorCode.TIER_AUTHORITY_EXCEEDED), TieredHandlingTest.refused(engine,
                TieredHandlingTest.propose(card, AGENT, "800")).stream().map(Violation::code).toList());
        TierRaised raised = assertInstanceOf(TierRaised.class,
                engine.execute(TieredHandlingTest.handUp(card, AGENT)).events().get(0));
        assertEquals(TierId.of("care-group"), raised.to());
        assertEquals(ComplaintStatus.AWAITING_APPROVAL,
                engine.execute(TieredHandlingTest.propose(card, CARE_GROUP, "800")).state().status());

        ComplaintId branch = investigating(engine, Fixtures.BRANCH, Fixtures.HANDLER);
        engine.execute(RecordEmergencyPayment.of(branch, Fixtures.HANDLER, Fixtures.key(), Money.of("500", "CNY"),
                Sensitive.of("应急")));
        engine.execute(TieredHandlingTest.propose(branch, Fixtures.HANDLER, "60000"));
        assertEquals(ComplaintStatus.RESOLVED,
                engine.execute(ApproveResolution.of(branch, Fixtures.APPROVER, Fixtures.key())).state().status(),
                "an approver who holds no tier role approves a branch complaint beyond every tier's authority");
        List<Violation> handUp = TieredHandlingTest.refused(engine, TieredHandlingTest.handUp(branch, Fixtures.HANDLER));
        assertEquals(List.of(ErrorCode.COMPLAINT_NOT_TIERED), handUp.stream().map(Violation::code).toList());
        assertEquals("CMP-2195", handUp.get(0).code().code());
        assertTrue(handUp.get(0).message().contains("GD-SZ") && handUp.get(0).message().contains("CARD"),
                handUp.get(0).message());
    }

    @Test
    void aLadderOfTheHostsOwnIsScopedTheSameWay() {
        Tier only = TierLadder.cardCentre().tiers().get(0);
        ComplaintEngine engine = engine(TierLadder.of(only).within(CARD_CENTRE));
        ComplaintId branch = investigating(engine, Fixtures.BRANCH, Fixtures.HANDLER);
        engine.execute(TieredHandlingTest.propose(branch, Fixtures.HANDLER, "800"));
        assertEquals(List.of(ErrorCode.NOT_AT_TIER), TieredHandlingTest.refused(engine, TieredHandlingTest.propose(
                investigating(engine, CARD_CENTRE, CARE_GROUP), Fixtures.HANDLER, "100")).stream().map(Violation::code)
                .toList(), "staff without the tier's role act on no complaint of the card centre");
        assertEquals(Set.of(Role.of("card-agent")), only.roles());
    }
}
