package org.complaintkit.core.retention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.complaintkit.api.command.CommandResult;
import org.complaintkit.api.command.CommandType;
import org.complaintkit.api.command.LiftLegalHold;
import org.complaintkit.api.command.PlaceLegalHold;
import org.complaintkit.api.complaint.ComplaintId;
import org.complaintkit.api.complaint.ComplaintStatus;
import org.complaintkit.api.error.CommandRefusedException;
import org.complaintkit.api.error.ErrorCode;
import org.complaintkit.api.event.ComplaintEvent;
import org.complaintkit.api.event.LegalHoldLifted;
import org.complaintkit.api.event.LegalHoldPlaced;
import org.complaintkit.api.organisation.Actor;
import org.complaintkit.api.organisation.Role;
import org.complaintkit.api.organisation.StaffId;
import org.complaintkit.api.retention.Disposal;
import org.complaintkit.core.engine.ComplaintEngine;
import org.complaintkit.spi.retention.PurgedComplaint;
import org.complaintkit.testkit.Commands;
import org.complaintkit.testkit.Fixtures;
import org.complaintkit.testkit.MutableClock;
import org.complaintkit.testkit.RetentionContract;
import org.junit.jupiter.api.Test;

/**
 * The legal hold (issue 27 item 4): a lifecycle-neutral command that keeps a complaint's file past its retention,
 * placed and lifted only by whom the access policy lets, each with its actor, time and reason, and refused by name
 * when it is placed twice or lifted when none stands.
 */
class LegalHoldTest {
    static final Actor MANAGER = Actor.staff(StaffId.of("S-5001"), Fixtures.BRANCH, Role.COMPLAINT_MANAGER);
    final MutableClock clock = MutableClock.at("2026-03-02T01:30:00Z");
    final ComplaintEngine engine = ComplaintEngine.builder().clock(clock).discoverPlugins(false).build();

    ComplaintId registered() {
        return engine.execute(Fixtures.registrationAbout(clock.instant(), Fixtures.ACCUSED_ID)).complaintId();
    }

    @Test
    void aComplaintManagerPlacesAndLiftsAHoldAndEachIsRecordedWithActorTimeAndReason() {
        ComplaintId id = registered();
        clock.advance(Duration.ofHours(2));
        CommandResult placed = engine.execute(PlaceLegalHold.of(id, MANAGER, Fixtures.key(), "LH-2026-017",
                "regulator's inquiry letter 2026-11"));
        LegalHoldPlaced hold = (LegalHoldPlaced) placed.events().get(0);
        assertEquals(MANAGER.staffId(), hold.header().actor().staffId());
        assertEquals(clock.instant(), hold.header().occurredAt());
        assertEquals("LH-2026-017", hold.reference());
        assertEquals("regulator's inquiry letter 2026-11", hold.reason());
        assertTrue(LegalHolds.held(engine.hostReads().history(id)));

        clock.advance(Duration.ofDays(3));
        CommandResult lifted = engine.execute(LiftLegalHold.of(id, MANAGER, Fixtures.key(), "inquiry closed"));
        LegalHoldLifted lift = (LegalHoldLifted) lifted.events().get(0);
        assertEquals("LH-2026-017", lift.reference(), "the lift names the hold it ends");
        assertEquals(clock.instant(), lift.header().occurredAt());
        assertFalse(LegalHolds.held(engine.hostReads().history(id)));
    }

    @Test
    void aHoldChangesNeitherTheStatusNorAClock() {
        ComplaintId id = registered();
        ComplaintStatus before = engine.hostReads().find(id).orElseThrow().status();
        List<ComplaintEvent> events = engine.execute(PlaceLegalHold.of(id, MANAGER, Fixtures.key(), "LH-1", "audit"))
                .events();
        assertEquals(1, events.size(), "no clock change comes with it");
        assertEquals(before, engine.hostReads().find(id).orElseThrow().status());
    }

    @Test
    void aHandlerMayNotPlaceAHoldAndNothingIsStored() {
        ComplaintId id = registered();
        int size = engine.hostReads().history(id).size();
        CommandRefusedException refused = assertThrows(CommandRefusedException.class, () -> engine.execute(
                PlaceLegalHold.of(id, Fixtures.HANDLER, Fixtures.key(), "LH-1", "audit")));
        assertEquals(ErrorCode.LEGAL_HOLD_NOT_PERMITTED, refused.code());
        assertEquals("CMP-2260", refused.code().code());
        assertFalse(LegalHolds.held(engine.hostReads().history(id)));
        assertTrue(engine.hostReads().history(id).size() <= size + 1, "at most the denial is recorded");
    }

