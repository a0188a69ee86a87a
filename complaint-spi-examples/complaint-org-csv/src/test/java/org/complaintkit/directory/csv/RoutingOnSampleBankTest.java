package org.complaintkit.directory.csv;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import java.util.Set;
import org.complaintkit.api.complaint.CustomerSegment;
import org.complaintkit.api.complaint.HandlingUnit;
import org.complaintkit.api.complaint.Money;
import org.complaintkit.api.error.ConfigurationException;
import org.complaintkit.api.error.ErrorCode;
import org.complaintkit.api.organisation.DepartmentId;
import org.complaintkit.api.organisation.Role;
import org.complaintkit.api.organisation.UnitId;
import org.complaintkit.core.authority.AuthorityCheck;
import org.complaintkit.core.routing.Router;
import org.complaintkit.core.routing.RoutingDecision;
import org.complaintkit.spi.organisation.AuthorityAction;
import org.complaintkit.spi.organisation.DepartmentKind;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class RoutingOnSampleBankTest {
    static final CsvOrganisationDirectory BANK = CsvOrganisationDirectory.sampleBank();
    static final Router ROUTER = Router.standard();
    static final UnitId OUTLET = UnitId.of("GD-SZ-FT-001");

    static HandlingUnit at(String unit, String department) {
        return new HandlingUnit(UnitId.of(unit), DepartmentId.of(department));
    }

    RoutingDecision route(String... classes) {
        return ROUTER.route(OUTLET, Set.of(classes), BANK).orElseThrow();
    }

    @Test
    void a_fee_complaint_at_an_outlet_goes_to_the_branchs_business_line_with_the_sub_branchs_customer_service() {
        RoutingDecision d = route("seed.matter:irregular-fees");
        assertEquals(at("GD-SZ", "GD-SZ-PB"), d.firstResponsible(), d.explanation().toString());
        assertEquals(List.of(at("GD-SZ-FT", "GD-SZ-FT-CS")), d.coHandlers());
        assertEquals("fees", d.ruleId());
        assertTrue(d.explanation().get(1).contains("found above GD-SZ-FT-001"), d.explanation().toString());
    }

    @Test
    void a_privacy_leak_goes_to_head_office_risk_with_it_and_the_branchs_complaint_management() {
        RoutingDecision d = route("seed.matter:privacy-leak", "seed.type:business.operation");
        assertEquals(at("HO", "HO-RISK"), d.firstResponsible());
        assertEquals(List.of(at("HO", "HO-IT"), at("GD-SZ", "GD-SZ-CM")), d.coHandlers());
    }

    @Test
    void an_attitude_complaint_stays_with_the_sub_branchs_customer_service_and_anything_else_has_a_default() {
        assertEquals(at("GD-SZ-FT", "GD-SZ-FT-CS"), route("seed.matter:service-attitude").firstResponsible());
        assertEquals("default", route("seed.matter:other").ruleId());
    }

    @Test
    void the_card_centre_handles_in_tiers_each_with_its_own_authority() {
        assertEquals(at("HO", "HO-CARD"), route("jrt0169.business:B03").firstResponsible());
        assertEquals(List.of(Role.of("card-agent"), Role.of("card-care-group"), Role.of("card-service-manager"),
                Role.of("card-senior-manager")), ROUTER.tiers(DepartmentKind.CARD_CENTRE));
        assertEquals(Role.of("card-care-group"), ROUTER.tierAbove(DepartmentKind.CARD_CENTRE, Role.of("card-agent"))
                .orElseThrow());
        assertTrue(ROUTER.tierAbove(DepartmentKind.CARD_CENTRE, Role.of("card-senior-manager")).isEmpty());
        AuthorityCheck authority = new AuthorityCheck(BANK.authorityLimits());
        Money refund = Money.of("500", "CNY");
        assertEquals(ErrorCode.AUTHORITY_EXCEEDED, authority.check(Set.of(Role.of("card-agent")),
                AuthorityAction.COMPENSATION, CustomerSegment.ORDINARY, refund).orElseThrow().code());
        assertTrue(authority.check(Set.of(Role.of("card-care-group")), AuthorityAction.COMPENSATION,
                CustomerSegment.ORDINARY, refund).isEmpty());
        assertTrue(authority.check(Set.of(Role.RECEIVER), AuthorityAction.EMERGENCY_PAYMENT, CustomerSegment.VIP,
                Money.of("10000", "CNY")).isEmpty(), "10,000 for a VIP customer");
        assertTrue(authority.check(Set.of(Role.RECEIVER), AuthorityAction.EMERGENCY_PAYMENT, CustomerSegment.ORDINARY,
                Money.of("5000.01", "CNY")).isPresent(), "5,000 for an ordinary one");
    }

    @Test
    void a_bad_routing_file_is_refused_with_every_problem_and_its_line() {
        ConfigurationException e = assertThrows(ConfigurationException.class, () -> Router.parse("bank.routes",
                "route a\n  department NOWHERE\nroute b\n  classes x:y\nroute c\n  department IT\n  priority high\n"));
        assertEquals(List.of("bank.routes:2", "bank.routes:3", "bank.routes:7"),
                e.violations().stream().map(v -> v.path()).toList(), e.getMessage());
    }
}
