package org.complaintkit.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.complaintkit.api.command.AcceptComplaint;
import org.complaintkit.api.command.AssignComplaint;
import org.complaintkit.api.command.HandUpTier;
import org.complaintkit.api.complaint.ComplaintId;
import org.complaintkit.api.complaint.HandlingUnit;
import org.complaintkit.api.complaint.Money;
import org.complaintkit.api.complaint.Sensitive;
import org.complaintkit.api.organisation.Role;
import org.complaintkit.core.notification.NoticeTypes;
import org.complaintkit.core.tier.Tier;
import org.complaintkit.core.tier.TierLadder;
import org.complaintkit.core.tier.TierLimit;
import org.complaintkit.spi.notification.Notification;
import org.complaintkit.spi.organisation.AuthorityAction;
import org.complaintkit.testkit.Fixtures;
import org.junit.jupiter.api.Test;

/**
 * A hand-up tells the next tier: the desks of its roles get the {@code tier-raised} notice with the tiers and the
 * reason (the standard notification rules), and the hand-up's own actor is not told of it.
 */
class TierRaisedNoticeTest {
    /** The cards unit's two tiers: its handlers, then the approvers above them. */
    static final TierLadder LADDER = TierLadder.of(
            Tier.of("desk", "卡部柜面 cards desk", Set.of(Role.HANDLER),
                    TierLimit.upTo(AuthorityAction.COMPENSATION, Money.of("200", "CNY")),
                    TierLimit.upTo(AuthorityAction.EMERGENCY_PAYMENT, Money.of("0", "CNY"))),
            Tier.of("lead", "卡部负责人 cards lead", Set.of(Role.APPROVER, Role.of("cards-lead")),
                    TierLimit.unlimited(AuthorityAction.COMPENSATION),
                    TierLimit.unlimited(AuthorityAction.EMERGENCY_PAYMENT)))
            .within(FirstContactBank.CARDS);

    final FirstContactBank bank = new FirstContactBank(b -> b.tierLadder(LADDER));

    ComplaintId atTheCardsUnit() {
        ComplaintId id = bank.lodge();
        bank.run(AcceptComplaint.of(id, FirstContactBank.MANAGER, Fixtures.key()));
        bank.run(new AssignComplaint(id, FirstContactBank.MANAGER, Fixtures.key(),
                HandlingUnit.of(FirstContactBank.CARDS), List.of(), FirstContactBank.CARDS_STAFF.staffId()));
        return id;
    }

    @Test
    void aHandUpTellsTheDesksOfEachRoleOfTheNextTierWithTheTiersAndTheReason() {
        ComplaintId id = atTheCardsUnit();
        bank.run(HandUpTier.of(id, FirstContactBank.CARDS_STAFF, Fixtures.key(), Sensitive.of("赔付金额超出柜面权限")));

        List<String> notices = bank.notices(id);
        assertTrue(notices.contains("tier-raised->role:approver") && notices.contains("tier-raised->role:cards-lead"),
                notices::toString);
        assertFalse(notices.contains("tier-raised->role:handler"), "the tier handed up from is not told: " + notices);
        List<Notification> told = bank.engine.hostReads().outbox(id).stream().map(e -> e.notification())
                .filter(n -> n.type().equals(NoticeTypes.TIER_RAISED)).toList();
        assertEquals(2, told.size());
        String body = told.get(0).body();
        assertTrue(body.contains("desk") && body.contains("lead") && body.contains("赔付金额超出柜面权限")
                && body.contains(FirstContactBank.CARDS.value()), body);
        assertFalse(body.contains(Fixtures.NAME), "no personal data on a desk's notice: " + body);
    }

    @Test
    void aComplaintOutsideTheLaddersScopeIsNeitherHandedUpNorNotified() {
        ComplaintId id = bank.lodge();
        bank.run(AcceptComplaint.of(id, FirstContactBank.MANAGER, Fixtures.key()));
        bank.assign(id);
        TieredHandlingTest.refused(bank.engine, HandUpTier.of(id, Fixtures.HANDLER, Fixtures.key(),
                Sensitive.of("转交")));
        assertTrue(bank.notices(id).stream().noneMatch(n -> n.startsWith(NoticeTypes.TIER_RAISED)),
                bank.notices(id)::toString);
    }
}
