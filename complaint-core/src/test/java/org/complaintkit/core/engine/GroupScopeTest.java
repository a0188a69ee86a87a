package org.complaintkit.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.complaintkit.api.classification.ComplaintFlag;
import org.complaintkit.api.command.CommandResult;
import org.complaintkit.api.command.IdempotencyKey;
import org.complaintkit.api.command.RegisterComplaint;
import org.complaintkit.api.complaint.Channel;
import org.complaintkit.api.complaint.Complainant;
import org.complaintkit.api.complaint.ComplaintId;
import org.complaintkit.api.complaint.ComplaintSubject;
import org.complaintkit.api.complaint.ContactMethod;
import org.complaintkit.api.complaint.ContactPoint;
import org.complaintkit.api.complaint.CustomerRef;
import org.complaintkit.api.complaint.CustomerSegment;
import org.complaintkit.api.complaint.Sensitive;
import org.complaintkit.api.error.ConfigurationException;
import org.complaintkit.api.error.ErrorCode;
import org.complaintkit.api.event.ComplaintEvent;
import org.complaintkit.api.event.ComplaintLinked;
import org.complaintkit.api.organisation.Actor;
import org.complaintkit.api.organisation.Role;
import org.complaintkit.api.organisation.StaffId;
import org.complaintkit.api.organisation.UnitId;
import org.complaintkit.core.classification.GroupDetector;
import org.complaintkit.core.classification.GroupScope;
import org.complaintkit.core.classification.RuleClassifier;
import org.complaintkit.spi.organisation.OrgUnit;
import org.complaintkit.spi.organisation.StaffMember;
import org.complaintkit.spi.organisation.UnitLevel;
import org.complaintkit.testkit.MutableClock;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/**
 * One outage reported at six outlets of two sub-branches under one branch is one group when the group scope is the
 * branch (or the bank), and no group when the scope is the receiving unit, as before.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class GroupScopeTest {
    static final UnitId HO = UnitId.of("HO");
    static final UnitId SZ = UnitId.of("SZ");
    static final UnitId GZ = UnitId.of("GZ");
    static final UnitId FT = UnitId.of("SZ-FT");
    static final UnitId NS = UnitId.of("SZ-NS");
    static final List<UnitId> OUTLETS = List.of(UnitId.of("SZ-FT-1"), UnitId.of("SZ-FT-2"), UnitId.of("SZ-FT-3"),
            UnitId.of("SZ-NS-1"), UnitId.of("SZ-NS-2"), UnitId.of("SZ-NS-3"));
    static final UnitId GZ_OUTLET = UnitId.of("GZ-TH-1");

    static FirstContactBank.Directory directory() {
        List<OrgUnit> units = new ArrayList<>(List.of(new OrgUnit(HO, "总行", UnitLevel.HEAD_OFFICE, null),
                new OrgUnit(SZ, "深圳分行", UnitLevel.BRANCH, HO), new OrgUnit(GZ, "广州分行", UnitLevel.BRANCH, HO),
                new OrgUnit(FT, "福田支行", UnitLevel.SUB_BRANCH, SZ), new OrgUnit(NS, "南山支行", UnitLevel.SUB_BRANCH, SZ),
                new OrgUnit(UnitId.of("GZ-TH"), "天河支行", UnitLevel.SUB_BRANCH, GZ),
                new OrgUnit(GZ_OUTLET, "体育中心网点", UnitLevel.OUTLET, UnitId.of("GZ-TH"))));
        List<StaffMember> staff = new ArrayList<>();
        for (int i = 0; i < OUTLETS.size(); i++) {
            UnitId outlet = OUTLETS.get(i);
            units.add(new OrgUnit(outlet, "网点 " + i, UnitLevel.OUTLET, i < 3 ? FT : NS));
            staff.add(new StaffMember(teller(outlet).staffId(), outlet, Set.of(Role.RECEIVER), true));
        }
        staff.add(new StaffMember(teller(GZ_OUTLET).staffId(), GZ_OUTLET, Set.of(Role.RECEIVER), true));
        return new FirstContactBank.Directory(units, staff);
    }

    static Actor teller(UnitId outlet) {
        return Actor.staff(StaffId.of("T-" + outlet.value()), outlet, Role.RECEIVER);
    }

    final MutableClock clock = new MutableClock(Instant.parse("2025-09-29T01:00:00Z"), ZoneId.of("Asia/Shanghai"));
    int keys;

    ComplaintEngine engine(GroupScope scope) {
        return ComplaintEngine.builder().clock(clock).discoverPlugins(false).organisation(directory())
                .classifier(RuleClassifier.standard()).groups(GroupDetector.standard().withScope(scope), "seed.matter")
                .build();
    }

    CommandResult register(ComplaintEngine engine, String customer, UnitId outlet) {
        clock.advance(Duration.ofMinutes(20));
        Complainant who = new Complainant(CustomerRef.of(customer), Sensitive.of("客户"), CustomerSegment.ORDINARY,
                Set.of(), ContactPoint.of(ContactMethod.PHONE, "13900000000"));
        return engine.execute(new RegisterComplaint(teller(outlet), IdempotencyKey.of("k" + (++keys)), who,
                Channel.COUNTER, clock.instant(), outlet, List.of(ComplaintSubject.product("PAYROLL")),
                Sensitive.of("系统升级后代发工资没到账"), Sensitive.of("请尽快处理"), null));
    }

    static ComplaintLinked link(List<ComplaintEvent> events) {
        return events.stream().filter(e -> e instanceof ComplaintLinked).map(e -> (ComplaintLinked) e).findFirst()
                .orElse(null);
    }

    @Test
    void an_outage_reported_at_six_outlets_of_two_sub_branches_forms_one_group_at_branch_scope() {
        ComplaintEngine engine = engine(GroupScope.BRANCH);
        List<ComplaintId> ids = new ArrayList<>();
        List<ComplaintLinked> links = new ArrayList<>();
        for (int i = 0; i < OUTLETS.size(); i++) {
            CommandResult r = register(engine, "CIF" + i, OUTLETS.get(i));
            ids.add(r.complaintId());
            links.add(link(r.events()));
        }
        assertNull(links.get(1), "two customers are not a group");
        assertEquals(ids.subList(0, 2), links.get(2).others(), "the third customer, at a third outlet, forms it");
        assertEquals(ids.subList(0, 5), links.get(5).others(), "the sixth joins the same incident");
        for (ComplaintId member : ids) {
            assertTrue(engine.hostReads().classification(member).orElseThrow().flagSet().contains(ComplaintFlag.GROUP),
                    member.value());
        }
        assertNull(link(register(engine, "CIF-GZ", GZ_OUTLET).events()), "another branch is another incident");
    }

    @Test
    void at_bank_scope_another_branch_joins_and_at_unit_scope_six_outlets_form_nothing() {
        ComplaintEngine bank = engine(GroupScope.BANK);
        register(bank, "A", OUTLETS.get(0));
        register(bank, "B", OUTLETS.get(3));
        assertEquals(ComplaintLinked.Kind.GROUP, link(register(bank, "C", GZ_OUTLET).events()).kind());

        ComplaintEngine unit = engine(GroupScope.RECEIVING_UNIT);
        for (int i = 0; i < OUTLETS.size(); i++) {
            assertNull(link(register(unit, "U" + i, OUTLETS.get(i)).events()), "one customer per outlet");
        }
    }

    @Test
    void branch_scope_without_an_organisation_directory_is_a_configuration_error() {
        ConfigurationException refused = assertThrows(ConfigurationException.class, () -> ComplaintEngine.builder()
                .clock(clock).discoverPlugins(false).classifier(RuleClassifier.standard())
                .groups(GroupDetector.standard().withScope(GroupScope.BRANCH), "seed.matter").build());
        assertEquals(ErrorCode.GROUP_SCOPE_NEEDS_DIRECTORY, refused.code());
    }
}
