package org.complaintkit.core.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.complaintkit.api.organisation.UnitId;
import org.complaintkit.core.access.StandardAccessPolicy;
import org.complaintkit.core.calendar.BusinessCalendar;
import org.complaintkit.core.calendar.CalendarFile;
import org.complaintkit.core.classification.RuleClassifier;
import org.complaintkit.core.engine.ComplaintEngine;
import org.complaintkit.core.sla.SlaSetup;
import org.complaintkit.core.sla.preset.ChinaCbirc;
import org.complaintkit.core.store.InMemoryComplaintStore;
import org.complaintkit.spi.storage.ComplaintQuery;
import org.complaintkit.testkit.ComplaintScenario;
import org.complaintkit.testkit.Fixtures;
import org.complaintkit.testkit.MutableClock;
import org.junit.jupiter.api.Test;

/**
 * The unit report's rates (and the performance feed's breach rate) show a figure only where it is truthful, and say why where they show {@code -}
 * (trial 26, finding 5): a customer count that covers only part of a subtree gives no rate, a share with nothing
 * to divide by is no {@code 0.0%}.
 */
class UnitReportRatesTest {
    static final ReportPeriod MARCH = ReportPeriod.month(YearMonth.of(2026, 3), FixedHistory.SHANGHAI);
    static final int PER_10K = 15;

    final FixedHistory bank = new FixedHistory();

    private UnitReport march(Map<UnitId, Long> customers) {
        return UnitReport.compute(bank.store, FixedHistory.DIRECTORY, bank.sla, MARCH, customers);
    }

    private static String cell(ReportTable table, UnitId unit, int column) {
        return table.rows().stream().filter(r -> r.get(0).strip().equals(unit.value())).findFirst().orElseThrow()
                .get(column);
    }

    @Test
    void aBranchWhoseOwnComplaintsHaveNoCustomerCountShowsNoRateThoughAnOutletBelowItHasOne() {
        UnitReport report = march(Map.of(FixedHistory.OUTLET, 20_000L));
        UnitReport.Row branch = report.row(FixedHistory.SZ).orElseThrow();
        assertEquals(5, branch.rolledUp().complaints(), "B, D and E at the branch, A and C at the outlet");
        assertEquals(20_000, branch.customers(), "the outlet's count, summed up");
        assertTrue(Double.isNaN(branch.per10kCustomers()),
                "5 complaints over the outlet's 20,000 customers would read 2.50, yet 3 of them are the branch's own,"
                        + " whose customers nobody counted");
        assertEquals(List.of(FixedHistory.SZ), branch.uncounted());
        assertEquals(1.0, report.row(FixedHistory.OUTLET).orElseThrow().per10kCustomers(),
                "the outlet's own 2 complaints over its own 20,000 customers are a truthful rate");
        ReportTable table = report.table();
        assertEquals("-", cell(table, FixedHistory.SZ, PER_10K));
        assertEquals("-", cell(table, FixedHistory.HO, PER_10K));
        assertEquals("1.00", cell(table, FixedHistory.OUTLET, PER_10K));
        assertTrue(table.notes().stream().anyMatch(n -> n.startsWith("per 10k customers is - for HO, GD, GD-SZ:")
                && n.contains("no customer count was given for GD-SZ,")), table.notes().toString());
        assertTrue(table.toText().contains("\nNote: per 10k customers is - for HO, GD, GD-SZ:"),
                table.toText());
    }

    @Test
    void aCountGivenForTheHeadOfficeIsItsOwnCustomersAndDoesNotCoverItsBranches() {
        UnitReport report = march(Map.of(FixedHistory.HO, 3_000_000L, FixedHistory.OUTLET, 20_000L));
        UnitReport.Row head = report.row(FixedHistory.HO).orElseThrow();
        assertEquals(3_020_000, head.customers());
        assertTrue(Double.isNaN(head.per10kCustomers()), "the branch's complaints are in, its customers are not");
        assertEquals(List.of(FixedHistory.SZ), head.uncounted());
    }

