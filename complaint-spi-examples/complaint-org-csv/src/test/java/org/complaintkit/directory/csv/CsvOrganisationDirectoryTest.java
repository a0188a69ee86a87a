package org.complaintkit.directory.csv;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.complaintkit.api.error.ConfigurationException;
import org.complaintkit.api.error.ErrorCode;
import org.complaintkit.api.error.Violation;
import org.complaintkit.api.organisation.StaffId;
import org.complaintkit.api.organisation.UnitId;
import org.complaintkit.spi.organisation.AuthorityAction;
import org.complaintkit.spi.organisation.OrgUnit;
import org.complaintkit.spi.organisation.UnitLevel;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class CsvOrganisationDirectoryTest {
    static final CsvOrganisationDirectory BANK = CsvOrganisationDirectory.sampleBank();

    @Test
    void the_sample_bank_has_every_level_the_seeds_name_about_fifty_staff_and_the_seed_authority_limits() {
        Map<UnitLevel, Long> levels = BANK.units().stream().collect(Collectors.groupingBy(OrgUnit::level,
                Collectors.counting()));
        assertEquals(Map.of(UnitLevel.HEAD_OFFICE, 1L, UnitLevel.PROVINCIAL_BRANCH, 2L, UnitLevel.BRANCH, 4L,
                UnitLevel.SUB_BRANCH, 5L, UnitLevel.OUTLET, 6L), levels);
        assertEquals(52, BANK.allStaff().size());
        assertEquals(List.of("GD", "ZJ"), BANK.children(UnitId.of("HO")).stream().map(u -> u.id().value()).toList());
        assertEquals(8, BANK.departments(UnitId.of("HO")).size());
        assertTrue(BANK.authorityLimits().stream().anyMatch(l -> l.action() == AuthorityAction.EMERGENCY_PAYMENT
                && l.limit().amount().intValueExact() == 10_000 && "vip".equals(l.segment().code())));
        assertEquals("CN-mainland", BANK.unit(UnitId.of("GD-SZ-FT-001")).orElseThrow().calendarId());
    }

    @Test
    void the_ladder_from_an_outlet_climbs_level_by_level_to_the_head_office() {
        List<String> ladder = new java.util.ArrayList<>();
        for (var u = BANK.unit(UnitId.of("GD-SZ-FT-001")); u.isPresent(); u = BANK.parentOf(u.get().id())) {
            ladder.add(u.get().id().value());
        }
        assertEquals(List.of("GD-SZ-FT-001", "GD-SZ-FT", "GD-SZ", "GD", "HO"), ladder);
    }

    @Test
    void an_absent_staff_members_work_goes_to_the_first_active_deputy() {
        assertEquals(StaffId.of("S-2302"), BANK.actingFor(StaffId.of("S-2301")).orElseThrow().id());
        assertEquals(StaffId.of("S-4002"), BANK.actingFor(StaffId.of("S-4003")).orElseThrow().id());
        assertEquals(StaffId.of("S-3001"), BANK.actingFor(StaffId.of("S-3001")).orElseThrow().id(), "active: themselves");
    }

    @Test
    void invalid_files_are_refused_with_every_problem_and_its_file_and_line() {
        Map<String, String> files = Map.of(
                "units.csv", String.join("\n",
                        "id,name,level,parent,calendar",
                        "HO,Head office,HEAD_OFFICE,,CN",
                        "GD,Guangdong,PROVINCE,HO,CN",
                        "X1,Orphan outlet,OUTLET,NOWHERE,CN",
                        "X2,Upside down,HEAD_OFFICE,HO,CN"),
                "departments.csv", "id,unit,name,kind\nD1,HO,Complaints,COMPLAINT_MANAGEMENT\nD2,ZZ,Lost,IT",
                "staff.csv", String.join("\n",
                        "id,unit,department,roles,active,deputy",
                        "S1,HO,D1,handler,true,",
                        "S2,HO,D9,handler,true,",
                        "S3,HO,,handler,maybe,",
                        "S4,HO,,handler,false,S99"),
                "authority.csv", "role,action,segment,limit,currency\nhandler,EMERGENCY_PAYMENT,,lots,CNY");
        ConfigurationException e = assertThrows(ConfigurationException.class,
                () -> CsvOrganisationDirectory.parse("bad", files::get));
        assertTrue(e.violations().stream().allMatch(v -> v.code() == ErrorCode.INVALID_ORGANISATION));
        Map<String, String> byPath = e.violations().stream().collect(Collectors.toMap(Violation::path, Violation::message,
                (a, b) -> a + "; " + b));
        assertEquals(List.of("authority.csv:1", "departments.csv:3", "staff.csv:3", "staff.csv:4", "staff.csv:5",
                "units.csv:3", "units.csv:4", "units.csv:5"), byPath.keySet().stream().sorted().toList(), byPath.toString());
        assertTrue(byPath.get("units.csv:3").contains("unknown UnitLevel 'PROVINCE'"));
        assertTrue(byPath.get("units.csv:5").contains("must sit below its parent HO"));
        assertTrue(byPath.get("staff.csv:5").contains("deputy S99"));
        assertTrue(byPath.get("authority.csv:1").contains("missing columns [co_approver]"));
    }
}
