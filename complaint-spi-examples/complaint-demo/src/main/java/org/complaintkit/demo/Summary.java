package org.complaintkit.demo;

import java.io.PrintStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.complaintkit.api.classification.ComplaintFlag;
import org.complaintkit.api.complaint.ComplaintId;
import org.complaintkit.api.event.ComplaintEscalated;
import org.complaintkit.api.event.ComplaintEvent;
import org.complaintkit.api.organisation.Actor;
import org.complaintkit.api.organisation.Role;
import org.complaintkit.api.organisation.StaffId;
import org.complaintkit.api.organisation.UnitId;
import org.complaintkit.core.access.StandardAccessPolicy;
import org.complaintkit.core.classification.Taxonomies;
import org.complaintkit.core.learning.TypicalCase;
import org.complaintkit.core.learning.TypicalCases;
import org.complaintkit.core.reporting.AsicReport;
import org.complaintkit.core.reporting.FcaReturn;
import org.complaintkit.core.reporting.HandlingTimes;
import org.complaintkit.core.reporting.PerformanceFeed;
import org.complaintkit.directory.csv.CsvOrganisationDirectory;
import org.complaintkit.spi.organisation.OrgUnit;
import org.complaintkit.spi.organisation.UnitLevel;
import org.complaintkit.core.engine.DeadlineExplanation;
import org.complaintkit.core.learning.RootCauseRegister;
import org.complaintkit.core.reporting.ClockResult;
import org.complaintkit.core.reporting.DailyIncidentReport;
import org.complaintkit.core.reporting.Dimension;
import org.complaintkit.core.reporting.JrtReturn;
import org.complaintkit.core.reporting.ReportPeriod;
import org.complaintkit.core.reporting.ReportTable;
import org.complaintkit.core.reporting.Tally;
import org.complaintkit.core.reporting.UnitReport;
import org.complaintkit.core.sla.preset.ChinaCbirc;
import org.complaintkit.spi.storage.ComplaintQuery;
import org.complaintkit.spi.storage.ComplaintStore;
import java.util.LinkedHashMap;

/**
 * The reports a run ends with, computed once from the store's report stream: the console prints them and the
 * HTML page draws them.
 */
final class Summary {
    static final String INCIDENT_SCHEME = "seed.incident";
    /** The host's denominators: each outlet's customers, which the unit report sums up the hierarchy. */
    static final Map<UnitId, Long> OUTLET_CUSTOMERS = Map.of(UnitId.of("GD-SZ-FT-001"), 62_000L,
            UnitId.of("GD-SZ-FT-002"), 48_000L, UnitId.of("GD-SZ-NS-001"), 71_000L, UnitId.of("GD-GZ-TH-001"), 55_000L,
            UnitId.of("ZJ-HZ-XH-001"), 66_000L, UnitId.of("ZJ-NB-HS-001"), 43_000L);
    /**
     * The customer counts the unit report divides by: each outlet's own, and 0 for every unit above the outlets,
     * which hold no customers of their own in this bank. A unit with complaints and no count would leave every
     * rate above it a dash, since its customers would be missing from the denominator.
     */
    static Map<UnitId, Long> customers(CsvOrganisationDirectory bank) {
        Map<UnitId, Long> counts = new LinkedHashMap<>();
        for (OrgUnit unit : bank.units()) {
            if (unit.level() != UnitLevel.OUTLET) {
                counts.put(unit.id(), 0L);
            }
        }
        counts.putAll(OUTLET_CUSTOMERS);
        return counts;
    }

    /** The head office's complaint manager, who reads the performance feed and the knowledge base. */
    static final Actor MANAGER = Actor.staff(StaffId.of("S-0001"), UnitId.of("HO"), Role.COMPLAINT_MANAGER);
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

