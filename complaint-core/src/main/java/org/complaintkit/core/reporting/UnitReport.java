package org.complaintkit.core.reporting;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.complaintkit.api.organisation.UnitId;
import org.complaintkit.spi.organisation.OrgUnit;
import org.complaintkit.spi.organisation.OrganisationDirectory;
import org.complaintkit.spi.organisation.UnitLevel;
import org.complaintkit.core.sla.SlaSetup;
import org.complaintkit.spi.storage.ComplaintStore;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * The periodic unit report (DOMAIN.md §8): for the complaints received in a period, one row per unit of the
 * hierarchy, each with the figures of its own complaints and of its whole subtree rolled up, and rates
 * normalised by the host's denominators (complaints per 10,000 customers, per outlet).
 *
 * <p>A complaint belongs to the unit that handles it (first responsible), or to the unit that received it
 * while it is unassigned. The report follows the cohort received in the period to where it stands now: a
 * complaint received in March and closed in April counts as closed in March's report run in May.
 *
 * <pre>{@code
 * UnitReport march = UnitReport.compute(store, directory, sla, ReportPeriod.month(YearMonth.of(2026, 3), zone),
 *         Map.of(UnitId.of("GD-SZ"), 1_200_000L));
 * Measures shenzhen = march.row(UnitId.of("GD-SZ")).orElseThrow().rolledUp();
 * }</pre>
 *
 * <p>Built from the store's report stream; it holds one accumulator per unit with complaints, however many
 * complaints there are. Immutable and thread-safe once built.
 */
public final class UnitReport {

    /**
     * One unit.
     *
     * @param unit the unit
     * @param name its name, or its id if the directory does not know it
     * @param level its level, or null if the directory does not know it
     * @param depth how far below the report's top unit it is (0 for the top)
     * @param own the figures of the complaints it handles itself
     * @param rolledUp the figures of the complaints of its whole subtree, its own included
     * @param customers the host's customer count for its subtree; 0 if none was given
     * @param outlets the outlets in its subtree, as the directory lists them; 0 if it lists no children
     */
    public record Row(UnitId unit, String name, UnitLevel level, int depth, Measures own, Measures rolledUp,
                      long customers, long outlets) {
        /**
         * Checks the components.
         *
         * @param unit the unit
         * @param name its name
         * @param level its level, or null
         * @param depth its depth
         * @param own its own figures
         * @param rolledUp its subtree's figures
         * @param customers its subtree's customers
         * @param outlets its subtree's outlets
         */
        public Row {
            Objects.requireNonNull(unit, "unit");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(own, "own");
            Objects.requireNonNull(rolledUp, "rolledUp");
            if (depth < 0 || customers < 0 || outlets < 0) {
                throw new IllegalArgumentException("depth and denominators must not be negative");
            }
        }

        /**
         * Returns the subtree's complaints per 10,000 customers.
         *
         * @return the rate, or NaN without a customer count
         */
        public double per10kCustomers() {
            return rolledUp.per10kCustomers(customers);
        }

        /**
         * Returns the subtree's complaints per outlet.
         *
         * @return the rate, or NaN without outlets
         */
        public double perOutlet() {
            return rolledUp.perBranch(outlets);
        }
    }

    private final ReportPeriod period;
    private final List<Row> rows;
    private final Measures total;

    private UnitReport(ReportPeriod period, List<Row> rows, Measures total) {
        this.period = period;
        this.rows = rows;
        this.total = total;
    }

