package org.complaintkit.core.reporting;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.Year;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.complaintkit.api.complaint.AccountabilityTrigger;
import org.complaintkit.api.complaint.Sanction;
import org.complaintkit.api.complaint.SanctionKind;
import org.complaintkit.api.event.AccountabilityCaseOpened;
import org.complaintkit.api.event.AccountabilityDecided;
import org.complaintkit.api.event.ComplaintEvent;
import org.complaintkit.api.organisation.UnitId;
import org.complaintkit.core.accountability.Accountability;
import org.complaintkit.spi.storage.ComplaintQuery;
import org.complaintkit.spi.storage.ComplaintStore;

/**
 * The year-end accountability report (责任追究; seed 002 第九条(四), DOMAIN.md §8): for one calendar year, per unit,
 * the accountability cases the engine opened in the year by trigger, the cases decided in the year, those still
 * open at the year's end, and the sanctions imposed in the year by kind, with the losses borne per currency; then
 * the bank's total.
 *
 * <p>A case belongs to the unit of its complaint: the unit that handles it (first responsible), or the unit that
 * received it while unassigned, as in {@link UnitReport}. Events are counted by the day they happened in the
 * report's zone, so a complaint received in December whose case is decided in January counts as opened in one
 * year's report and decided in the next. The report names units and counts only: no staff member, no complaint.
 *
 * <pre>{@code
 * AccountabilityReport report = AccountabilityReport.compute(store, Year.of(2026), ZoneId.of("Asia/Shanghai"));
 * long overdue = report.total().openedBy().getOrDefault(AccountabilityTrigger.OVERDUE, 0L);
 * }</pre>
 *
 * <p>Built from the store's report stream, reading the complaints received before the year's end; it holds one
 * accumulator per unit with cases. Immutable and thread-safe once built.
 */
public final class AccountabilityReport {
    /** The unit of the total row. */
    public static final UnitId ALL = UnitId.of("ALL");

