package org.complaintkit.core.approval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.complaintkit.api.command.AcceptComplaint;
import org.complaintkit.api.command.ApproveResolution;
import org.complaintkit.api.command.AssignComplaint;
import org.complaintkit.api.command.ConcurResolution;
import org.complaintkit.api.command.HandlingCommand;
import org.complaintkit.api.command.StartInvestigation;
import org.complaintkit.api.complaint.ComplaintId;
import org.complaintkit.api.complaint.HandlingUnit;
import org.complaintkit.api.error.CommandRefusedException;
import org.complaintkit.api.error.ErrorCode;
import org.complaintkit.api.event.AccessDenialsRepeated;
import org.complaintkit.api.event.AccessDenied;
import org.complaintkit.api.event.ComplaintEvent;
import org.complaintkit.api.event.ResolutionApproved;
import org.complaintkit.api.organisation.Actor;
import org.complaintkit.core.engine.ComplaintEngine;
import org.complaintkit.testkit.EncodingStore;
import org.complaintkit.testkit.Fixtures;
import org.complaintkit.testkit.MutableClock;
import org.junit.jupiter.api.Test;

/**
 * A concurrence ({@code ConcurResolution}) is a second pair of eyes: not the proposer's, not given by one who
 * approved a step or who then approves, and a department's where the engine has a directory. On the two-step
 * matrix of {@link ApprovalStepsProperties}: the branch approver, then the head office's leadership once the
 * business line concurred (the leader heads the business line's department).
 */
class ConcurrenceTest {
    final MutableClock clock = MutableClock.at("2026-03-02T01:30:00Z");
    final EncodingStore store = new EncodingStore();
    final ComplaintEngine engine = ComplaintEngine.builder().clock(clock).store(store).discoverPlugins(false)
            .organisation(new ApprovalStepsProperties.Directory()).approvalMatrix(ApprovalStepsProperties.MATRIX)
            .build();
    final ComplaintId id = awaitingLargeApproval();

    private ComplaintId awaitingLargeApproval() {
        ComplaintId complaint = engine.execute(Fixtures.registration(clock.instant())).complaintId();
        engine.execute(new AcceptComplaint(complaint, Fixtures.TELLER, Fixtures.key()));
        engine.execute(new AssignComplaint(complaint, Fixtures.TELLER, Fixtures.key(),
                HandlingUnit.of(Fixtures.BRANCH), List.of(), Fixtures.HANDLER_ID));
        engine.execute(new StartInvestigation(complaint, Fixtures.HANDLER, Fixtures.key()));
        engine.execute(ApprovalStepsProperties.propose(complaint, true));
        return complaint;
    }

    /** Runs a command that must be refused, and checks that nothing but the refusal's trace was stored. */
    private CommandRefusedException refused(HandlingCommand command) {
        List<ComplaintEvent> before = store.load(id);
        CommandRefusedException e = assertThrows(CommandRefusedException.class, () -> engine.execute(command));
        List<ComplaintEvent> after = store.load(id);
        assertEquals(before, after.subList(0, before.size()));
        assertTrue(after.subList(before.size(), after.size()).stream()
                .allMatch(x -> x instanceof AccessDenied || x instanceof AccessDenialsRepeated), "nothing stored");
        return e;
    }

    private ConcurResolution concur(Actor actor) {
        return new ConcurResolution(id, actor, Fixtures.key(), null);
    }

    private ApproveResolution approve(Actor actor) {
        return new ApproveResolution(id, actor, Fixtures.key(), null);
    }

    @Test
    void theProposerDoesNotConcurWithTheirOwnResolution() {
        CommandRefusedException e = refused(concur(Fixtures.HANDLER));

        assertEquals(ErrorCode.CONCURRER_IS_PROPOSER, e.code());
        assertEquals("CMP-2186", e.code().code());
        assertTrue(e.getMessage().contains("the proposer of the resolution does not concur"), e.getMessage());
    }

    @Test
    void aStaffMemberOfNoDepartmentDoesNotConcurWhenTheEngineHasADirectory() {
        CommandRefusedException e = refused(concur(Fixtures.TELLER));

        assertEquals(ErrorCode.CONCURRER_WITHOUT_DEPARTMENT, e.code());
        assertEquals("CMP-2189", e.code().code());
    }

    @Test
    void whoApprovedAStepDoesNotThenConcur() {
        engine.execute(approve(ApprovalStepsProperties.BRANCH_APPROVER));

        CommandRefusedException e = refused(concur(ApprovalStepsProperties.BRANCH_APPROVER));

        assertEquals(ErrorCode.CONCURRER_APPROVED, e.code());
        assertEquals("CMP-2188", e.code().code());
        assertTrue(e.getMessage().contains("approved step 1"), e.getMessage());
    }

    @Test
    void whoConcurredDoesNotThenGiveTheFinalApprovalButAnotherLeaderMay() {
        engine.execute(concur(ApprovalStepsProperties.LEADER));
        engine.execute(approve(ApprovalStepsProperties.BRANCH_APPROVER));

        CommandRefusedException e = refused(approve(ApprovalStepsProperties.LEADER));

        assertEquals(ErrorCode.APPROVER_CONCURRED, e.code());
        assertEquals("CMP-2187", e.code().code());
        assertTrue(e.getMessage().contains("the approver concurred with this resolution"), e.getMessage());
        assertInstanceOf(ResolutionApproved.class, engine.execute(approve(ApprovalStepsProperties.SECOND_LEADER))
                .events().get(0), "the leader's concurrence still counts for another's approval");
    }

    @Test
    void whoConcurredIsRefusedAsTheConcurrerBeforeTheirAuthorityIsLookedAt() {
        engine.execute(concur(ApprovalStepsProperties.IT));

        CommandRefusedException e = refused(approve(ApprovalStepsProperties.IT));

        assertEquals(ErrorCode.APPROVER_CONCURRED, e.code(), "IT holds no step's authority either; the rule says why");
    }
}
