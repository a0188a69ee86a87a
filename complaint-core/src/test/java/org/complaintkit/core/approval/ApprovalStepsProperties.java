package org.complaintkit.core.approval;

import static org.junit.jupiter.api.Assertions.*;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.complaintkit.api.command.AcceptComplaint;
import org.complaintkit.api.command.ApproveResolution;
import org.complaintkit.api.command.AssignComplaint;
import org.complaintkit.api.command.CommandResult;
import org.complaintkit.api.command.ConcurResolution;
import org.complaintkit.api.command.HandlingCommand;
import org.complaintkit.api.command.ProposeResolution;
import org.complaintkit.api.command.SendBackResolution;
import org.complaintkit.api.command.StartInvestigation;
import org.complaintkit.api.complaint.ComplaintId;
import org.complaintkit.api.complaint.ComplaintState;
import org.complaintkit.api.complaint.ComplaintStatus;
import org.complaintkit.api.complaint.HandlingUnit;
import org.complaintkit.api.complaint.Money;
import org.complaintkit.api.complaint.Outcome;
import org.complaintkit.api.complaint.Sensitive;
import org.complaintkit.api.error.CommandRefusedException;
import org.complaintkit.api.error.ErrorCode;
import org.complaintkit.api.event.AccessDenialsRepeated;
import org.complaintkit.api.event.AccessDenied;
import org.complaintkit.api.event.ComplaintEvent;
import org.complaintkit.api.event.ResolutionApproved;
import org.complaintkit.api.event.ResolutionEndorsed;
import org.complaintkit.api.organisation.Actor;
import org.complaintkit.api.organisation.DepartmentId;
import org.complaintkit.api.organisation.Role;
import org.complaintkit.api.organisation.StaffId;
import org.complaintkit.api.organisation.UnitId;
import org.complaintkit.core.complaint.ComplaintAggregate;
import org.complaintkit.core.engine.ComplaintEngine;
import org.complaintkit.spi.organisation.Department;
import org.complaintkit.spi.organisation.DepartmentKind;
import org.complaintkit.spi.organisation.OrgUnit;
import org.complaintkit.spi.organisation.OrganisationDirectory;
import org.complaintkit.spi.organisation.StaffMember;
import org.complaintkit.spi.organisation.UnitLevel;
import org.complaintkit.testkit.EncodingStore;
import org.complaintkit.testkit.Fixtures;
import org.complaintkit.testkit.MutableClock;

/**
 * Random runs of approvals, concurrences, send-backs and new proposals, by people with and without the authority, on
 * an engine whose approval matrix asks for two levels and a business line's concurrence above 50,000 CNY and for one
 * approval below, each command checked against a model of the steps: only the last step resolves, each step is
 * given in order by someone with its authority who gave no earlier step, did not propose and did not concur, the
 * concurrence is a department's, by neither the proposer nor one who gave a step, and comes before the last step, and a new proposal or a send-back starts the steps again (issue 23 item 1).
 */
class ApprovalStepsProperties {
    static final UnitId HO = UnitId.of("HO");
    static final Role SUPERIOR = Role.of("superior-approver");
    static final Money LARGE = Money.of("60000", "CNY");
    static final Money SMALL = Money.of("800", "CNY");
    static final Actor BRANCH_APPROVER = Fixtures.APPROVER;
    static final Actor SECOND_BRANCH_APPROVER = Actor.staff(StaffId.of("S-3002"), Fixtures.BRANCH, Role.APPROVER);
    static final Actor LEADER = Actor.staff(StaffId.of("S-0001"), HO, SUPERIOR, Role.APPROVER);
    static final Actor SECOND_LEADER = Actor.staff(StaffId.of("S-0002"), HO, SUPERIOR);
    static final Actor BUSINESS_LINE = Actor.staff(StaffId.of("S-0101"), HO, Role.HANDLER);
    static final Actor IT = Actor.staff(StaffId.of("S-0201"), HO, Role.HANDLER);
    static final List<Actor> PEOPLE = List.of(Fixtures.HANDLER, BRANCH_APPROVER, SECOND_BRANCH_APPROVER, LEADER,
            SECOND_LEADER, BUSINESS_LINE, IT, Fixtures.TELLER);
    static final DepartmentId LINE_DEPARTMENT = DepartmentId.of("HO-PB");
    static final DepartmentId IT_DEPARTMENT = DepartmentId.of("HO-IT");

