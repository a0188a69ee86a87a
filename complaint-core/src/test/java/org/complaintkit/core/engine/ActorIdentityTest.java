package org.complaintkit.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.complaintkit.api.access.ComplaintView;
import org.complaintkit.api.command.CommandType;
import org.complaintkit.api.complaint.ComplaintId;
import org.complaintkit.api.complaint.ComplaintStatus;
import org.complaintkit.api.error.CommandRefusedException;
import org.complaintkit.api.error.ErrorCode;
import org.complaintkit.api.event.AccessDenied;
import org.complaintkit.api.event.ComplaintEvent;
import org.complaintkit.api.event.ResolutionApproved;
import org.complaintkit.api.organisation.Actor;
import org.complaintkit.api.organisation.Role;
import org.complaintkit.api.organisation.StaffId;
import org.complaintkit.api.organisation.UnitId;
import org.complaintkit.core.reporting.FixedHistory;
import org.complaintkit.spi.organisation.OrgUnit;
import org.complaintkit.spi.organisation.OrganisationDirectory;
import org.complaintkit.spi.organisation.StaffMember;
import org.complaintkit.testkit.Commands;
import org.complaintkit.testkit.ComplaintScenario;
import org.complaintkit.testkit.Fixtures;
import org.complaintkit.testkit.MutableClock;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/**
 * Who acts is what the engine establishes, not what the caller claims: each finding of the security review, as a
 * reproduction that failed before actors were resolved in the directory.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ActorIdentityTest {
    private static final StaffId LEFT_ID = StaffId.of("S-2999");
    /** The fixed history's bank, with one member who has left. */
    private static final OrganisationDirectory DIRECTORY = new OrganisationDirectory() {
        @Override
        public Optional<OrgUnit> unit(UnitId id) {
            return FixedHistory.DIRECTORY.unit(id);
        }

        @Override
        public Optional<StaffMember> staff(StaffId id) {
            return id.equals(LEFT_ID) ? Optional.of(new StaffMember(id, Fixtures.BRANCH, Set.of(Role.HANDLER), false))
                    : FixedHistory.DIRECTORY.staff(id);
        }
    };

    private final MutableClock clock = MutableClock.at("2026-03-02T01:30:00Z");
    private final ComplaintEngine engine = ComplaintEngine.builder().clock(clock).discoverPlugins(false)
            .organisation(DIRECTORY).build();

    private ComplaintId aboutTheAccused() {
        return engine.execute(Fixtures.registrationAbout(clock.instant(), Fixtures.ACCUSED_ID)).complaintId();
    }

    private ComplaintId awaitingApproval() {
        ComplaintId id = engine.execute(Fixtures.registration(clock.instant())).complaintId();
        for (CommandType type : List.of(CommandType.ACCEPT, CommandType.ASSIGN, CommandType.START_INVESTIGATION,
                CommandType.PROPOSE_RESOLUTION)) {
            engine.execute(Commands.of(type, id, ComplaintScenario.defaultActor(type)));
        }
        return id;
    }

    private CommandRefusedException refused(ComplaintId id, CommandType type, Actor actor) {
        return assertThrows(CommandRefusedException.class, () -> engine.execute(Commands.of(type, id, actor)));
    }

    private List<AccessDenied> denials(ComplaintId id) {
        return engine.hostReads().history(id).stream().filter(AccessDenied.class::isInstance).map(AccessDenied.class::cast).toList();
    }

    @Test
    void the_staff_member_complained_about_cannot_act_by_claiming_the_system_role() {
        ComplaintId id = aboutTheAccused();
        Actor claimsSystem = new Actor(Fixtures.ACCUSED_ID, Fixtures.OUTLET, Set.of(Role.SYSTEM));
        for (CommandType type : List.of(CommandType.ACCEPT, CommandType.START_INVESTIGATION)) {
            assertTrue(refused(id, type, claimsSystem).has(ErrorCode.SYSTEM_ACTOR_CLAIMED));
        }
        assertEquals(ComplaintStatus.REGISTERED, engine.hostReads().find(id).orElseThrow().status(), "nothing was applied");
        assertEquals(List.of(ErrorCode.SYSTEM_ACTOR_CLAIMED, ErrorCode.SYSTEM_ACTOR_CLAIMED),
                denials(id).stream().map(AccessDenied::code).toList(), "each attempt is on the record");
        assertTrue(refused(id, CommandType.ACCEPT, Actor.system("escalation-policy")).has(ErrorCode.SYSTEM_ACTOR_CLAIMED),
                "nor can a caller pass an actor equal to one of the engine's own");
    }

    @Test
    void without_a_directory_the_system_role_is_still_the_engines_own() {
        ComplaintEngine vouched = ComplaintEngine.builder().clock(clock).discoverPlugins(false).build();
        ComplaintId id = vouched.execute(Fixtures.registrationAbout(clock.instant(), Fixtures.ACCUSED_ID)).complaintId();
        CommandRefusedException e = assertThrows(CommandRefusedException.class, () -> vouched.execute(
                Commands.of(CommandType.ACCEPT, id, new Actor(Fixtures.ACCUSED_ID, Fixtures.OUTLET, Set.of(Role.SYSTEM)))));
        assertTrue(e.has(ErrorCode.SYSTEM_ACTOR_CLAIMED));
    }

    @Test
    void a_ghost_approver_unknown_to_the_directory_is_refused_and_four_eyes_holds() {
        ComplaintId id = awaitingApproval();
        Actor ghost = Actor.staff(StaffId.of("S-7777"), Fixtures.BRANCH, Role.APPROVER);
        assertTrue(refused(id, CommandType.APPROVE_RESOLUTION, ghost).has(ErrorCode.ACTOR_UNKNOWN));
        assertEquals(ComplaintStatus.AWAITING_APPROVAL, engine.hostReads().find(id).orElseThrow().status());
        assertEquals(List.of(ErrorCode.ACTOR_UNKNOWN), denials(id).stream().map(AccessDenied::code).toList());
    }

    @Test
    void an_unknown_id_claiming_the_superior_approver_role_approves_nothing() {
        ComplaintId id = awaitingApproval();
        Actor superior = Actor.staff(StaffId.of("S-8888"), UnitId.of("HO"), Role.of("superior-approver"),
                Role.APPROVER);
        assertTrue(refused(id, CommandType.APPROVE_RESOLUTION, superior).has(ErrorCode.ACTOR_UNKNOWN));
    }

    @Test
    void a_receiver_claiming_the_approver_role_at_head_office_is_refused_for_each_false_claim() {
        ComplaintId id = awaitingApproval();
        Actor claims = Actor.staff(Fixtures.TELLER_ID, UnitId.of("HO"), Role.APPROVER);
        CommandRefusedException e = refused(id, CommandType.APPROVE_RESOLUTION, claims);
        assertEquals(List.of(ErrorCode.ACTOR_MISMATCH, ErrorCode.ACTOR_MISMATCH),
                e.violations().stream().map(v -> v.code()).toList(), "the unit and the role: " + e.getMessage());
        assertFalse(e.getMessage().contains(Fixtures.NAME), "no personal data in the refusal");
    }

    @Test
    void an_inactive_member_cannot_act() {
        ComplaintId id = engine.execute(Fixtures.registration(clock.instant())).complaintId();
        Actor left = Actor.staff(LEFT_ID, Fixtures.BRANCH, Role.HANDLER);
        assertTrue(refused(id, CommandType.ACCEPT, left).has(ErrorCode.ACTOR_INACTIVE));
    }

    @Test
    void the_event_records_the_directorys_unit_and_roles_not_the_claim() {
        ComplaintId id = awaitingApproval();
        engine.execute(Commands.of(CommandType.APPROVE_RESOLUTION, id, Actor.staff(Fixtures.APPROVER_ID,
                Fixtures.BRANCH)));
        ComplaintEvent approved = engine.hostReads().history(id).stream().filter(ResolutionApproved.class::isInstance)
                .findFirst().orElseThrow();
        assertEquals(Set.of(Role.APPROVER), approved.actor().roles(),
                "an actor who claims fewer roles is recorded with the directory's");
    }

    @Test
    void an_unknown_id_claiming_complaint_manager_gets_no_view_at_all() {
        ComplaintId id = engine.execute(Fixtures.registration(clock.instant())).complaintId();
        Actor claims = Actor.staff(StaffId.of("S-6666"), UnitId.of("HO"), Role.COMPLAINT_MANAGER);
        CommandRefusedException e = assertThrows(CommandRefusedException.class, () -> engine.view(id, claims));
        assertTrue(e.has(ErrorCode.ACTOR_UNKNOWN));
        assertEquals(List.of(ErrorCode.ACTOR_UNKNOWN), denials(id).stream().map(AccessDenied::code).toList());
        ComplaintView real = engine.view(id, FixedHistory.MANAGER);
        assertEquals(Fixtures.NAME, real.complainantName(), "the real manager sees it in full");
    }
}
