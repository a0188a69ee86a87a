package org.complaintkit.core.reporting;

import java.util.function.Function;
import org.complaintkit.spi.storage.ComplaintStore;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.complaintkit.api.command.AssignComplaint;
import org.complaintkit.api.command.CloseComplaint;
import org.complaintkit.api.command.CommandType;
import org.complaintkit.api.command.EscalateComplaint;
import org.complaintkit.api.command.HandlingCommand;
import org.complaintkit.api.command.ProposeResolution;
import org.complaintkit.api.command.RecordSatisfaction;
import org.complaintkit.api.command.RegisterComplaint;
import org.complaintkit.api.complaint.Channel;
import org.complaintkit.api.complaint.ComplaintId;
import org.complaintkit.api.complaint.ComplaintSubject;
import org.complaintkit.api.complaint.HandlingUnit;
import org.complaintkit.api.complaint.Liability;
import org.complaintkit.api.complaint.Money;
import org.complaintkit.api.complaint.Outcome;
import org.complaintkit.api.complaint.Satisfaction;
import org.complaintkit.api.complaint.Sensitive;
import org.complaintkit.api.escalation.EscalationTrigger;
import org.complaintkit.api.organisation.Actor;
import org.complaintkit.api.organisation.Role;
import org.complaintkit.api.organisation.StaffId;
import org.complaintkit.api.organisation.UnitId;
import org.complaintkit.core.calendar.BusinessCalendar;
import org.complaintkit.core.calendar.CalendarFile;
import org.complaintkit.core.classification.RuleClassifier;
import org.complaintkit.core.engine.ComplaintEngine;
import org.complaintkit.core.sla.SlaSetup;
import org.complaintkit.core.sla.preset.ChinaCbirc;
import org.complaintkit.core.store.InMemoryComplaintStore;
import org.complaintkit.testkit.Commands;
import org.complaintkit.testkit.ComplaintScenario;
import org.complaintkit.testkit.Fixtures;
import org.complaintkit.testkit.MutableClock;
import org.complaintkit.spi.organisation.OrgUnit;
import org.complaintkit.spi.organisation.OrganisationDirectory;
import org.complaintkit.spi.organisation.StaffMember;
import org.complaintkit.spi.organisation.UnitLevel;

/**
 * A small bank and a fixed history that the report tests work out by hand. Six complaints, all received at the
 * outlet GD-SZ-FT-001 under the CBIRC clocks on the mainland calendar:
 *
 * <pre>
 * A  COUNTER  Mon 2 Mar 09:30  handled by the outlet itself (S-1001); rejected; satisfied; closed 17:30, not liable
 * E  COUNTER  Mon 2 Mar 09:30  about staff member S-4001; handled by GD-SZ (S-2001); partly upheld with 200 CNY;
 *                              closed Tue 3 Mar 00:30, shared liability
 * B  PHONE    Mon 2 Mar 09:30  handled by GD-SZ; partly upheld; dissatisfied; reopened (investigating)
 * C  PHONE    Mon 2 Mar 09:30  accepted, then withdrawn; never assigned
 * D  WEBSITE  Mon 2 Mar 09:30  "mobile banking transfer" text; assigned to GD-SZ; escalated twice (GD-SZ to GD to HO);
 *                              still open when the sweep of Thu 30 Apr finds its decision clock overdue
 * F  LETTER   Thu 30 Apr 16:30 handled by GD-SZ; partly upheld; satisfied; closed Wed 6 May 10:00 across the
 *                              Labour Day holiday (1 to 5 May)
 * </pre>
 *
 * <p>Every command moves the clock on by one hour first. The standard rules class the usual fixture text
 * (a rude teller refusing a large cash withdrawal) as JR/T 0169 B01 / C01 and D's text as B04 / C02; the
 * channel decides A (COUNTER A101, PHONE A10302; D's "手机银行" A10303; LETTER has no rule, so A99).
 */
