package org.complaintkit.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.complaintkit.api.command.AcceptComplaint;
import org.complaintkit.api.command.AssignComplaint;
import org.complaintkit.api.command.CommandType;
import org.complaintkit.api.command.StartInvestigation;
import org.complaintkit.api.complaint.ComplaintId;
import org.complaintkit.api.complaint.ComplaintStatus;
import org.complaintkit.api.complaint.HandlingUnit;
import org.complaintkit.api.error.CommandRefusedException;
import org.complaintkit.api.error.ErrorCode;
import org.complaintkit.api.organisation.Actor;
import org.complaintkit.api.organisation.Role;
import org.complaintkit.api.organisation.StaffId;
import org.complaintkit.api.organisation.UnitId;
import org.complaintkit.core.reporting.FixedHistory;
import org.complaintkit.spi.organisation.OrgUnit;
import org.complaintkit.spi.organisation.OrganisationDirectory;
import org.complaintkit.spi.organisation.StaffMember;
import org.complaintkit.testkit.Commands;
import org.complaintkit.testkit.Fixtures;
import org.complaintkit.testkit.MutableClock;
import org.junit.jupiter.api.Test;

/**
 * The developer trial's finding 12: a receiver at an outlet who also holds the handler role started the
 * investigation of a complaint assigned to another handler. Once a handler is named, the investigation's steps are
 * theirs, their deputy's while they are absent, or the complaint-management unit's ({@code CMP-2300}).
 */
class HandlerStepsTest {
    private static final StaffId DEPUTY_ID = StaffId.of("S-2002");
    private static final Actor DEPUTY = Actor.staff(DEPUTY_ID, Fixtures.BRANCH, Role.HANDLER);
    /** The outlet's receiver, to whom the directory gives the handler role too. */
    private static final Actor RECEIVER = Actor.staff(Fixtures.TELLER_ID, Fixtures.OUTLET, Role.RECEIVER, Role.HANDLER);

    private final AtomicBoolean handlerAbsent = new AtomicBoolean();
    private final OrganisationDirectory directory = new OrganisationDirectory() {
        @Override
        public Optional<OrgUnit> unit(UnitId id) {
            return FixedHistory.DIRECTORY.unit(id);
        }

        @Override
        public Optional<StaffMember> staff(StaffId id) {
            if (id.equals(Fixtures.HANDLER_ID)) {
                return Optional.of(new StaffMember(id, Fixtures.BRANCH, null, Set.of(Role.HANDLER),
                        !handlerAbsent.get(), DEPUTY_ID));
            }
            if (id.equals(DEPUTY_ID)) {
                return Optional.of(new StaffMember(id, Fixtures.BRANCH, Set.of(Role.HANDLER), true));
            }
            return FixedHistory.DIRECTORY.staff(id);
        }
    };
    private final MutableClock clock = MutableClock.at("2026-03-02T01:30:00Z");
    private final ComplaintEngine engine = ComplaintEngine.builder().clock(clock).discoverPlugins(false)
            .organisation(directory).build();

    /** Accepted and assigned to the branch, naming {@code handler} (or none). */
    private ComplaintId assignedTo(StaffId handler) {
        ComplaintId id = engine.execute(Fixtures.registration(clock.instant())).complaintId();
        engine.execute(AcceptComplaint.of(id, FixedHistory.MANAGER, Fixtures.key()));
        engine.execute(new AssignComplaint(id, FixedHistory.MANAGER, Fixtures.key(), HandlingUnit.of(Fixtures.BRANCH),
                List.of(), handler));
        return id;
    }

    private CommandRefusedException refused(ComplaintId id, CommandType type, Actor actor) {
        int before = engine.hostReads().history(id).size();
        CommandRefusedException refused = assertThrows(CommandRefusedException.class,
                () -> engine.execute(Commands.of(type, id, actor)));
        assertEquals(before, engine.hostReads().history(id).size(), "nothing stored");
        return refused;
    }

    @Test
    void aReceiverWhoAlsoHoldsTheHandlerRoleCannotStartTheInvestigationOfAComplaintAssignedToSomeoneElse() {
        ComplaintId id = assignedTo(Fixtures.HANDLER_ID);
        CommandRefusedException refused = refused(id, CommandType.START_INVESTIGATION, RECEIVER);
        assertEquals(ErrorCode.NOT_THE_HANDLER, refused.code());
        assertEquals("CMP-2300", refused.code().code());
        assertTrue(refused.getMessage().contains(Fixtures.HANDLER_ID.value()), refused.getMessage());
    }

    @Test
    void noOtherStaffMemberPausesOrResumesOnTheHandlersBehalf() {
        ComplaintId id = assignedTo(Fixtures.HANDLER_ID);
        engine.execute(StartInvestigation.of(id, Fixtures.HANDLER, Fixtures.key()));
        assertEquals(ErrorCode.NOT_THE_HANDLER, refused(id, CommandType.PAUSE, RECEIVER).code());
        assertEquals(ErrorCode.NOT_THE_HANDLER, refused(id, CommandType.PAUSE, DEPUTY).code(),
                "a deputy acts only while the handler is absent");
        engine.execute(Commands.of(CommandType.PAUSE, id, Fixtures.HANDLER));
        assertEquals(ErrorCode.NOT_THE_HANDLER, refused(id, CommandType.RESUME, RECEIVER).code());
    }

    @Test
    void theDeputyOfAnAbsentHandlerStartsTheInvestigation() {
        ComplaintId id = assignedTo(Fixtures.HANDLER_ID);
        handlerAbsent.set(true);
        assertEquals(ComplaintStatus.INVESTIGATING,
                engine.execute(StartInvestigation.of(id, DEPUTY, Fixtures.key())).state().status());
        assertEquals(ErrorCode.NOT_THE_HANDLER, refused(id, CommandType.PAUSE, RECEIVER).code(),
                "the handler's absence opens the step to their deputy, not to anyone");
    }

    @Test
    void theComplaintManagementUnitStepsInAndTheHandlerCarriesOn() {
        ComplaintId id = assignedTo(Fixtures.HANDLER_ID);
        engine.execute(StartInvestigation.of(id, FixedHistory.MANAGER, Fixtures.key()));
        engine.execute(Commands.of(CommandType.PAUSE, id, Fixtures.HANDLER));
        assertEquals(ComplaintStatus.INVESTIGATING,
                engine.execute(Commands.of(CommandType.RESUME, id, Fixtures.HANDLER)).state().status());
    }

    @Test
    void aComplaintAssignedWithoutANamedHandlerIsNotRestrictedByPerson() {
        ComplaintId id = assignedTo(null);
        assertEquals(ComplaintStatus.INVESTIGATING,
                engine.execute(StartInvestigation.of(id, RECEIVER, Fixtures.key())).state().status());
    }
}
