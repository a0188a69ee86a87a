package org.complaintkit.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.complaintkit.api.command.AssignComplaint;
import org.complaintkit.api.command.CommandType;
import org.complaintkit.api.complaint.HandlingUnit;
import org.complaintkit.api.complaint.ComplaintId;
import org.complaintkit.api.error.CommandRefusedException;
import org.complaintkit.api.error.ErrorCode;
import org.complaintkit.api.event.AccessDenied;
import org.complaintkit.api.organisation.Actor;
import org.complaintkit.api.organisation.Role;
import org.complaintkit.testkit.Commands;
import org.complaintkit.testkit.ComplaintScenario;
import org.complaintkit.testkit.Fixtures;
import org.complaintkit.testkit.MutableClock;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/** Every refusal on a ground of conflict is on the record, whichever rule raised it. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class RecusalAuditTest {
    private final MutableClock clock = MutableClock.at("2026-03-02T01:30:00Z");
    private final ComplaintEngine engine = ComplaintEngine.builder().clock(clock).discoverPlugins(false).build();

    private List<ErrorCode> denials(ComplaintId id) {
        return engine.hostReads().history(id).stream().filter(AccessDenied.class::isInstance)
                .map(e -> ((AccessDenied) e).code()).toList();
    }

    @Test
    void naming_the_accused_as_handler_is_refused_by_the_guard_and_recorded() {
        ComplaintId id = engine.execute(Fixtures.registrationAbout(clock.instant(), Fixtures.ACCUSED_ID)).complaintId();
        engine.execute(Commands.of(CommandType.ACCEPT, id, Fixtures.HANDLER));
        CommandRefusedException e = assertThrows(CommandRefusedException.class, () -> engine.execute(
                new AssignComplaint(id, Fixtures.HANDLER, Fixtures.key(), HandlingUnit.of(Fixtures.BRANCH), List.of(),
                        Fixtures.ACCUSED_ID)));
        assertTrue(e.has(ErrorCode.RECUSAL), e.getMessage());
        assertEquals(List.of(ErrorCode.RECUSAL), denials(id));
    }

    @Test
    void the_proposer_approving_their_own_proposal_is_refused_and_recorded() {
        ComplaintId id = engine.execute(Fixtures.registration(clock.instant())).complaintId();
        for (CommandType type : List.of(CommandType.ACCEPT, CommandType.ASSIGN, CommandType.START_INVESTIGATION,
                CommandType.PROPOSE_RESOLUTION)) {
            engine.execute(Commands.of(type, id, ComplaintScenario.defaultActor(type)));
        }
        Actor proposerAsApprover = Actor.staff(Fixtures.HANDLER_ID, Fixtures.BRANCH, Role.HANDLER, Role.APPROVER);
        CommandRefusedException e = assertThrows(CommandRefusedException.class, () -> engine.execute(
                Commands.of(CommandType.APPROVE_RESOLUTION, id, proposerAsApprover)));
        assertTrue(e.has(ErrorCode.FOUR_EYES), e.getMessage());
        assertEquals(List.of(ErrorCode.FOUR_EYES), denials(id));
    }
}