    @Test
    void aCountOfZeroForAUnitWithoutCustomersOfItsOwnCompletesTheSubtree() {
        UnitReport report = march(Map.of(FixedHistory.OUTLET, 20_000L, FixedHistory.SZ, 0L));
        UnitReport.Row head = report.row(FixedHistory.HO).orElseThrow();
        assertTrue(head.uncounted().isEmpty());
        assertEquals(2.5, head.per10kCustomers(), "5 complaints over 20,000 customers");
        assertTrue(report.table().notes().stream().noneMatch(n -> n.startsWith("per 10k customers")),
                report.table().notes().toString());
    }

    @Test
    void countsThatAddUpToZeroGiveNoRateAndSaySo() {
        ReportTable table = march(Map.of(FixedHistory.OUTLET, 0L, FixedHistory.SZ, 0L)).table();
        assertEquals("-", cell(table, FixedHistory.HO, PER_10K));
        assertTrue(table.notes().contains("per 10k customers is - for HO, GD, GD-SZ, GD-SZ-FT, GD-SZ-FT-001: the"
                + " customer counts of the subtree add up to 0"), table.notes().toString());
    }

    @Test
    void withoutAnyCustomerCountEveryRateIsADashAndTheNoteSaysWhichUnitsNeedOne() {
        ReportTable table = march(Map.of()).table();
        assertTrue(table.rows().stream().allMatch(r -> r.get(PER_10K).equals("-")));
        assertTrue(table.notes().stream().anyMatch(n -> n.contains("no customer count was given for GD-SZ, GD-SZ-FT-001,")),
                table.notes().toString());
    }

    @Test
    void aShareWithNothingToDivideByIsADashWithANoteNeverZeroPercent() {
        MutableClock clock = new MutableClock(Instant.parse(ComplaintScenario.START), FixedHistory.SHANGHAI);
        InMemoryComplaintStore store = new InMemoryComplaintStore();
        BusinessCalendar calendar = BusinessCalendar.of(CalendarFile.mainlandChina());
        SlaSetup sla = SlaSetup.builder().policies(ChinaCbirc.policy()).defaultCalendar(calendar).build();
        ComplaintEngine engine = ComplaintEngine.builder().clock(clock).store(store).discoverPlugins(false)
                .organisation(FixedHistory.DIRECTORY).classifier(RuleClassifier.standard()).sla(sla).build();
        engine.execute(Fixtures.registration(clock.instant()));
        UnitReport report = UnitReport.compute(store, FixedHistory.DIRECTORY, sla,
                ReportPeriod.days(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), FixedHistory.SHANGHAI),
                Map.of());
        Measures all = report.total();
        assertEquals(0, all.satisfied() + all.dissatisfied(), "nobody was asked yet");
        assertEquals(0, all.clocksMet() + all.clocksBreached(), "no clock has stopped or run late yet");
        ReportTable table = report.table();
        List<String> top = table.rows().get(0);
        assertEquals("0.0%", top.get(6), "no complaint reopened: a true nought, out of 1");
        assertEquals("-", top.get(10), "satisfied");
        assertEquals("-", top.get(13), "breach rate");
        assertTrue(table.notes().contains(
                "satisfied is - where no customer of the unit's subtree said whether they were satisfied"), table.notes().toString());
        assertTrue(table.notes().contains(
                "breach rate is - where no duty clock of the unit's subtree was judged met or breached"), table.notes().toString());
    }

    @Test
    void aTableWithEveryFigureTruthfulCarriesNoNoteAboutIt() {
        ReportTable table = march(Map.of(FixedHistory.OUTLET, 20_000L, FixedHistory.SZ, 50_000L)).table();
        assertEquals(List.of("per outlet is - where the directory lists no outlet under the unit"), table.notes(),
                "only the outlet's own per-outlet cell is a dash");
    }

    @Test
    void aStaffMemberWithNoJudgedClockHasADashForBreachRateInThePerformanceFeed() {
        ReportTable feed = PerformanceFeed.compute(bank.store, ComplaintQuery.all(50), FixedHistory.MANAGER,
                StandardAccessPolicy.standard(), bank.sla).table();
        List<String> accused = feed.rows().stream().filter(r -> r.get(1).equals(Fixtures.ACCUSED_ID.value()))
                .findFirst().orElseThrow();
        assertEquals(List.of("0", "0", "-"), accused.subList(4, 7), "S-4001 handled nothing: no clock, no rate");
        assertEquals(List.of("breach rate is - where no duty clock of the complaints handled was judged met or breached"),
                feed.notes());
    }
}