    @Test
    void theStaffMemberTheComplaintIsAboutIsRecusedEvenAsAManager() {
        ComplaintId id = registered();
        Actor accusedManager = Actor.staff(Fixtures.ACCUSED_ID, Fixtures.OUTLET, Role.COMPLAINT_MANAGER);
        CommandRefusedException refused = assertThrows(CommandRefusedException.class, () -> engine.execute(
                PlaceLegalHold.of(id, accusedManager, Fixtures.key(), "LH-1", "audit")));
        assertEquals(ErrorCode.RECUSAL, refused.code());
    }

    @Test
    void placingASecondHoldIsRefusedByName() {
        ComplaintId id = registered();
        engine.execute(PlaceLegalHold.of(id, MANAGER, Fixtures.key(), "LH-1", "court order"));
        CommandRefusedException refused = assertThrows(CommandRefusedException.class, () -> engine.execute(
                PlaceLegalHold.of(id, MANAGER, Fixtures.key(), "LH-2", "second matter")));
        assertEquals(ErrorCode.LEGAL_HOLD_ALREADY_PLACED, refused.code());
        assertEquals("CMP-2261", refused.code().code());
    }

    @Test
    void liftingAHoldThatIsNotThereIsRefusedByName() {
        ComplaintId id = registered();
        CommandRefusedException refused = assertThrows(CommandRefusedException.class, () -> engine.execute(
                LiftLegalHold.of(id, MANAGER, Fixtures.key(), "nothing to lift")));
        assertEquals(ErrorCode.NO_LEGAL_HOLD, refused.code());
        assertEquals("CMP-2262", refused.code().code());
    }

    @Test
    void aWithdrawnComplaintCanStillBeHeld() {
        ComplaintId id = registered();
        engine.execute(Commands.of(CommandType.WITHDRAW, id, Fixtures.TELLER, Fixtures.key(),
                Commands.Payload.plain()));
        assertEquals(ComplaintStatus.WITHDRAWN, engine.hostReads().find(id).orElseThrow().status());
        engine.execute(PlaceLegalHold.of(id, MANAGER, Fixtures.key(), "LH-1", "litigation"));
        assertTrue(LegalHolds.held(engine.hostReads().history(id)));
    }

    @Test
    void aResentPlacementReplaysItsFirstResult() {
        ComplaintId id = registered();
        PlaceLegalHold place = PlaceLegalHold.of(id, MANAGER, Fixtures.key(), "LH-1", "court order");
        engine.execute(place);
        assertTrue(engine.execute(place).replayed(), "the same key replays rather than being refused as a second"
                + " hold");
    }

    @Test
    @SuppressWarnings("deprecation")
    void theLedgerSaysTheRetentionPeriodStartedAtTheHoldsLiftNotAtTheClosure() {
        ComplaintId id = registered();
        engine.execute(Commands.of(CommandType.WITHDRAW, id, Fixtures.TELLER, Fixtures.key(),
                Commands.Payload.plain()));
        Instant closed = clock.instant();
        engine.execute(PlaceLegalHold.of(id, MANAGER, Fixtures.key(), "LH-1", "court order"));
        clock.advance(Duration.ofDays(400));
        engine.execute(LiftLegalHold.of(id, MANAGER, Fixtures.key(), "order discharged"));
        Instant lifted = clock.instant();
        clock.advance(Duration.ofDays(31));
        List<PurgedComplaint> ledger = new ArrayList<>();

        PurgeReport report = engine.purge(PurgeRequest.of(RetentionContract.shortPolicy(Disposal.DELETE), null,
                ledger::add));

        assertEquals(1, report.complaintsDeleted());
        PurgedComplaint entry = ledger.get(0);
        assertEquals(lifted, entry.retentionStartedAt(), "the period ran from the lift");
        assertTrue(entry.retentionStartedAt().isAfter(closed.plus(Duration.ofDays(399))), "not from the closure");
        assertEquals(entry.retentionStartedAt(), entry.closedAt(), "the former name still answers");
    }
}