public final class FixedHistory {
    public static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    public static final UnitId HO = UnitId.of("HO");
    public static final UnitId GD = UnitId.of("GD");
    public static final UnitId SZ = Fixtures.BRANCH;
    public static final UnitId FT = UnitId.of("GD-SZ-FT");
    public static final UnitId OUTLET = Fixtures.OUTLET;
    public static final UnitId OUTLET_2 = UnitId.of("GD-SZ-FT-002");
    public static final StaffId MANAGER_ID = StaffId.of("S-9001");
    public static final Actor MANAGER = Actor.staff(MANAGER_ID, HO, Role.COMPLAINT_MANAGER);
    public static final String APP_TEXT = "手机银行转账一直不到账，系统升级后无法登录。";

    /** The bank's organisation: one line from head office to two outlets. */
    public static final OrganisationDirectory DIRECTORY = new Directory(List.of(
            new OrgUnit(HO, "总行", UnitLevel.HEAD_OFFICE, null),
            new OrgUnit(GD, "广东省分行", UnitLevel.PROVINCIAL_BRANCH, HO),
            new OrgUnit(SZ, "深圳分行", UnitLevel.BRANCH, GD),
            new OrgUnit(FT, "福田支行", UnitLevel.SUB_BRANCH, SZ),
            new OrgUnit(OUTLET, "福田一号网点", UnitLevel.OUTLET, FT),
            new OrgUnit(OUTLET_2, "福田二号网点", UnitLevel.OUTLET, FT)), List.of(
            new StaffMember(Fixtures.TELLER_ID, OUTLET, Set.of(Role.RECEIVER, Role.HANDLER), true),
            new StaffMember(Fixtures.HANDLER_ID, SZ, Set.of(Role.HANDLER), true),
            new StaffMember(Fixtures.APPROVER_ID, SZ, Set.of(Role.APPROVER), true),
            new StaffMember(Fixtures.ACCUSED_ID, OUTLET, Set.of(Role.HANDLER, Role.APPROVER), true),
            new StaffMember(MANAGER_ID, HO, Set.of(Role.COMPLAINT_MANAGER), true)));

    public record Directory(List<OrgUnit> units, List<StaffMember> people) implements OrganisationDirectory {
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
    }

    public final MutableClock clock = new MutableClock(Instant.parse(ComplaintScenario.START), SHANGHAI);
    public final InMemoryComplaintStore store = new InMemoryComplaintStore();
    public final BusinessCalendar calendar = BusinessCalendar.of(CalendarFile.mainlandChina());
    public final SlaSetup sla = SlaSetup.builder().policies(ChinaCbirc.policy()).defaultCalendar(calendar).build();
    public final ComplaintEngine engine;
    public final ComplaintId a;
    public final ComplaintId b;
    public final ComplaintId c;
    public final ComplaintId d;
    public final ComplaintId e;
    public final ComplaintId f;

    public FixedHistory() {
        this(store -> store);
    }