    /** A head office with a business line and IT, a branch (the handler and its approvers), an outlet. */
    record Directory() implements OrganisationDirectory {
        static final List<OrgUnit> UNITS = List.of(new OrgUnit(HO, "总行", UnitLevel.HEAD_OFFICE, null),
                new OrgUnit(Fixtures.BRANCH, "深圳分行", UnitLevel.BRANCH, HO),
                new OrgUnit(Fixtures.OUTLET, "福田网点", UnitLevel.OUTLET, Fixtures.BRANCH));

        @Override
        public Optional<OrgUnit> unit(UnitId id) {
            return UNITS.stream().filter(u -> u.id().equals(id)).findFirst();
        }

        @Override
        public Optional<StaffMember> staff(StaffId id) {
            return PEOPLE.stream().filter(p -> p.staffId().equals(id)).findFirst()
                    .map(p -> new StaffMember(p.staffId(), p.unitId(), department(p), p.roles(), true, null));
        }

        /** The business line's staff and the leader who heads it are in its department, IT's in IT; others none. */
        static DepartmentId department(Actor p) {
            return p == BUSINESS_LINE || p == LEADER ? LINE_DEPARTMENT : p == IT ? IT_DEPARTMENT : null;
        }

        @Override
        public List<Department> departments(UnitId id) {
            return id.equals(HO) ? List.of(new Department(LINE_DEPARTMENT, HO, "个人金融部", DepartmentKind.BUSINESS_LINE),
                    new Department(IT_DEPARTMENT, HO, "信息科技部", DepartmentKind.IT)) : List.of();
        }
    }

    static final ApprovalMatrix MATRIX = ApprovalMatrix.builder()
            .row(r -> r.compensationAtLeast(Money.of("50000", "CNY")), ApprovalChain.of(Role.APPROVER, UnitLevel.BRANCH)
                    .then(SUPERIOR, UnitLevel.HEAD_OFFICE).withConcurrenceOf(DepartmentKind.BUSINESS_LINE))
            .row(r -> { }, Role.APPROVER, UnitLevel.BRANCH)
            .build();

    enum Kind { APPROVE, CONCUR, CONCUR_BY_THE_LINE, SEND_BACK, PROPOSE_LARGE, PROPOSE_SMALL }

    record Step(Kind kind, int who) {
        Actor actor() {
            return kind == Kind.CONCUR_BY_THE_LINE ? BUSINESS_LINE : PEOPLE.get(who % PEOPLE.size());
        }

        @Override
        public String toString() {
            return kind + " by " + actor().staffId().value();
        }
    }

