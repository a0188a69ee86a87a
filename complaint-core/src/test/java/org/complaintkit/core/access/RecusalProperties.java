package org.complaintkit.core.access;

import static org.junit.jupiter.api.Assertions.*;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.complaintkit.api.command.AcceptComplaint;
import org.complaintkit.api.command.ApproveResolution;
import org.complaintkit.api.command.AssignComplaint;
import org.complaintkit.api.command.ProposeResolution;
import org.complaintkit.api.command.RegisterComplaint;
import org.complaintkit.api.command.StartInvestigation;
import org.complaintkit.api.complaint.ComplaintId;
import org.complaintkit.api.complaint.ComplaintState;
import org.complaintkit.api.complaint.ComplaintSubject;
import org.complaintkit.api.complaint.HandlingUnit;
import org.complaintkit.api.complaint.Outcome;
import org.complaintkit.api.complaint.Sensitive;
import org.complaintkit.api.error.ComplaintKitException;
import org.complaintkit.api.error.ErrorCode;
import org.complaintkit.api.organisation.Actor;
import org.complaintkit.api.organisation.Role;
import org.complaintkit.api.organisation.StaffId;
import org.complaintkit.api.organisation.UnitId;
import org.complaintkit.core.engine.ComplaintEngine;
import org.complaintkit.testkit.Fixtures;
import org.complaintkit.testkit.MutableClock;
import org.complaintkit.spi.organisation.OrgUnit;
import org.complaintkit.spi.organisation.OrganisationDirectory;
import org.complaintkit.spi.organisation.StaffMember;
import org.complaintkit.spi.organisation.UnitLevel;

/**
 * Over random organisation trees and random attempts to assign, act and approve: the staff member the
 * complaint is about, and the one the host marks as interested, are never the handler, never the approver,
 * and never act (CBIRC Art. 17).
 */
class RecusalProperties {

    /** A random bank: a tree of units (each unit's parent is an earlier one) and staff spread over it. */
    record Bank(List<OrgUnit> units, List<StaffMember> staff) implements OrganisationDirectory {
        @Override
        public Optional<OrgUnit> unit(UnitId id) {
            return units.stream().filter(u -> u.id().equals(id)).findFirst();
        }

        @Override
        public Optional<StaffMember> staff(StaffId id) {
            return staff.stream().filter(s -> s.id().equals(id)).findFirst();
        }
    }

    record Attempt(int kind, int actor, int named) {
    }

    @Provide
    Arbitrary<Bank> banks() {
        return Arbitraries.integers().between(2, 12).flatMap(n -> Arbitraries.integers().between(0, 1000).list().ofSize(n)
                .flatMap(parents -> Arbitraries.integers().between(0, n - 1).list().ofMinSize(4).ofMaxSize(14)
                        .map(homes -> {
                            List<OrgUnit> units = new ArrayList<>();
                            for (int i = 0; i < n; i++) {
                                UnitId parent = i == 0 ? null : UnitId.of("U" + (parents.get(i) % i));
                                UnitLevel level = i == 0 ? UnitLevel.HEAD_OFFICE : UnitLevel.OUTLET;
                                units.add(new OrgUnit(UnitId.of("U" + i), "unit " + i, level, parent));
                            }
                            List<StaffMember> staff = new ArrayList<>();
                            for (int s = 0; s < homes.size(); s++) {
                                staff.add(new StaffMember(StaffId.of("S" + s), UnitId.of("U" + homes.get(s)),
                                        Set.of(Role.HANDLER, Role.APPROVER), true));
                            }
                            return new Bank(units, staff);
                        })));
    }

    @Provide
    Arbitrary<List<Attempt>> attempts() {
        return Combinators.combine(Arbitraries.integers().between(0, 3), Arbitraries.integers().between(0, 100),
                Arbitraries.integers().between(0, 100)).as(Attempt::new).list().ofMinSize(5).ofMaxSize(30);
    }

    @Property(tries = 200)
    void the_person_complained_about_and_a_host_marked_interested_person_are_never_handler_approver_or_actor(
            @ForAll("banks") Bank bank, @ForAll("attempts") List<Attempt> attempts) {
        StaffId accused = bank.staff().get(0).id();
        StaffId interested = bank.staff().get(1).id();
        MutableClock clock = MutableClock.at("2025-03-03T02:00:00Z");
        ComplaintEngine engine = ComplaintEngine.builder().clock(clock).discoverPlugins(false).organisation(bank)
                .access(StandardAccessPolicy.standard().withInterested((s, c) -> s.equals(interested))).build();
        RegisterComplaint base = Fixtures.registration(clock.instant());
        StaffMember receiver = bank.staff().get(2);
        Actor registrar = Actor.staff(receiver.id(), receiver.unit(), Role.HANDLER);
        ComplaintId id = engine.execute(new RegisterComplaint(registrar, base.idempotencyKey(), base.complainant(),
                base.channel(), clock.instant(), UnitId.of("U0"), List.of(ComplaintSubject.staff(accused)),
                base.content(), base.request(), null)).complaintId();
        Map<String, Integer> refusedForRecusal = new HashMap<>();
        for (Attempt a : attempts) {
            StaffMember who = bank.staff().get(a.actor() % bank.staff().size());
            StaffMember named = bank.staff().get(a.named() % bank.staff().size());
            Actor actor = Actor.staff(who.id(), who.unit(), Role.HANDLER, Role.APPROVER);
            var command = switch (a.kind()) {
                case 0 -> new AcceptComplaint(id, actor, Fixtures.key());
                case 1 -> new AssignComplaint(id, actor, Fixtures.key(), HandlingUnit.of(named.unit()), List.of(), named.id());
                case 2 -> new StartInvestigation(id, actor, Fixtures.key());
                default -> engine.hostReads().find(id).orElseThrow().status() == org.complaintkit.api.complaint.ComplaintStatus.AWAITING_APPROVAL
                        ? new ApproveResolution(id, actor, Fixtures.key(), null)
                        : new ProposeResolution(id, actor, Fixtures.key(), Sensitive.of("道歉"), Outcome.UPHELD, null);
            };
            boolean unfitActor = who.id().equals(accused) || who.id().equals(interested);
            boolean unfitNamed = a.kind() == 1 && (named.id().equals(accused) || named.id().equals(interested));
            try {
                engine.execute(command);
                assertFalse(unfitActor || unfitNamed, "an interested person acted or was named: " + a);
            } catch (ComplaintKitException e) {
                if (unfitActor) {
                    assertEquals(ErrorCode.RECUSAL, e.code(), "the actor is refused first: " + e.getMessage());
                    refusedForRecusal.merge(command.type().label(), 1, Integer::sum);
                } else if (unfitNamed) {
                    // An assignment the lifecycle does not allow is refused as such; one it allows, for recusal.
                    assertTrue(e.code() == ErrorCode.RECUSAL || e.code() == ErrorCode.ILLEGAL_TRANSITION, e.getMessage());
                    refusedForRecusal.merge(command.type().label(), 1, Integer::sum);
                }
            }
            ComplaintState state = engine.hostReads().find(id).orElseThrow();
            if (state.assignment() != null) {
                assertNotEquals(accused, state.assignment().handler());
                assertNotEquals(interested, state.assignment().handler());
            }
            assertNotEquals(accused, state.approvedBy());
            assertNotEquals(interested, state.approvedBy());
        }
        net.jqwik.api.statistics.Statistics.label("recusal refusals").collect(refusedForRecusal.isEmpty() ? "none" : "some");
    }
}
