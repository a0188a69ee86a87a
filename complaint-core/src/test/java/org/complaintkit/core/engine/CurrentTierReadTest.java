package org.complaintkit.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import org.complaintkit.api.complaint.ComplaintId;
import org.complaintkit.api.error.ComplaintNotFoundException;
import org.complaintkit.api.error.ErrorCode;
import org.complaintkit.api.organisation.TierId;
import org.complaintkit.core.tier.Tier;
import org.complaintkit.core.tier.TierLadder;
import org.complaintkit.testkit.Fixtures;
import org.junit.jupiter.api.Test;

/**
 * {@link HostReads#tier}: the tier a complaint stands at now, as the engine reads it before each command, so that a
 * host need not scan the history for {@code TierRaised}. Empty when the complaint is not tiered.
 */
class CurrentTierReadTest {
    final TierScopeTest bank = new TierScopeTest();

    @Test
    void aTieredComplaintStandsAtTheLowestTierUntilItIsHandedUpAndThenAtTheTierHandedUpTo() {
        ComplaintEngine engine = bank.engine(TierLadder.cardCentre().within(TierScopeTest.CARD_CENTRE));
        ComplaintId card = bank.investigating(engine, TierScopeTest.CARD_EAST, TierScopeTest.AGENT);
        Tier lowest = engine.hostReads().tier(card).orElseThrow();
        assertEquals(TierLadder.cardCentre().lowest(), lowest);
        assertEquals(TierId.of("agent"), lowest.id());

        engine.execute(TieredHandlingTest.handUp(card, TierScopeTest.AGENT));
        assertEquals(TierId.of("care-group"), engine.hostReads().tier(card).orElseThrow().id());
        engine.execute(TieredHandlingTest.handUp(card, TierScopeTest.CARE_GROUP));
        assertEquals(TierLadder.cardCentre().tiers().get(2), engine.hostReads().tier(card).orElseThrow());
    }

    @Test
    void aStaffMemberTheAccessPolicyAdmitsReadsTheTierToo() {
        ComplaintEngine engine = bank.engine(TierLadder.cardCentre().within(TierScopeTest.CARD_CENTRE));
        ComplaintId card = bank.investigating(engine, TierScopeTest.CARD_EAST, TierScopeTest.AGENT);
        assertEquals(TierId.of("agent"), engine.tier(card, TierScopeTest.AGENT).orElseThrow().id());
    }

    @Test
    void aComplaintOutsideTheLaddersScopeHasNoTier() {
        ComplaintEngine engine = bank.engine(TierLadder.cardCentre().within(TierScopeTest.CARD_CENTRE));
        ComplaintId branch = bank.investigating(engine, Fixtures.BRANCH, Fixtures.HANDLER);
        assertEquals(Optional.empty(), engine.hostReads().tier(branch));
    }

    @Test
    void anEngineWithoutATierLadderGivesNoTier() {
        ComplaintEngine engine = bank.builder().organisation(TierScopeTest.DIRECTORY).build();
        ComplaintId card = bank.investigating(engine, TierScopeTest.CARD_EAST, TierScopeTest.AGENT);
        assertEquals(Optional.empty(), engine.hostReads().tier(card));
    }

    @Test
    void anUnknownComplaintIsRefusedAsNotFound() {
        ComplaintEngine engine = bank.engine(TierLadder.cardCentre().bankWide());
        ComplaintNotFoundException e = assertThrows(ComplaintNotFoundException.class,
                () -> engine.hostReads().tier(ComplaintId.of("CMP-NOPE")));
        assertEquals(ErrorCode.COMPLAINT_NOT_FOUND, e.code());
    }
}