    final BankDay.Result result;
    final DailyIncidentReport goLiveDay;
    final Tally clocks;
    final Tally byClassAndChannel;
    final Tally byBucket;
    final UnitReport units;
    final JrtReturn jrt;
    final RootCauseRegister rootCauses;
    final HandlingTimes handlingTimes;
    final FcaReturn fca;
    final AsicReport asic;
    final PerformanceFeed feed;
    final List<TypicalCase> typicalCases;
    final Map<String, Long> escalationsByTrigger = new TreeMap<>();
    final Map<String, Long> escalationsByStep = new TreeMap<>();
    final ComplaintId explained;
    final DeadlineExplanation explanation;

    Summary(BankDay.Result result) {
        this.result = result;
        ComplaintStore store = result.store();
        ComplaintQuery all = ComplaintQuery.all(500);
        goLiveDay = DailyIncidentReport.compute(store, BankDay.GO_LIVE, BankDay.ZONE, INCIDENT_SCHEME);
        clocks = Tally.scan(store, all, BankDay.ZONE);
        byClassAndChannel = Tally.scan(store, all, BankDay.ZONE, Dimension.classIn(INCIDENT_SCHEME), Dimension.CHANNEL);
        byBucket = Tally.scan(store, all, BankDay.ZONE, Dimension.bucket(result.sla()));
        ReportPeriod period = new ReportPeriod(BankDay.GO_LIVE, BankDay.GO_LIVE.plusWeeks(BankDay.WEEKS), BankDay.ZONE);
        units = UnitReport.compute(store, result.bank(), result.sla(), period, customers(result.bank()));
        jrt = JrtReturn.compute(store, Taxonomies.bundled(), period);
        LocalDate lastDay = LocalDate.ofInstant(result.end(), BankDay.ZONE);
        rootCauses = RootCauseRegister.compute(store, all, lastDay, BankDay.ZONE);
        handlingTimes = HandlingTimes.compute(store, all, unit -> result.calendar(), BankDay.ZONE,
                Dimension.handlingUnitAt(result.bank(), UnitLevel.BRANCH));
        fca = FcaReturn.compute(store, result.calendar(), period.start(), period.end());
        asic = AsicReport.compute(store, all, BankDay.ZONE, lastDay);
        feed = PerformanceFeed.compute(store, all, MANAGER, StandardAccessPolicy.standard(), result.sla());
        typicalCases = TypicalCases.find(store, INCIDENT_SCHEME + ":", MANAGER, StandardAccessPolicy.standard());
        store.scan(all, history -> {
            for (ComplaintEvent event : history) {
                if (event instanceof ComplaintEscalated e) {
                    escalationsByTrigger.merge(e.trigger().name(), 1L, Long::sum);
                    escalationsByStep.merge(e.fromUnit().value() + " -> " + e.toUnit().value(), 1L, Long::sum);
                }
            }
        });
        explained = result.notable().get("explained");
        explanation = explained == null ? null : result.engine().hostReads().explain(explained, ChinaCbirc.DECISION);
    }

    /** Each clock's results over every complaint, with its breach rate. */
    ReportTable clockTable() {
        List<List<String>> rows = new ArrayList<>();
        Tally.Row all = clocks.rows().get(List.of());
        if (all != null) {
            all.clocks().forEach((id, results) -> {
                long started = results.values().stream().mapToLong(Long::longValue).sum();
                boolean window = result.sla().isWindow(id);
                rows.add(List.of(id, window ? "window" : "duty", String.valueOf(started),
                        count(results, ClockResult.MET), count(results, ClockResult.BREACHED),
                        count(results, ClockResult.OPEN), count(results, ClockResult.OPEN_OVERDUE),
                        count(results, ClockResult.CANCELLED),
                        window ? "-" : String.format(Locale.ROOT, "%.1f%%", all.breachRate(id) * 100)));
            });
        }
        return ReportTable.of("Clocks over all complaints (a window's end is nobody's breach)", List.of("clock",
                "purpose", "started", "met", "breached", "open", "past due", "cancelled", "breach rate"), rows);
    }

