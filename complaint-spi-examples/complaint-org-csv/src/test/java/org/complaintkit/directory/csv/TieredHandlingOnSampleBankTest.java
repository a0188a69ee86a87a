package org.complaintkit.directory.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.complaintkit.api.command.AcceptComplaint;
import org.complaintkit.api.command.AssignComplaint;
import org.complaintkit.api.command.HandUpTier;
import org.complaintkit.api.command.HandlingCommand;
import org.complaintkit.api.command.IdempotencyKey;
import org.complaintkit.api.command.ProposeResolution;
import org.complaintkit.api.command.RegisterComplaint;
import org.complaintkit.api.command.StartInvestigation;
import org.complaintkit.api.complaint.Channel;
import org.complaintkit.api.complaint.Complainant;
import org.complaintkit.api.complaint.ComplaintId;
import org.complaintkit.api.complaint.ComplaintStatus;
import org.complaintkit.api.complaint.ComplaintSubject;
import org.complaintkit.api.complaint.ContactMethod;
import org.complaintkit.api.complaint.ContactPoint;
import org.complaintkit.api.complaint.CustomerRef;
import org.complaintkit.api.complaint.CustomerSegment;
import org.complaintkit.api.complaint.HandlingUnit;
import org.complaintkit.api.complaint.Money;
import org.complaintkit.api.complaint.Outcome;
import org.complaintkit.api.complaint.Sensitive;
import org.complaintkit.api.error.CommandRefusedException;
import org.complaintkit.api.error.ErrorCode;
import org.complaintkit.api.error.Violation;
import org.complaintkit.api.event.TierRaised;
import org.complaintkit.api.organisation.Actor;
import org.complaintkit.api.organisation.Role;
import org.complaintkit.api.organisation.StaffId;
import org.complaintkit.api.organisation.TierId;
import org.complaintkit.api.organisation.UnitId;
import org.complaintkit.core.engine.ComplaintEngine;
import org.complaintkit.core.tier.TierLadder;
import org.junit.jupiter.api.Test;

/**
 * The card centre's tiers on the sample bank (seed 003 "实行分级（座席员、客户关心组、客服经理及高经）、分权限的投诉处理方法"):
 * the card-centre staff in {@code staff.csv} hold the preset's roles, and the tier each stands at is read from the
 * directory, whatever roles the caller claims.
 */
class TieredHandlingOnSampleBankTest {
    static final UnitId HEAD_OFFICE = UnitId.of("HO");
    /** Card-centre staff as the caller names them: with the handler role only. */
    static final Actor AGENT = Actor.staff(StaffId.of("S-0010"), HEAD_OFFICE, Role.HANDLER);
    static final Actor CARE_GROUP = Actor.staff(StaffId.of("S-0012"), HEAD_OFFICE, Role.HANDLER);
    static final Actor CUSTOMER_SERVICE = Actor.staff(StaffId.of("S-0004"), HEAD_OFFICE, Role.HANDLER);
    static final String CUSTOMER_NAME = "韩梅梅";

    final EscalationOnSampleBankTest.MutableTestClock clock =
            new EscalationOnSampleBankTest.MutableTestClock(Instant.parse("2025-03-03T02:00:00Z"));
    final ComplaintEngine engine = ComplaintEngine.builder().clock(clock).discoverPlugins(false)
            .organisation(CsvOrganisationDirectory.sampleBank()).tierLadder(TierLadder.cardCentre()).build();
    int keys;

    IdempotencyKey key() {
        return IdempotencyKey.of("t" + (++keys));
    }

    ComplaintId investigating() {
        Complainant who = new Complainant(CustomerRef.of("CIF2"), Sensitive.of(CUSTOMER_NAME), CustomerSegment.VIP,
                Set.of(), ContactPoint.of(ContactMethod.PHONE, "13900001111"));
        ComplaintId id = engine.execute(new RegisterComplaint(AGENT, key(), who, Channel.PHONE, clock.instant(),
                HEAD_OFFICE, List.of(ComplaintSubject.product("CREDIT-CARD")), Sensitive.of("年费未减免"),
                Sensitive.of("退还年费"), null)).complaintId();
        engine.execute(new AcceptComplaint(id, AGENT, key()));
        engine.execute(AssignComplaint.of(id, AGENT, key(), HandlingUnit.of(HEAD_OFFICE)));
        engine.execute(new StartInvestigation(id, AGENT, key()));
        return id;
    }

    ProposeResolution refund(ComplaintId id, Actor actor) {
        return ProposeResolution.of(id, actor, key(), Sensitive.of("退还年费"), Outcome.UPHELD)
                .withCompensation(Money.of("800", "CNY"));
    }

    List<ErrorCode> refused(HandlingCommand command) {
        CommandRefusedException e = assertThrows(CommandRefusedException.class, () -> engine.execute(command));
        assertFalse(e.getMessage().contains(CUSTOMER_NAME), e.getMessage());
        return e.violations().stream().map(Violation::code).toList();
    }

    @Test
    void anAgentsRefundOf800IsRefusedAndTheCareGroupsIsAcceptedAfterTheHandUpWithTiersFromTheDirectory() {
        ComplaintId id = investigating();
        assertEquals(List.of(ErrorCode.TIER_AUTHORITY_EXCEEDED), refused(refund(id, AGENT)));

        TierRaised raised = assertInstanceOf(TierRaised.class, engine.execute(HandUpTier.of(id, AGENT, key(),
                Sensitive.of("退款超出座席员权限"))).events().get(0));
        assertEquals(TierId.of("care-group"), raised.to());
        assertTrue(raised.actor().roles().contains(Role.of("card-agent")), "the event names the directory's roles");

        assertEquals(List.of(ErrorCode.NOT_AT_TIER), refused(refund(id, AGENT)));
        assertEquals(ComplaintStatus.AWAITING_APPROVAL, engine.execute(refund(id, CARE_GROUP)).state().status());
    }

    @Test
    void staffOutsideTheCardCentresLadderStandAtNoTier() {
        ComplaintId id = investigating();
        assertEquals(List.of(ErrorCode.NOT_AT_TIER), refused(HandUpTier.of(id, CUSTOMER_SERVICE, key(),
                Sensitive.of("转交"))));
    }
}
