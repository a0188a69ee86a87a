package org.complaintkit.core.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.complaintkit.api.organisation.UnitId;
import org.complaintkit.spi.organisation.OrgUnit;

/**
 * Whatever customer counts a host gives, a unit's rate per 10,000 customers, when shown, is its subtree's
 * complaints over its subtree's customers, and it is shown exactly when every unit of the subtree with complaints
 * has a count; a dash always comes with a note.
 */
class UnitReportRateProperties {
    static final List<UnitId> UNITS = List.of(FixedHistory.HO, FixedHistory.GD, FixedHistory.SZ, FixedHistory.FT,
            FixedHistory.OUTLET, FixedHistory.OUTLET_2);
    private static FixedHistory bank;

    private static synchronized FixedHistory bank() {
        if (bank == null) {
            bank = new FixedHistory();
        }
        return bank;
    }

    @Provide
    Arbitrary<Map<UnitId, Long>> customers() {
        return Arbitraries.maps(Arbitraries.of(UNITS), Arbitraries.longs().between(0, 5_000_000)).ofMaxSize(UNITS.size());
    }

    private static boolean under(UnitId unit, UnitId ancestor) {
        for (UnitId at = unit; at != null; at = FixedHistory.DIRECTORY.unit(at).map(OrgUnit::parent).orElse(null)) {
            if (at.equals(ancestor)) {
                return true;
            }
        }
        return false;
    }

    @Property(tries = 200)
    void aRateWhenShownIsTheSubtreesComplaintsOverTheSubtreesCustomersTimesTenThousand(
            @ForAll("customers") Map<UnitId, Long> customers) {
        FixedHistory history = bank();
        UnitReport report = UnitReport.compute(history.store, FixedHistory.DIRECTORY, history.sla,
                ReportPeriod.month(YearMonth.of(2026, 3), FixedHistory.SHANGHAI), customers);
        ReportTable table = report.table();
        boolean anyDash = false;
        for (int i = 0; i < report.rows().size(); i++) {
            UnitReport.Row row = report.rows().get(i);
            long subtreeCustomers = customers.entrySet().stream().filter(e -> under(e.getKey(), row.unit()))
                    .mapToLong(Map.Entry::getValue).sum();
            boolean everyUnitWithComplaintsCounted = report.rows().stream()
                    .filter(other -> under(other.unit(), row.unit()) && other.own().complaints() > 0)
                    .allMatch(other -> customers.containsKey(other.unit()));
            double rate = row.per10kCustomers();
            String cell = table.rows().get(i).get(UnitReportRatesTest.PER_10K);
            assertEquals(subtreeCustomers, row.customers(), row.unit().value());
            if (everyUnitWithComplaintsCounted && subtreeCustomers > 0) {
                assertEquals(row.rolledUp().complaints() * 10_000.0 / subtreeCustomers, rate, 1e-9, row.unit().value());
                assertFalse(Objects.equals(cell, "-"), row.unit().value());
            } else {
                assertTrue(Double.isNaN(rate), row.unit().value() + " shows " + rate);
                assertEquals("-", cell, row.unit().value());
                assertTrue(table.notes().stream().anyMatch(n -> n.startsWith("per 10k customers is - for ")
                        && n.contains(row.unit().value())), row.unit().value() + ": " + table.notes());
                anyDash = true;
            }
        }
        assertEquals(anyDash, table.notes().stream().anyMatch(n -> n.startsWith("per 10k customers")),
                "a note about the rate exactly when a rate is a dash");
    }
}
