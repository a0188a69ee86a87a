package org.complaintkit.core.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.complaintkit.api.access.Permission;
import org.complaintkit.api.access.ViewRights;
import org.complaintkit.api.command.CommandType;
import org.complaintkit.api.complaint.ComplaintId;
import org.complaintkit.api.complaint.ComplaintState;
import org.complaintkit.api.complaint.ComplaintStatus;
import org.complaintkit.api.error.CommandRefusedException;
import org.complaintkit.api.error.ErrorCode;
import org.complaintkit.api.error.Violation;
import org.complaintkit.api.event.AccessDenied;
import org.complaintkit.api.organisation.Actor;
import org.complaintkit.api.organisation.Role;
import org.complaintkit.core.engine.ComplaintEngine;
import org.complaintkit.spi.access.AccessPolicy;
import org.complaintkit.testkit.Commands;
import org.complaintkit.testkit.ComplaintScenario;
import org.complaintkit.testkit.Fixtures;
import org.complaintkit.testkit.MutableClock;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/** The access SPI is told which command it judges, so a host can add rules by command. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class CommandAwareAccessPolicyTest {
    /** The standard policy, plus: only approvers approve. */
    static final AccessPolicy ONLY_APPROVERS_APPROVE = new AccessPolicy() {
        private final AccessPolicy standard = StandardAccessPolicy.standard();

        @Override
        public Optional<Violation> check(Actor actor, ComplaintState complaint, Permission permission) {
            return standard.check(actor, complaint, permission);
        }

        @Override
        public Optional<Violation> checkCommand(Actor actor, ComplaintState complaint, CommandType command) {
            if (command == CommandType.APPROVE_RESOLUTION && !actor.has(Role.APPROVER)) {
                return Optional.of(new Violation(ErrorCode.ACCESS_DENIED, "actor", "only approvers approve"));
            }
            return standard.checkCommand(actor, complaint, command);
        }

        @Override
        public ViewRights rights(Actor actor, ComplaintState complaint) {
            return standard.rights(actor, complaint);
        }
    };

    private final MutableClock clock = MutableClock.at("2026-03-02T01:30:00Z");
    private final ComplaintEngine engine = ComplaintEngine.builder().clock(clock).discoverPlugins(false)
            .access(ONLY_APPROVERS_APPROVE).build();

    @Test
    void a_host_rule_by_command_refuses_a_receivers_approval_records_it_and_lets_the_approver_approve() {
        ComplaintId id = engine.execute(Fixtures.registration(clock.instant())).complaintId();
        for (CommandType type : List.of(CommandType.ACCEPT, CommandType.ASSIGN, CommandType.START_INVESTIGATION,
                CommandType.PROPOSE_RESOLUTION)) {
            engine.execute(Commands.of(type, id, ComplaintScenario.defaultActor(type)));
        }
        CommandRefusedException e = assertThrows(CommandRefusedException.class, () -> engine.execute(
                Commands.of(CommandType.APPROVE_RESOLUTION, id, Fixtures.TELLER)));
        assertTrue(e.has(ErrorCode.ACCESS_DENIED), e.getMessage());
        assertEquals("ApproveResolution", engine.hostReads().history(id).stream()
                .filter(AccessDenied.class::isInstance).map(d -> ((AccessDenied) d).attempted()).findFirst()
                .orElseThrow());
        assertEquals(ComplaintStatus.RESOLVED, engine.execute(Commands.of(CommandType.APPROVE_RESOLUTION, id,
                Fixtures.APPROVER)).state().status());
    }

    @Test
    void every_command_on_a_complaint_reaches_the_access_policy_with_its_type_before_any_other_rule() {
        java.util.List<CommandType> judged = new java.util.concurrent.CopyOnWriteArrayList<>();
        AccessPolicy recording = new AccessPolicy() {
            private final AccessPolicy standard = StandardAccessPolicy.standard();

            @Override
            public Optional<Violation> check(Actor actor, ComplaintState complaint, Permission permission) {
                return standard.check(actor, complaint, permission);
            }

            @Override
            public Optional<Violation> checkCommand(Actor actor, ComplaintState complaint, CommandType command) {
                judged.add(command);
                // Deny everything: a command the policy was not asked about would get past it to its own rules.
                return Optional.of(new Violation(ErrorCode.ACCESS_DENIED, "actor", "denied to see who asks"));
            }

            @Override
            public ViewRights rights(Actor actor, ComplaintState complaint) {
                return standard.rights(actor, complaint);
            }
        };
        ComplaintEngine judging = ComplaintEngine.builder().clock(clock).discoverPlugins(false).access(recording)
                .build();
        ComplaintId id = judging.execute(Fixtures.registration(clock.instant())).complaintId();
        java.util.List<CommandType> sent = new java.util.ArrayList<>();
        for (CommandType type : CommandType.values()) {
            if (type == CommandType.REGISTER) {
                continue;
            }
            sent.add(type);
            CommandRefusedException e = assertThrows(CommandRefusedException.class,
                    () -> judging.execute(Commands.of(type, id, Fixtures.APPROVER)), type::label);
            assertEquals(ErrorCode.ACCESS_DENIED, e.code(), type.label());
        }
        // A command refused on the cached history is decided again on a fresh read, so the policy may be asked twice.
        assertEquals(sent, judged.stream().distinct().toList(), "each command type, in the order run");
    }
}