    private static String count(Map<ClockResult, Long> results, ClockResult result) {
        return String.valueOf(results.getOrDefault(result, 0L));
    }

    /** The notable complaints and what the engine made of them. */
    List<String> notable() {
        List<String> out = new ArrayList<>();
        result.notable().forEach((what, id) -> {
            if (id == null) {
                return;
            }
            String flags = result.engine().hostReads().classification(id).map(c -> c.flagSet().stream().map(ComplaintFlag::name)
                    .sorted().toList().toString()).orElse("[]");
            long escalations = result.engine().hostReads().history(id).stream().filter(e -> e instanceof ComplaintEscalated).count();
            out.add(String.format(Locale.ROOT, "%-32s %s  %-13s flags %s, escalated %d time%s, bucket %s", what,
                    id.value(), result.engine().hostReads().find(id).orElseThrow().status(), flags, escalations,
                    escalations == 1 ? "" : "s", result.engine().hostReads().statisticalBucket(id).bucket()));
        });
        return out;
    }

    void print(PrintStream out) {
        out.printf(Locale.ROOT, "Simulated %s to %s: %,d complaints, %,d commands, %,d sweeps, %,d notices sent.%n",
                BankDay.GO_LIVE.atTime(8, 0).format(MINUTE), result.end().atZone(BankDay.ZONE).format(MINUTE),
                result.complaints().size(), result.commands(), result.sweeps(), result.noticesSent());
        section(out, "Daily incident report for the go-live day (DOMAIN.md §8), by " + INCIDENT_SCHEME + " and channel");
        out.print(goLiveDay.table().toText());
        section(out, "Clock summary (CBIRC Order 2020 No. 3 and the bank's own limits)");
        out.print(clockTable().toText());
        out.println("Statistical bucket (seed 002 四(二)): " + byBucket.totalsBy(byBucket.dimensions().get(0)));
        section(out, "Escalations");
        out.println("by trigger: " + escalationsByTrigger);
        escalationsByStep.forEach((step, count) -> out.printf(Locale.ROOT, "  %-22s %,d%n", step, count));
        section(out, "Notable complaints");
        notable().forEach(out::println);
        if (!result.refusals().isEmpty()) {
            out.println("Commands the engine refused: " + result.refusals());
        }
        if (explanation != null) {
            section(out, "Why is this deadline " + explanation.state().dueAt().map(d -> d.atZone(BankDay.ZONE)
                    .format(MINUTE)).orElse("what it is") + "? (" + explained.value() + ", " + ChinaCbirc.DECISION + ")");
            explanation.lines().forEach(out::println);
        }
    }

    /** Every report as a table, named for its CSV file. */
    Map<String, ReportTable> tables() {
        Map<String, ReportTable> out = new LinkedHashMap<>();
        out.put("daily-incident-report", goLiveDay.table());
        out.put("clocks", clockTable());
        out.put("unit-report", units.table());
        out.put("jrt0169-return", jrt.table());
        out.put("jrt0169-summary", jrt.summary());
        out.put("handling-times", handlingTimes.table());
        out.put("fca-return", fca.table());
        out.put("asic-report", asic.table());
        out.put("performance-feed", feed.table());
        out.put("root-causes", rootCauses.table());
        List<List<String>> cases = new ArrayList<>();
        typicalCases.forEach(c -> cases.add(List.of(c.complaintId().value(), c.classes().stream()
                .filter(q -> q.startsWith(INCIDENT_SCHEME + ":")).findFirst().orElse(""),
                c.outcome() == null ? "" : c.outcome().name(), c.summary().reveal())));
        out.put("typical-cases", ReportTable.of("Typical cases for the knowledge base", List.of("complaint", "class",
                "outcome", "summary"), cases));
        return out;
    }

    private static void section(PrintStream out, String title) {
        out.println();
        out.println("== " + title + " ==");
    }
}
