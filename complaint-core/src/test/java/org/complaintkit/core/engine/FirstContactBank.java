package org.complaintkit.core.engine;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.UnaryOperator;
import org.complaintkit.api.command.AssignComplaint;
import org.complaintkit.api.command.CommandResult;
import org.complaintkit.api.command.ComplaintCommand;
import org.complaintkit.api.command.RegisterComplaint;
import org.complaintkit.api.complaint.ComplaintId;
import org.complaintkit.api.complaint.ComplaintSubject;
import org.complaintkit.api.complaint.HandlingUnit;
import org.complaintkit.api.organisation.Actor;
import org.complaintkit.api.organisation.Role;
import org.complaintkit.api.organisation.StaffId;
import org.complaintkit.api.organisation.UnitId;
import org.complaintkit.core.calendar.BusinessCalendar;
import org.complaintkit.core.calendar.CalendarFile;
import org.complaintkit.core.notification.NotificationSetup;
import java.util.Optional;
import org.complaintkit.spi.organisation.OrgUnit;
import org.complaintkit.spi.organisation.OrganisationDirectory;
import org.complaintkit.spi.organisation.StaffMember;
import org.complaintkit.spi.organisation.UnitLevel;
import org.complaintkit.testkit.EncodingStore;
import org.complaintkit.testkit.Fixtures;
import org.complaintkit.testkit.MutableClock;

/**
 * A bank with a directory, notices on and a clock tests move, for the first-contact and co-handling scenarios: a
 * branch (the handler, its head the approver), an outlet (the teller, the outlet's head, the accused) and two
 * departments' units under the branch that co-handle (cards, risk), each with one member.
 */
final class FirstContactBank {
    static final UnitId HO = UnitId.of("HO");
    static final UnitId CARDS = UnitId.of("GD-SZ-CARDS");
    static final UnitId RISK = UnitId.of("GD-SZ-RISK");
    static final Actor OUTLET_HEAD = Actor.staff(StaffId.of("S-1900"), Fixtures.OUTLET, Role.APPROVER);
    static final Actor CARDS_STAFF = Actor.staff(StaffId.of("S-6001"), CARDS, Role.HANDLER);
    static final Actor RISK_STAFF = Actor.staff(StaffId.of("S-6101"), RISK, Role.HANDLER);
    static final Actor MANAGER = Actor.staff(StaffId.of("S-9001"), HO, Role.COMPLAINT_MANAGER);

    static final Directory DIRECTORY = new Directory(List.of(
            new OrgUnit(HO, "总行", UnitLevel.HEAD_OFFICE, null),
            new OrgUnit(Fixtures.BRANCH, "深圳分行", UnitLevel.BRANCH, HO),
            new OrgUnit(CARDS, "信用卡部", UnitLevel.BRANCH, Fixtures.BRANCH),
            new OrgUnit(RISK, "风险管理部", UnitLevel.BRANCH, Fixtures.BRANCH),
            new OrgUnit(Fixtures.OUTLET, "福田一号网点", UnitLevel.OUTLET, Fixtures.BRANCH)), List.of(
            member(Fixtures.TELLER), member(Fixtures.HANDLER), member(Fixtures.APPROVER), member(Fixtures.ACCUSED),
            member(OUTLET_HEAD), member(CARDS_STAFF), member(RISK_STAFF), member(MANAGER)));

    /** The directory: units, and staff by unit, so that heads can be found. */
    record Directory(List<OrgUnit> units, List<StaffMember> people) implements OrganisationDirectory {
        @Override
        public Optional<OrgUnit> unit(UnitId id) {
            return units.stream().filter(u -> u.id().equals(id)).findFirst();
        }

        @Override
        public Optional<StaffMember> staff(StaffId id) {
            return people.stream().filter(s -> s.id().equals(id)).findFirst();
        }

        @Override
        public List<OrgUnit> children(UnitId id) {
            return units.stream().filter(u -> id.equals(u.parent())).toList();
        }

        @Override
        public List<StaffMember> staffIn(UnitId id) {
            return people.stream().filter(s -> s.unit().equals(id)).toList();
        }
    }

    final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T01:30:00Z"), NoticeBank.SHANGHAI);
    final EncodingStore store = new EncodingStore();
    final ComplaintEngine engine;

    FirstContactBank(UnaryOperator<ComplaintEngine.Builder> more) {
        engine = more.apply(ComplaintEngine.builder().clock(clock).store(store).discoverPlugins(false)
                .organisation(DIRECTORY).notifications(NotificationSetup.standard())
                .calendar(BusinessCalendar.of(CalendarFile.mainlandChina()))).build();
    }

    private static StaffMember member(Actor actor) {
        return new StaffMember(actor.staffId(), actor.unitId(), actor.roles(), true);
    }

    CommandResult run(ComplaintCommand command) {
        clock.advance(Duration.ofMinutes(10));
        return engine.execute(command);
    }

    ComplaintId lodge() {
        return run(Fixtures.registration(clock.instant())).complaintId();
    }

    /** A complaint about the outlet (a unit subject), registered by the teller. */
    ComplaintId lodgeAboutOutlet() {
        RegisterComplaint about = Fixtures.registration(clock.instant(), List.of(ComplaintSubject.unit(Fixtures.OUTLET)));
        return run(about).complaintId();
    }

    /** Has the manager assign the complaint to the branch with the handler, and these co-handling units. */
    CommandResult assign(ComplaintId id, UnitId... coHandlers) {
        return run(new AssignComplaint(id, MANAGER, Fixtures.key(), HandlingUnit.of(Fixtures.BRANCH),
                List.of(coHandlers).stream().map(HandlingUnit::of).toList(), Fixtures.HANDLER_ID));
    }

    /** The outbox of a complaint as "type->recipient key". */
    List<String> notices(ComplaintId id) {
        return engine.hostReads().outbox(id).stream()
                .map(e -> e.notification().type() + "->" + e.notification().recipients().get(0).key()).toList();
    }
}