    /**
     * Computes the report for the complaints received in a period.
     *
     * @param store the store
     * @param directory the organisation, for the hierarchy and the unit names
     * @param sla the SLA setup the engine runs, to tell duty clocks from windows
     * @param period the period
     * @param customers the host's customer counts by unit (each unit's own customers; the report sums them up
     *     the hierarchy); may be empty
     * @return the report
     * @throws IllegalArgumentException if a customer count is negative
     */
    public static UnitReport compute(ComplaintStore store, OrganisationDirectory directory, SlaSetup sla,
                                     ReportPeriod period, Map<UnitId, Long> customers) {
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(directory, "directory");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(sla, "sla");
        Predicate<String> isDuty = new DutyClocks(sla);
        customers.values().forEach(count -> {
            if (count == null || count < 0) {
                throw new IllegalArgumentException("customer counts must not be negative");
            }
        });
        Map<UnitId, List<UnitId>> paths = new HashMap<>();
        Map<UnitId, Measures.Builder> own = new HashMap<>();
        Map<UnitId, Measures.Builder> rolled = new HashMap<>();
        Measures.Builder total = new Measures.Builder(isDuty);
        FactsSource.scan(store, period.received(), facts -> {
            UnitId unit = facts.handlingUnit() == null ? facts.receivingUnit() : facts.handlingUnit();
            own.computeIfAbsent(unit, k -> new Measures.Builder(isDuty)).add(facts);
            for (UnitId above : paths.computeIfAbsent(unit, u -> pathOf(directory, u))) {
                rolled.computeIfAbsent(above, k -> new Measures.Builder(isDuty)).add(facts);
            }
            total.add(facts);
        });
        Map<UnitId, Long> customersRolled = new HashMap<>();
        customers.forEach((unit, count) -> {
            for (UnitId above : pathOf(directory, unit)) {
                customersRolled.merge(above, count, Long::sum);
            }
        });
        Map<List<String>, Row> ordered = new TreeMap<>(GroupKeys::compare);
        int top = rolled.keySet().stream().mapToInt(u -> paths.computeIfAbsent(u, x -> pathOf(directory, x)).size())
                .min().orElse(1);
        for (Map.Entry<UnitId, Measures.Builder> entry : rolled.entrySet()) {
            UnitId unit = entry.getKey();
            List<UnitId> path = paths.computeIfAbsent(unit, u -> pathOf(directory, u));
            Optional<OrgUnit> known = directory.unit(unit);
            Measures.Builder mine = own.get(unit);
            ordered.put(path.stream().map(UnitId::value).toList(), new Row(unit,
                    known.map(OrgUnit::name).orElse(unit.value()), known.map(OrgUnit::level).orElse(null),
                    Math.max(0, path.size() - top), mine == null ? Measures.NONE : mine.build(), entry.getValue().build(),
                    customersRolled.getOrDefault(unit, 0L), outletsUnder(directory, unit, 0)));
        }
        return new UnitReport(period, List.copyOf(ordered.values()), total.build());
    }

    /** The units from the top of the hierarchy down to {@code unit}. */
    private static List<UnitId> pathOf(OrganisationDirectory directory, UnitId unit) {
        List<UnitId> up = new ArrayList<>();
        UnitId at = unit;
        while (at != null && up.size() < 64 && !up.contains(at)) {
            up.add(at);
            at = directory.unit(at).map(OrgUnit::parent).orElse(null);
        }
        Collections.reverse(up);
        return up;
    }

    private static long outletsUnder(OrganisationDirectory directory, UnitId unit, int depth) {
        if (depth > 64) {
            return 0;
        }
        long count = 0;
        for (OrgUnit child : directory.children(unit)) {
            count += child.level() == UnitLevel.OUTLET ? 1 : outletsUnder(directory, child.id(), depth + 1);
        }
        return count;
    }

    /**
     * Returns the units with complaints in their subtree, parents before children, siblings by id.
     *
     * @return the rows
     */
    public List<Row> rows() {
        return rows;
    }

    /**
     * Returns one unit's row.
     *
     * @param unit the unit
     * @return the row, or empty if no complaint of the period is in its subtree
     */
    public Optional<Row> row(UnitId unit) {
        return rows.stream().filter(r -> r.unit().equals(unit)).findFirst();
    }

    /**
     * Returns the figures of every complaint of the period.
     *
     * @return the totals
     */
    public Measures total() {
        return total;
    }

    /**
     * Returns the report as a table, one line per unit, indented by depth, with the rolled-up figures.
     *
     * @return the table
     */
    public ReportTable table() {
        List<List<String>> out = new ArrayList<>();
        for (Row r : rows) {
            Measures m = r.rolledUp();
            out.add(List.of("  ".repeat(r.depth()) + r.unit().value(), r.name(), String.valueOf(m.complaints()),
                    String.valueOf(r.own().complaints()), String.valueOf(m.closed()), String.valueOf(m.open()),
                    Measures.percent(m.reopenRate()), String.valueOf(m.escalated()),
                    String.valueOf(m.upheld() + m.partlyUpheld()), String.valueOf(m.rejected()),
                    Measures.percent(m.satisfactionRate()), String.valueOf(m.clocksMet()),
                    String.valueOf(m.clocksBreached()), Measures.percent(m.breachRate()), m.redressText(),
                    rate(r.per10kCustomers()), rate(r.perOutlet())));
        }
        return ReportTable.of("Complaints by unit, received " + period,
                List.of("unit", "name", "complaints", "own", "closed", "open", "reopened", "escalated", "upheld",
                        "rejected", "satisfied", "clocks met", "clocks breached", "breach rate", "redress",
                        "per 10k customers", "per outlet"), out);
    }

    private static String rate(double value) {
        return Double.isNaN(value) ? "-" : String.format(Locale.ROOT, "%.2f", value);
    }

    @Override
    public String toString() {
        return "UnitReport[" + period + ", units=" + rows.size() + ", complaints=" + total.complaints() + "]";
    }
}
