package org.complaintkit.core.reporting;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.Optional;
import java.util.Set;
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
 * <p>The customer counts are each unit's own customers, summed up the hierarchy. A rate per 10,000 customers is
 * shown only where it is truthful: when every unit of the row's subtree that has complaints of its own in the
 * period has a count (0 for a unit with no customers of its own), and the counts add up to more than 0. Otherwise
 * {@link Row#per10kCustomers()} is NaN, the table shows {@code -} and a note under it names the units whose count
 * is missing. A percentage with nothing to divide by (no customer asked about satisfaction, no duty clock judged)
 * shows {@code -} with a note too, never {@code 0.0%}.
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
     * @param customers the host's customer counts of the units of its subtree, added up; 0 if none was given
     * @param uncounted the units of its subtree that have complaints of their own in the period but no customer
     *     count, by id; while any is listed the row has no rate per 10,000 customers
     * @param outlets the outlets in its subtree, as the directory lists them; 0 if it lists no children
     */
    public record Row(UnitId unit, String name, UnitLevel level, int depth, Measures own, Measures rolledUp,
                      long customers, List<UnitId> uncounted, long outlets) {
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
         * @param uncounted its subtree's units with complaints and no customer count
         * @param outlets its subtree's outlets
         */
        public Row {
            Objects.requireNonNull(unit, "unit");
            uncounted = List.copyOf(uncounted);
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(own, "own");
            Objects.requireNonNull(rolledUp, "rolledUp");
            if (depth < 0 || customers < 0 || outlets < 0) {
                throw new IllegalArgumentException("depth and denominators must not be negative");
            }
        }

        /**
         * Returns the subtree's complaints per 10,000 customers: its complaints over the customers the host counted
         * for its units, when those counts cover every unit of the subtree that has complaints.
         *
         * @return the rate, or NaN when a unit of the subtree with complaints has no count ({@link #uncounted()}
         *     is not empty) or the counts add up to 0
         */
        public double per10kCustomers() {
            return uncounted.isEmpty() ? rolledUp.per10kCustomers(customers) : Double.NaN;
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

    private static final Comparator<UnitId> UNIT_ORDER = Comparator.comparing(UnitId::value);
    /** At most this many unit ids are named in a note; the rest are counted. */
    private static final int NAMED_IN_A_NOTE = 20;

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
        Map<UnitId, List<UnitId>> uncounted = new HashMap<>();
        own.keySet().stream().filter(unit -> !customers.containsKey(unit)).sorted(UNIT_ORDER).forEach(unit -> {
            for (UnitId above : paths.get(unit)) {
                uncounted.computeIfAbsent(above, k -> new ArrayList<>()).add(unit);
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
                    customersRolled.getOrDefault(unit, 0L), uncounted.getOrDefault(unit, List.of()),
                    outletsUnder(directory, unit, 0)));
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
     * Returns the report as a table, one line per unit, indented by depth, with the rolled-up figures. A cell with
     * no truthful figure shows {@code -}, and a note under the table says why, for each column that has one.
     *
     * @return the table, with its notes
     */
    public ReportTable table() {
        List<List<String>> out = new ArrayList<>();
        Set<UnitId> uncountedUnits = new TreeSet<>(UNIT_ORDER);
        List<String> uncountedRows = new ArrayList<>();
        List<String> noCustomers = new ArrayList<>();
        boolean noReopenBase = false;
        boolean noSatisfactionBase = false;
        boolean noClockBase = false;
        boolean noOutlets = false;
        for (Row r : rows) {
            Measures m = r.rolledUp();
            String per10k = rate(r.per10kCustomers());
            if (!r.uncounted().isEmpty()) {
                uncountedUnits.addAll(r.uncounted());
                uncountedRows.add(r.unit().value());
            } else if (Double.isNaN(r.per10kCustomers())) {
                noCustomers.add(r.unit().value());
            }
            noReopenBase |= m.complaints() == 0;
            noSatisfactionBase |= m.satisfied() + m.dissatisfied() == 0;
            noClockBase |= m.clocksMet() + m.clocksBreached() == 0;
            noOutlets |= r.outlets() == 0;
            out.add(List.of("  ".repeat(r.depth()) + r.unit().value(), r.name(), String.valueOf(m.complaints()),
                    String.valueOf(r.own().complaints()), String.valueOf(m.closed()), String.valueOf(m.open()),
                    Measures.percent(m.reopened(), m.complaints()), String.valueOf(m.escalated()),
                    String.valueOf(m.upheld() + m.partlyUpheld()), String.valueOf(m.rejected()),
                    Measures.percent(m.satisfied(), m.satisfied() + m.dissatisfied()), String.valueOf(m.clocksMet()),
                    String.valueOf(m.clocksBreached()), Measures.percent(m.clocksBreached(),
                            m.clocksMet() + m.clocksBreached()), m.redressText(),
                    per10k, rate(r.perOutlet())));
        }
        List<String> notes = new ArrayList<>();
        if (!uncountedRows.isEmpty()) {
            notes.add("per 10k customers is - for " + named(uncountedRows) + ": no customer count was given for "
                    + named(uncountedUnits.stream().map(UnitId::value).toList()) + ", which "
                    + (uncountedUnits.size() == 1 ? "has" : "have") + " complaints of "
                    + (uncountedUnits.size() == 1 ? "its" : "their") + " own in the subtree; a count is a unit's own"
                    + " customers, summed up the hierarchy (give 0 for a unit with none of its own)");
        }
        if (!noCustomers.isEmpty()) {
            notes.add("per 10k customers is - for " + named(noCustomers)
                    + ": the customer counts of the subtree add up to 0");
        }
        if (noReopenBase) {
            notes.add("reopened is - where the unit's subtree has no complaint");
        }
        if (noSatisfactionBase) {
            notes.add("satisfied is - where no customer of the unit's subtree said whether they were satisfied");
        }
        if (noClockBase) {
            notes.add("breach rate is - where no duty clock of the unit's subtree was judged met or breached");
        }
        if (noOutlets) {
            notes.add("per outlet is - where the directory lists no outlet under the unit");
        }
        return ReportTable.of("Complaints by unit, received " + period,
                List.of("unit", "name", "complaints", "own", "closed", "open", "reopened", "escalated", "upheld",
                        "rejected", "satisfied", "clocks met", "clocks breached", "breach rate", "redress",
                        "per 10k customers", "per outlet"), out).withNotes(notes);
    }

    /** Unit ids joined by commas, the first {@value #NAMED_IN_A_NOTE} named and the rest counted. */
    private static String named(List<String> units) {
        String shown = String.join(", ", units.subList(0, Math.min(units.size(), NAMED_IN_A_NOTE)));
        return units.size() <= NAMED_IN_A_NOTE ? shown : shown + " and " + (units.size() - NAMED_IN_A_NOTE) + " more";
    }

    private static String rate(double value) {
        return Double.isNaN(value) ? "-" : String.format(Locale.ROOT, "%.2f", value);
    }

    @Override
    public String toString() {
        return "UnitReport[" + period + ", units=" + rows.size() + ", complaints=" + total.complaints() + "]";
    }
}