    /**
     * The bank written through a store around {@link #store}, such as one that drops what an older release did
     * not write.
     *
     * @param around wraps the in-memory store for the engine
     */
    public FixedHistory(Function<InMemoryComplaintStore, ComplaintStore> around) {
        engine = ComplaintEngine.builder().clock(clock).store(around.apply(store)).discoverPlugins(false)
                .organisation(DIRECTORY).classifier(RuleClassifier.standard()).sla(sla).build();
        a = lodge(Channel.COUNTER, Fixtures.CONTENT, List.of(ComplaintSubject.product("CASH-WITHDRAWAL")));
        e = lodge(Channel.COUNTER, Fixtures.CONTENT, List.of(ComplaintSubject.unit(OUTLET),
                ComplaintSubject.staff(Fixtures.ACCUSED_ID)));
        b = lodge(Channel.PHONE, Fixtures.CONTENT, List.of(ComplaintSubject.product("CASH-WITHDRAWAL")));
        c = lodge(Channel.PHONE, Fixtures.CONTENT, List.of(ComplaintSubject.product("CASH-WITHDRAWAL")));
        d = lodge(Channel.WEBSITE, APP_TEXT, List.of(ComplaintSubject.product("MOBILE-BANKING")));

        answer(a, OUTLET, Fixtures.TELLER_ID, Outcome.REJECTED, null);
        run(new RecordSatisfaction(a, Fixtures.HANDLER, Fixtures.key(), Satisfaction.SATISFIED, null));
        run(new CloseComplaint(a, Fixtures.HANDLER, Fixtures.key(), Liability.NOT_LIABLE, Sensitive.of("规定如此")));

        answer(e, SZ, Fixtures.HANDLER_ID, Outcome.PARTLY_UPHELD, Money.of("200", "CNY"));
        run(new CloseComplaint(e, Fixtures.HANDLER, Fixtures.key(), Liability.SHARED, Sensitive.of("柜员态度")));

        answer(b, SZ, Fixtures.HANDLER_ID, Outcome.PARTLY_UPHELD, null);
        run(new RecordSatisfaction(b, Fixtures.HANDLER, Fixtures.key(), Satisfaction.DISSATISFIED, null));
        run(Commands.of(CommandType.REINVESTIGATE, b, Fixtures.HANDLER));

        run(Commands.of(CommandType.ACCEPT, c, Fixtures.HANDLER));
        run(Commands.of(CommandType.WITHDRAW, c, Fixtures.HANDLER));

        run(Commands.of(CommandType.ACCEPT, d, Fixtures.HANDLER));
        run(assign(d, SZ, Fixtures.HANDLER_ID));
        run(new EscalateComplaint(d, Fixtures.HANDLER, Fixtures.key(), EscalationTrigger.HANDLER_REQUEST, null));
        run(new EscalateComplaint(d, Fixtures.HANDLER, Fixtures.key(), EscalationTrigger.HANDLER_REQUEST, null));

        moveTo("2026-04-30T16:30");
        engine.tick();
        f = lodge(Channel.LETTER, Fixtures.CONTENT, List.of(ComplaintSubject.product("CASH-WITHDRAWAL")));
        answer(f, SZ, Fixtures.HANDLER_ID, Outcome.PARTLY_UPHELD, null);
        run(new RecordSatisfaction(f, Fixtures.HANDLER, Fixtures.key(), Satisfaction.SATISFIED, null));
        moveTo("2026-05-06T09:00");
        run(new CloseComplaint(f, Fixtures.HANDLER, Fixtures.key(), Liability.SHARED, Sensitive.of("系统")));
    }

    /** Accept, assign, investigate, propose, approve and respond, an hour apart. */
    private void answer(ComplaintId id, UnitId unit, StaffId handler, Outcome outcome, Money compensation) {
        run(Commands.of(CommandType.ACCEPT, id, Fixtures.HANDLER));
        run(assign(id, unit, handler));
        // The investigation is started by the handler the assignment names (CMP-2300 otherwise).
        run(Commands.of(CommandType.START_INVESTIGATION, id, Actor.staff(handler, unit, Role.HANDLER)));
        run(propose(id, outcome, compensation));
        run(Commands.of(CommandType.APPROVE_RESOLUTION, id, Fixtures.APPROVER));
        run(Commands.of(CommandType.RESPOND, id, Fixtures.HANDLER));
    }

    private ComplaintId lodge(Channel channel, String content, List<ComplaintSubject> subjects) {
        RegisterComplaint r = Fixtures.registration(clock.instant());
        return engine.execute(new RegisterComplaint(r.actor(), r.idempotencyKey(), r.complainant(), channel,
                r.receivedAt(), OUTLET, subjects, Sensitive.of(content), r.request(), null)).complaintId();
    }

    private void run(HandlingCommand command) {
        clock.advance(Duration.ofHours(1));
        engine.execute(command);
    }

    private static AssignComplaint assign(ComplaintId id, UnitId unit, StaffId handler) {
        return new AssignComplaint(id, Fixtures.HANDLER, Fixtures.key(), HandlingUnit.of(unit), List.of(), handler);
    }

    private static ProposeResolution propose(ComplaintId id, Outcome outcome, Money compensation) {
        return new ProposeResolution(id, Fixtures.HANDLER, Fixtures.key(), Sensitive.of("处理结果"), outcome, compensation);
    }

    private void moveTo(String beijing) {
        clock.advance(Duration.between(clock.instant(), LocalDateTime.parse(beijing).atZone(SHANGHAI).toInstant()));
    }
}