    @Provide
    Arbitrary<List<Step>> runs() {
        Arbitrary<Kind> kinds = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(8, Arbitraries.just(Kind.APPROVE)),
                net.jqwik.api.Tuple.of(2, Arbitraries.just(Kind.CONCUR)),
                net.jqwik.api.Tuple.of(2, Arbitraries.just(Kind.CONCUR_BY_THE_LINE)),
                net.jqwik.api.Tuple.of(1, Arbitraries.just(Kind.SEND_BACK)),
                net.jqwik.api.Tuple.of(1, Arbitraries.just(Kind.PROPOSE_LARGE)),
                net.jqwik.api.Tuple.of(1, Arbitraries.just(Kind.PROPOSE_SMALL)));
        // The people who can give a step or concur are drawn more often, so that runs reach the last of two steps.
        Arbitrary<Integer> who = Arbitraries.frequency(net.jqwik.api.Tuple.of(1, 0), net.jqwik.api.Tuple.of(3, 1),
                net.jqwik.api.Tuple.of(2, 2), net.jqwik.api.Tuple.of(3, 3), net.jqwik.api.Tuple.of(2, 4),
                net.jqwik.api.Tuple.of(3, 5), net.jqwik.api.Tuple.of(1, 6), net.jqwik.api.Tuple.of(1, 7));
        return Combinators.combine(kinds, who).as(Step::new).list().ofMinSize(1).ofMaxSize(16);
    }

    @Provide
    Arbitrary<Boolean> mostlyLarge() {
        return Arbitraries.frequency(net.jqwik.api.Tuple.of(3, true), net.jqwik.api.Tuple.of(1, false));
    }

    /** The model: where the complaint stands and what its approval needs. */
    static final class Model {
        ComplaintStatus status = ComplaintStatus.AWAITING_APPROVAL;
        boolean large;
        final List<StaffId> endorsed = new ArrayList<>();
        boolean concurred;
        // Who concurred since the last proposal: they give no step of it.
        final Set<StaffId> concurrers = new HashSet<>();

        int steps() {
            return large ? 2 : 1;
        }

        boolean holds(Actor actor, int step) {
            return step == 1 ? actor.roles().contains(Role.APPROVER) && actor.unitId().equals(Fixtures.BRANCH)
                    : actor.roles().contains(SUPERIOR) && actor.unitId().equals(HO);
        }

        /** The refusal an approval meets, or null. */
        ErrorCode approval(Actor actor) {
            if (status != ComplaintStatus.AWAITING_APPROVAL) {
                return ErrorCode.ILLEGAL_TRANSITION;
            }
            if (actor.staffId().equals(Fixtures.HANDLER_ID)) {
                return ErrorCode.FOUR_EYES;
            }
            if (endorsed.contains(actor.staffId())) {
                return ErrorCode.APPROVER_ALREADY_APPROVED;
            }
            if (concurrers.contains(actor.staffId())) {
                return ErrorCode.APPROVER_CONCURRED;
            }
            int step = endorsed.size() + 1;
            if (!holds(actor, step)) {
                return steps() == 1 ? ErrorCode.APPROVAL_AUTHORITY_MISSING : ErrorCode.APPROVAL_STEP_AUTHORITY_MISSING;
            }
            if (step == steps() && large && !concurred) {
                return ErrorCode.LINE_CONCURRENCE_MISSING;
            }
            return null;
        }

        /** The refusal a concurrence meets, or null: not the proposer, no one who gave a step, a department's. */
        ErrorCode concurrence(Actor actor) {
            if (status != ComplaintStatus.AWAITING_APPROVAL) {
                return ErrorCode.ILLEGAL_TRANSITION;
            }
            if (actor.staffId().equals(Fixtures.HANDLER_ID)) {
                return ErrorCode.CONCURRER_IS_PROPOSER;
            }
            if (endorsed.contains(actor.staffId())) {
                return ErrorCode.CONCURRER_APPROVED;
            }
            return Directory.department(actor) == null ? ErrorCode.CONCURRER_WITHOUT_DEPARTMENT : null;
        }
    }

    @Property(tries = 200)
    void only_the_last_approval_step_resolves_and_each_step_is_given_in_order_by_another_authorised_person(
            @ForAll("runs") List<Step> run, @ForAll("mostlyLarge") boolean startLarge) {
        MutableClock clock = MutableClock.at("2026-03-02T01:30:00Z");
        EncodingStore store = new EncodingStore();
        ComplaintEngine engine = ComplaintEngine.builder().clock(clock).store(store).discoverPlugins(false)
                .organisation(new Directory()).approvalMatrix(MATRIX).build();
        ComplaintId id = engine.execute(Fixtures.registration(clock.instant())).complaintId();
        engine.execute(new AcceptComplaint(id, Fixtures.TELLER, Fixtures.key()));
        engine.execute(new AssignComplaint(id, Fixtures.TELLER, Fixtures.key(), HandlingUnit.of(Fixtures.BRANCH),
                List.of(), Fixtures.HANDLER_ID));
        engine.execute(new StartInvestigation(id, Fixtures.HANDLER, Fixtures.key()));
        Model model = new Model();
        model.large = startLarge;
        engine.execute(propose(id, startLarge));
        for (Step step : run) {
            clock.advance(Duration.ofMinutes(7));
            if (model.status == ComplaintStatus.RESOLVED) {
                // Resolved: no step is left to approve, and the run is over.
                assertEquals(ErrorCode.ILLEGAL_TRANSITION, assertThrows(CommandRefusedException.class,
                        () -> engine.execute(new ApproveResolution(id, step.actor(), Fixtures.key(), null))).code());
                break;
            }
            Actor actor = step.actor();
            List<ComplaintEvent> before = store.load(id);
            switch (step.kind()) {
                case APPROVE -> {
                    ErrorCode refusal = model.approval(actor);
                    HandlingCommand approve = new ApproveResolution(id, actor, Fixtures.key(), null);
                    if (refusal != null) {
                        CommandRefusedException e = assertThrows(CommandRefusedException.class,
                                () -> engine.execute(approve), step::toString);
                        assertEquals(refusal, e.code(), e.getMessage());
                        assertEquals(1, e.violations().size(), "one refusal, the rule that failed: " + e.getMessage());
                        assertNothingRecordedBut(before, store.load(id), refusal);
                        Statistics.label("refusals").collect(refusal);
                    } else {
                        CommandResult result = engine.execute(approve);
                        int given = model.endorsed.size() + 1;
                        if (given < model.steps()) {
                            ResolutionEndorsed endorsed = assertInstanceOf(ResolutionEndorsed.class,
                                    result.events().get(0));
                            assertEquals(List.of(given, model.steps()), List.of(endorsed.step(), endorsed.steps()));
                            model.endorsed.add(actor.staffId());
                        } else {
                            assertInstanceOf(ResolutionApproved.class, result.events().get(0));
                            model.status = ComplaintStatus.RESOLVED;
                        }
                        Statistics.label("approvals").collect(model.steps() + "-step, step " + given);
                    }
                }
                case CONCUR, CONCUR_BY_THE_LINE -> {
                    HandlingCommand concur = new ConcurResolution(id, actor, Fixtures.key(), null);
                    ErrorCode refusal = model.concurrence(actor);
                    if (refusal != null) {
                        CommandRefusedException e = assertThrows(CommandRefusedException.class,
                                () -> engine.execute(concur), step::toString);
                        assertEquals(refusal, e.code(), e.getMessage());
                        if (refusal != ErrorCode.ILLEGAL_TRANSITION) {
                            assertNothingRecordedBut(before, store.load(id), refusal);
                        }
                        Statistics.label("concurrence refusals").collect(refusal);
                    } else {
                        engine.execute(concur);
                        model.concurred |= Directory.department(actor) == LINE_DEPARTMENT;
                        model.concurrers.add(actor.staffId());
                    }
                }
                case SEND_BACK -> {
                    HandlingCommand back = new SendBackResolution(id, LEADER, Fixtures.key(), Sensitive.of("补充"));
                    if (model.status != ComplaintStatus.AWAITING_APPROVAL) {
                        assertEquals(ErrorCode.ILLEGAL_TRANSITION, assertThrows(CommandRefusedException.class,
                                () -> engine.execute(back)).code());
                    } else {
                        engine.execute(back);
                        model.status = ComplaintStatus.INVESTIGATING;
                        model.endorsed.clear();
                    }
                }
                case PROPOSE_LARGE, PROPOSE_SMALL -> {
                    boolean large = step.kind() == Kind.PROPOSE_LARGE;
                    if (model.status != ComplaintStatus.INVESTIGATING) {
                        assertEquals(ErrorCode.ILLEGAL_TRANSITION, assertThrows(CommandRefusedException.class,
                                () -> engine.execute(propose(id, large))).code());
                    } else {
                        engine.execute(propose(id, large));
                        model.status = ComplaintStatus.AWAITING_APPROVAL;
                        model.large = large;
                        model.endorsed.clear();
                        model.concurred = false;
                        model.concurrers.clear();
                    }
                }
            }
            ComplaintState state = engine.hostReads().find(id).orElseThrow();
            assertEquals(model.status, state.status(), step::toString);
            assertEquals(model.endorsed, state.endorsedBy(), step::toString);
            assertEquals(ComplaintAggregate.replay(store.load(id)), state, "the fold of the stored history");
        }
    }

    static ProposeResolution propose(ComplaintId id, boolean large) {
        return new ProposeResolution(id, Fixtures.HANDLER, Fixtures.key(), Sensitive.of("退还"), Outcome.UPHELD,
                large ? LARGE : SMALL);
    }

    /** A refused command stores nothing, save the record of a refusal on a ground of conflict (four eyes). */
    static void assertNothingRecordedBut(List<ComplaintEvent> before, List<ComplaintEvent> after, ErrorCode refusal) {
        assertEquals(before, after.subList(0, before.size()));
        if (refusal != ErrorCode.FOUR_EYES) {
            assertEquals(before.size(), after.size(), "a refused approval stores nothing");
        }
        assertTrue(after.subList(before.size(), after.size()).stream()
                .allMatch(e -> e instanceof AccessDenied || e instanceof AccessDenialsRepeated));
    }
}