    /**
     * One unit, or the bank's total ({@link #ALL}).
     *
     * @param unit the unit
     * @param opened the cases opened in the year
     * @param openedBy the cases opened in the year listing each trigger (a case listing two counts under both)
     * @param decided the cases decided in the year
     * @param openAtEnd the cases opened up to the year's end and not decided by then
     * @param sanctions the sanctions imposed in the year, by kind (kinds with none left out)
     * @param lossesBorne the losses borne under the year's sanctions, per currency code
     */
    public record Row(UnitId unit, long opened, Map<AccountabilityTrigger, Long> openedBy, long decided,
                      long openAtEnd, Map<SanctionKind, Long> sanctions, Map<String, BigDecimal> lossesBorne) {
        /**
         * Checks and copies the components.
         *
         * @param unit the unit
         * @param opened the cases opened
         * @param openedBy the cases opened by trigger
         * @param decided the cases decided
         * @param openAtEnd the cases open at the year's end
         * @param sanctions the sanctions by kind
         * @param lossesBorne the losses borne per currency
         */
        public Row {
            Objects.requireNonNull(unit, "unit");
            if (opened < 0 || decided < 0 || openAtEnd < 0) {
                throw new IllegalArgumentException("counts must not be negative");
            }
            openedBy = Collections.unmodifiableMap(new EnumMap<>(openedBy.isEmpty()
                    ? new EnumMap<>(AccountabilityTrigger.class) : openedBy));
            sanctions = Collections.unmodifiableMap(new EnumMap<>(sanctions.isEmpty()
                    ? new EnumMap<>(SanctionKind.class) : sanctions));
            lossesBorne = Collections.unmodifiableMap(new TreeMap<>(lossesBorne));
        }

        /**
         * Returns how many sanctions were imposed in the year.
         *
         * @return the count
         */
        public long sanctionCount() {
            return sanctions.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    /** The figures of one unit while the stream is read. */
    private static final class Tally {
        long opened;
        final Map<AccountabilityTrigger, Long> openedBy = new EnumMap<>(AccountabilityTrigger.class);
        long decided;
        long openAtEnd;
        final Map<SanctionKind, Long> sanctions = new EnumMap<>(SanctionKind.class);
        final Map<String, BigDecimal> losses = new TreeMap<>();

        void add(Tally other) {
            opened += other.opened;
            other.openedBy.forEach((k, v) -> openedBy.merge(k, v, Long::sum));
            decided += other.decided;
            openAtEnd += other.openAtEnd;
            other.sanctions.forEach((k, v) -> sanctions.merge(k, v, Long::sum));
            other.losses.forEach((k, v) -> losses.merge(k, v, BigDecimal::add));
        }

        Row row(UnitId unit) {
            return new Row(unit, opened, openedBy, decided, openAtEnd, sanctions, losses);
        }
    }

    private final Year year;
    private final ZoneId zone;
    private final List<Row> rows;
    private final Row total;

    private AccountabilityReport(Year year, ZoneId zone, List<Row> rows, Row total) {
        this.year = year;
        this.zone = zone;
        this.rows = rows;
        this.total = total;
    }

    /**
     * Computes the report for a calendar year.
     *
     * @param store the store
     * @param year the year
     * @param zone the zone its days are counted in
     * @return the report
     */
    public static AccountabilityReport compute(ComplaintStore store, Year year, ZoneId zone) {
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(year, "year");
        Objects.requireNonNull(zone, "zone");
        Instant start = year.atDay(1).atStartOfDay(zone).toInstant();
        Instant end = year.plusYears(1).atDay(1).atStartOfDay(zone).toInstant();
        Map<UnitId, Tally> units = new TreeMap<>();
        store.scan(ComplaintQuery.all(500).withReceivedBetween(Instant.EPOCH, end), history -> {
            List<AccountabilityCaseOpened> cases = Accountability.cases(history);
            if (cases.isEmpty()) {
                return;
            }
            ComplaintFacts facts = ComplaintFacts.of(history);
            UnitId unit = facts.handlingUnit() != null ? facts.handlingUnit() : facts.receivingUnit();
            Tally tally = units.computeIfAbsent(unit, k -> new Tally());
            Set<Long> decidedByEnd = new HashSet<>();
            for (ComplaintEvent event : history) {
                boolean inYear = !event.occurredAt().isBefore(start) && event.occurredAt().isBefore(end);
                if (event instanceof AccountabilityCaseOpened opened && inYear) {
                    tally.opened++;
                    opened.triggers().forEach(t -> tally.openedBy.merge(t, 1L, Long::sum));
                } else if (event instanceof AccountabilityDecided decided && event.occurredAt().isBefore(end)) {
                    decidedByEnd.addAll(decided.cases());
                    if (inYear) {
                        tally.decided += decided.cases().size();
                        for (Sanction sanction : decided.sanctions()) {
                            tally.sanctions.merge(sanction.kind(), 1L, Long::sum);
                            if (sanction.kind() == SanctionKind.BEAR_LOSSES && sanction.amount() != null) {
                                tally.losses.merge(sanction.amount().currency().getCurrencyCode(),
                                        sanction.amount().amount(), BigDecimal::add);
                            }
                        }
                    }
                }
            }
            tally.openAtEnd += cases.stream().filter(c -> c.occurredAt().isBefore(end)
                    && !decidedByEnd.contains(c.sequence())).count();
        });
        Tally all = new Tally();
        List<Row> rows = new ArrayList<>();
        units.forEach((unit, tally) -> {
            rows.add(tally.row(unit));
            all.add(tally);
        });
        return new AccountabilityReport(year, zone, List.copyOf(rows), all.row(ALL));
    }

    /**
     * Returns the year reported.
     *
     * @return the year
     */
    public Year year() {
        return year;
    }

    /**
     * Returns the zone the year's days are counted in.
     *
     * @return the zone
     */
    public ZoneId zone() {
        return zone;
    }

    /**
     * Returns one row per unit with cases, by unit id.
     *
     * @return the rows
     */
    public List<Row> rows() {
        return rows;
    }

    /**
     * Returns a unit's row.
     *
     * @param unit the unit
     * @return the row, or empty if the unit had no case
     */
    public Optional<Row> row(UnitId unit) {
        return rows.stream().filter(r -> r.unit().equals(unit)).findFirst();
    }

    /**
     * Returns the bank's total, with unit {@link #ALL}.
     *
     * @return the total
     */
    public Row total() {
        return total;
    }

    /**
     * Returns the report as a table: one line per unit, then the total.
     *
     * @return the table
     */
    public ReportTable table() {
        List<String> columns = new ArrayList<>(List.of("unit", "opened"));
        for (AccountabilityTrigger trigger : AccountabilityTrigger.values()) {
            columns.add("by " + label(trigger.name()));
        }
        columns.addAll(List.of("decided", "open at year end"));
        for (SanctionKind kind : SanctionKind.values()) {
            columns.add(label(kind.name()));
        }
        columns.add("losses borne");
        List<List<String>> lines = new ArrayList<>();
        rows.forEach(r -> lines.add(line(r)));
        lines.add(line(total));
        return ReportTable.of("Accountability report " + year + " (" + total.opened() + " cases opened, "
                + total.decided() + " decided, " + total.sanctionCount() + " sanctions)", columns,
                Collections.unmodifiableList(lines));
    }

    private static String label(String name) {
        return name.toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }

    private static List<String> line(Row r) {
        List<String> out = new ArrayList<>(List.of(r.unit().value(), String.valueOf(r.opened())));
        for (AccountabilityTrigger trigger : AccountabilityTrigger.values()) {
            out.add(String.valueOf(r.openedBy().getOrDefault(trigger, 0L)));
        }
        out.add(String.valueOf(r.decided()));
        out.add(String.valueOf(r.openAtEnd()));
        for (SanctionKind kind : SanctionKind.values()) {
            out.add(String.valueOf(r.sanctions().getOrDefault(kind, 0L)));
        }
        out.add(r.lossesBorne().entrySet().stream().map(e -> e.getValue().toPlainString() + " " + e.getKey())
                .collect(Collectors.joining(", ")));
        return out;
    }

    @Override
    public String toString() {
        return "AccountabilityReport[" + year + ", units=" + rows.size() + ", opened=" + total.opened() + "]";
    }
}
