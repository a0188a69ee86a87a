package org.complaintkit.core.tier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.complaintkit.api.complaint.Money;
import org.complaintkit.api.error.ConfigurationException;
import org.complaintkit.api.error.ErrorCode;
import org.complaintkit.api.error.Violation;
import org.complaintkit.api.organisation.Role;
import org.complaintkit.api.organisation.TierId;
import org.complaintkit.spi.organisation.AuthorityAction;
import org.junit.jupiter.api.Test;

/**
 * The tier ladder as data (seed 003 "实行分级（座席员、客户关心组、客服经理及高经）、分权限的投诉处理方法"): the card centre's
 * preset, and the builder's refusal of contradictory ladders, every problem at once.
 */
class TierLadderTest {
    static Tier tier(String id, String role, String compensation, String payment) {
        return Tier.of(id, id + " tier", Set.of(Role.of(role)), limit(AuthorityAction.COMPENSATION, compensation),
                limit(AuthorityAction.EMERGENCY_PAYMENT, payment));
    }

    static TierLimit limit(AuthorityAction action, String amount) {
        return amount == null ? TierLimit.unlimited(action) : TierLimit.upTo(action, Money.of(amount, "CNY"));
    }

    static List<ErrorCode> codes(ConfigurationException e) {
        return e.violations().stream().map(Violation::code).toList();
    }

    @Test
    void theCardCentrePresetHasTheSeedsFourTiersInOrderWithRisingAuthority() {
        TierLadder ladder = TierLadder.cardCentre();
        assertEquals(List.of("agent", "care-group", "service-manager", "senior-manager"),
                ladder.tiers().stream().map(t -> t.id().value()).toList());
        assertTrue(ladder.tiers().get(0).name().contains("座席员"));
        assertTrue(ladder.tiers().get(3).name().contains("高经"));
        assertEquals(TierId.of("care-group"), ladder.above(TierId.of("agent")).orElseThrow().id());
        assertTrue(ladder.above(TierId.of("senior-manager")).isEmpty(), "nothing above the top");
        assertEquals(TierId.of("service-manager"), ladder.lowestAllowing(TierId.of("agent"),
                AuthorityAction.COMPENSATION, Money.of("1000.01", "CNY")).orElseThrow().id());
        assertTrue(ladder.lowestAllowing(TierId.of("agent"), AuthorityAction.COMPENSATION,
                Money.of("50000.01", "CNY")).isEmpty(), "beyond the top tier");
        assertEquals(TierId.of("care-group"), ladder.highestHeldBy(Set.of(Role.HANDLER, Role.of("card-care-group")))
                .orElseThrow().id());
    }

    @Test
    void anAmountInAnotherCurrencyIsBeyondALimitButWithinNoLimit() {
        assertTrue(!TierLimit.upTo(AuthorityAction.COMPENSATION, Money.of("200", "CNY")).allows(Money.of("1", "USD")));
        assertTrue(TierLimit.unlimited(AuthorityAction.COMPENSATION).allows(Money.of("1000000", "USD")));
    }

    @Test
    void anEmptyLadderIsRefused() {
        assertEquals(List.of(ErrorCode.INVALID_TIER_LADDER),
                codes(assertThrows(ConfigurationException.class, () -> TierLadder.of(List.of()))));
    }

    @Test
    void aTierNamedTwiceWithoutRolesOrWithoutALimitPerActionIsRefusedWithEveryProblemAtOnce() {
        Tier noRoles = Tier.of("b", "b tier", Set.of(), limit(AuthorityAction.COMPENSATION, "100"),
                limit(AuthorityAction.EMERGENCY_PAYMENT, "100"));
        Tier noPaymentLimit = Tier.of("c", " ", Set.of(Role.of("r-c")), limit(AuthorityAction.COMPENSATION, "100"));
        ConfigurationException e = assertThrows(ConfigurationException.class, () -> TierLadder.of(
                tier("a", "r-a", "100", "100"), noRoles, noPaymentLimit, tier("a", "r-d", "100", "100")));
        assertEquals(List.of(ErrorCode.INVALID_TIER_LADDER, ErrorCode.INVALID_TIER_LADDER,
                ErrorCode.INVALID_TIER_LADDER, ErrorCode.INVALID_TIER_LADDER), codes(e), e::getMessage);
        assertTrue(e.getMessage().contains("states no limit for EMERGENCY_PAYMENT"), e.getMessage());
        assertTrue(e.getMessage().contains("tier a is named twice"), e.getMessage());
    }

    @Test
    void aRoleAtTwoTiersIsRefused() {
        ConfigurationException e = assertThrows(ConfigurationException.class, () -> TierLadder.of(
                tier("a", "card-agent", "100", "0"), tier("b", "card-agent", "200", "0")));
        assertEquals(List.of(ErrorCode.TIER_ROLE_SHARED), codes(e));
        assertTrue(e.getMessage().contains("role card-agent is named at tier a and at tier b"), e.getMessage());
    }

    @Test
    void aTierThatMayGrantLessThanTheOneBelowItIsRefused() {
        ConfigurationException e = assertThrows(ConfigurationException.class, () -> TierLadder.of(
                tier("a", "r-a", "1000", "0"), tier("b", "r-b", "500", "0")));
        assertEquals(List.of(ErrorCode.TIER_AUTHORITY_DECREASES), codes(e));
        assertTrue(e.getMessage().contains("COMPENSATION: tier b may grant up to 500 CNY, less than tier a"),
                e.getMessage());
    }

    @Test
    void aLimitedTierAboveAnUnlimitedOneAndLimitsInTwoCurrenciesAreRefused() {
        Tier usd = Tier.of("c", "c tier", Set.of(Role.of("r-c")),
                TierLimit.upTo(AuthorityAction.COMPENSATION, Money.of("100000", "USD")),
                TierLimit.unlimited(AuthorityAction.EMERGENCY_PAYMENT));
        ConfigurationException e = assertThrows(ConfigurationException.class, () -> TierLadder.of(
                tier("a", "r-a", "100", null), tier("b", "r-b", "200", "10"), usd));
        assertEquals(List.of(ErrorCode.TIER_AUTHORITY_DECREASES, ErrorCode.TIER_AUTHORITY_DECREASES), codes(e),
                e::getMessage);
        assertTrue(e.getMessage().contains("while tier a below it has no limit"), e.getMessage());
        assertTrue(e.getMessage().contains("cannot be compared"), e.getMessage());
    }

    @Test
    void anUnlimitedTopTierAboveLimitedOnesIsAccepted() {
        TierLadder ladder = TierLadder.of(tier("a", "r-a", "100", "0"), tier("b", "r-b", null, null));
        assertEquals(2, ladder.tiers().size());
    }
}
