package org.complaintkit.core.reporting;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.complaintkit.api.access.Permission;
import org.complaintkit.api.access.ViewRights;
import org.complaintkit.api.complaint.ComplaintState;
import org.complaintkit.api.complaint.Liability;
import org.complaintkit.api.complaint.Outcome;
import org.complaintkit.api.complaint.Sanction;
import org.complaintkit.api.complaint.SanctionKind;
import org.complaintkit.api.event.AccountabilityDecided;
import org.complaintkit.core.accountability.Accountability;
import org.complaintkit.api.organisation.Actor;
import org.complaintkit.api.organisation.StaffId;
import org.complaintkit.api.organisation.UnitId;
import org.complaintkit.core.complaint.ComplaintAggregate;
import org.complaintkit.core.sla.SlaSetup;
import org.complaintkit.spi.access.AccessPolicy;
import org.complaintkit.spi.storage.ComplaintQuery;
import org.complaintkit.spi.storage.ComplaintStore;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The performance-assessment feed (绩效考核; DOMAIN.md §1 step 11): per staff member and per unit, the
 * complaints they handled (counts, timeliness, satisfaction) and the valid complaints against them.
 *
 * <p>It is read through the access policy, complaint by complaint: a complaint counts only if the policy lets
 * the reader see it in full ({@link ViewRights#FULL}; under the standard policy the complaint-management
 * unit, the handler and the first-contact owner). A complaint about the reader is therefore never counted
 * for them, and the feed reports how many complaints it withheld. It names no complaint.
 *
 * <p>A complaint is <em>valid</em> (有效投诉) when its resolution upheld it in whole or in part, or the bank
 * was found liable or partly liable at closure. It is valid against each staff member it is about, and
 * against each unit it is about, or, when it names no unit, the unit that received it.
 *
 * <p>It also counts, per staff member and per unit, the sanctions accountability decisions imposed on them
 * ({@code DecideAccountability}; seed 002 第二篇 三.3 "将客户投诉及处理情况与单位、员工的绩效挂钩"): only decided
 * sanctions, so nothing the access policy keeps from a person concerned until the decision.
 *
 * <p>Immutable and thread-safe.
 */
public final class PerformanceFeed {

    /**
     * One staff member.
     *
     * @param staff the staff member
     * @param handled the figures of the complaints they handle or handled
     * @param validAgainst how many valid complaints are about them
     * @param sanctions the sanctions accountability decisions imposed on them, by kind (kinds with none left out)
     */
    public record StaffRow(StaffId staff, Measures handled, long validAgainst, Map<SanctionKind, Long> sanctions) {
        /**
         * Checks the components.
         *
         * @param staff the staff member
         * @param handled their handled complaints' figures
         * @param validAgainst valid complaints about them
         * @param sanctions the sanctions on them, by kind
         */
        public StaffRow {
            Objects.requireNonNull(staff, "staff");
            Objects.requireNonNull(handled, "handled");
            if (validAgainst < 0) {
                throw new IllegalArgumentException("validAgainst must not be negative");
            }
            sanctions = sanctionsCopy(sanctions);
        }
    }

    /**
     * One unit.
     *
     * @param unit the unit
     * @param handled the figures of the complaints it handles first-responsibly
     * @param validAgainst how many valid complaints are about it (or, naming no unit, were received there)
     * @param sanctions the sanctions accountability decisions imposed on it as a unit, by kind (kinds with none left
     *     out)
     */
    public record UnitRow(UnitId unit, Measures handled, long validAgainst, Map<SanctionKind, Long> sanctions) {
        /**
         * Checks the components.
         *
         * @param unit the unit
         * @param handled its handled complaints' figures
         * @param validAgainst valid complaints about it
         * @param sanctions the sanctions on it, by kind
         */
        public UnitRow {
            Objects.requireNonNull(unit, "unit");
            Objects.requireNonNull(handled, "handled");
            if (validAgainst < 0) {
                throw new IllegalArgumentException("validAgainst must not be negative");
            }
            sanctions = sanctionsCopy(sanctions);
        }
    }

    /** An unmodifiable copy in the enum's order, without kinds counted zero; no count may be negative. */
    private static Map<SanctionKind, Long> sanctionsCopy(Map<SanctionKind, Long> sanctions) {
        Map<SanctionKind, Long> out = new EnumMap<>(SanctionKind.class);
        sanctions.forEach((kind, count) -> {
            if (count < 0) {
                throw new IllegalArgumentException("a sanction count must not be negative");
            }
            if (count > 0) {
                out.put(kind, count);
            }
        });
        return Collections.unmodifiableMap(out);
    }

    /** The total of a row's sanctions. */
    private static long total(Map<SanctionKind, Long> sanctions) {
        return sanctions.values().stream().mapToLong(Long::longValue).sum();
    }

    private final List<StaffRow> staff;
    private final List<UnitRow> units;
    private final long counted;
    private final long withheld;

    private PerformanceFeed(List<StaffRow> staff, List<UnitRow> units, long counted, long withheld) {
        this.staff = staff;
        this.units = units;
        this.counted = counted;
        this.withheld = withheld;
    }

    /**
     * Computes the feed a reader may see.
     *
     * @param store the store
     * @param filter which complaints (a period, a unit); its limit is the scan's batch size
     * @param reader who reads the feed
     * @param policy the access policy the engine runs
     * @param sla the SLA setup the engine runs, to tell duty clocks from windows
     * @return the feed
     */
    public static PerformanceFeed compute(ComplaintStore store, ComplaintQuery filter, Actor reader,
                                          AccessPolicy policy, SlaSetup sla) {
        Objects.requireNonNull(sla, "sla");
        Predicate<String> isDuty = new DutyClocks(sla);
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(reader, "reader");
        Objects.requireNonNull(policy, "policy");
        Map<StaffId, Measures.Builder> handledBy = new TreeMap<>();
        Map<StaffId, long[]> against = new TreeMap<>();
        Map<UnitId, Measures.Builder> unitHandled = new TreeMap<>();
        Map<UnitId, long[]> unitAgainst = new TreeMap<>();
        Map<StaffId, Map<SanctionKind, Long>> staffSanctions = new TreeMap<>();
        Map<UnitId, Map<SanctionKind, Long>> unitSanctions = new TreeMap<>();
        long[] tally = new long[2];
        store.scan(filter, history -> {
            ComplaintState state = ComplaintAggregate.replay(history);
            if (policy.check(reader, state, Permission.VIEW).isPresent()
                    || !ViewRights.FULL.equals(policy.rights(reader, state))) {
                tally[1]++;
                return;
            }
            tally[0]++;
            ComplaintFacts facts = ComplaintFacts.of(state, history);
            if (facts.handler() != null) {
                handledBy.computeIfAbsent(facts.handler(), k -> new Measures.Builder(isDuty)).add(facts);
                against.computeIfAbsent(facts.handler(), k -> new long[1]);
            }
            if (facts.handlingUnit() != null) {
                unitHandled.computeIfAbsent(facts.handlingUnit(), k -> new Measures.Builder(isDuty)).add(facts);
            }
            Set<UnitId> about = facts.unitsComplainedAbout().isEmpty()
                    ? Set.of(facts.receivingUnit()) : facts.unitsComplainedAbout();
            about.forEach(unit -> unitAgainst.computeIfAbsent(unit, k -> new long[1]));
            if (isValid(facts)) {
                facts.staffComplainedAbout().forEach(s -> against.computeIfAbsent(s, k -> new long[1])[0]++);
                about.forEach(unit -> unitAgainst.get(unit)[0]++);
            }
            // The accountability decisions: each sanction counts against the staff member or unit it is on.
            for (AccountabilityDecided decided : Accountability.decisions(history)) {
                for (Sanction sanction : decided.sanctions()) {
                    if (sanction.on().staff() != null) {
                        against.computeIfAbsent(sanction.on().staff(), k -> new long[1]);
                        staffSanctions.computeIfAbsent(sanction.on().staff(), k -> new EnumMap<>(SanctionKind.class))
                                .merge(sanction.kind(), 1L, Long::sum);
                    } else {
                        unitAgainst.computeIfAbsent(sanction.on().unit(), k -> new long[1]);
                        unitSanctions.computeIfAbsent(sanction.on().unit(), k -> new EnumMap<>(SanctionKind.class))
                                .merge(sanction.kind(), 1L, Long::sum);
                    }
                }
            }
        });
        List<StaffRow> staff = new ArrayList<>();
        against.forEach((id, valid) -> {
            Measures.Builder handled = handledBy.get(id);
            staff.add(new StaffRow(id, handled == null ? Measures.NONE : handled.build(), valid[0],
                    staffSanctions.getOrDefault(id, Map.of())));
        });
        Map<UnitId, UnitRow> units = new TreeMap<>();
        unitAgainst.forEach((id, valid) -> units.put(id, new UnitRow(id, Measures.NONE, valid[0],
                unitSanctions.getOrDefault(id, Map.of()))));
        unitHandled.forEach((id, handled) -> units.put(id, new UnitRow(id, handled.build(),
                unitAgainst.containsKey(id) ? unitAgainst.get(id)[0] : 0, unitSanctions.getOrDefault(id, Map.of()))));
        return new PerformanceFeed(List.copyOf(staff), List.copyOf(units.values()), tally[0], tally[1]);
    }

    /**
     * Tells whether a complaint is valid: upheld in whole or in part, or the bank liable or partly liable.
     *
     * @param facts the complaint's facts
     * @return true if it is valid
     */
    public static boolean isValid(ComplaintFacts facts) {
        return facts.outcome() == Outcome.UPHELD || facts.outcome() == Outcome.PARTLY_UPHELD
                || facts.liability() == Liability.LIABLE || facts.liability() == Liability.SHARED;
    }

    /**
     * Returns the staff members who handled a counted complaint or are the subject of one, by id.
     *
     * @return the rows
     */
    public List<StaffRow> staff() {
        return staff;
    }

    /**
     * Returns the units that handled a counted complaint or that one is about, by id.
     *
     * @return the rows
     */
    public List<UnitRow> units() {
        return units;
    }

    /**
     * Returns how many complaints the feed counts.
     *
     * @return the count
     */
    public long counted() {
        return counted;
    }

    /**
     * Returns how many complaints the policy kept from the reader.
     *
     * @return the count
     */
    public long withheld() {
        return withheld;
    }

    /**
     * Returns the feed as a table: one line per staff member, then one per unit. A breach rate with no judged
     * clock to divide by shows {@code -}, never {@code 0.0%}, and a note under the table says so.
     *
     * @return the table
     */
    public ReportTable table() {
        List<List<String>> rows = new ArrayList<>();
        staff.forEach(r -> rows.add(line("staff", r.staff().value(), r.handled(), r.validAgainst(), r.sanctions())));
        units.forEach(r -> rows.add(line("unit", r.unit().value(), r.handled(), r.validAgainst(), r.sanctions())));
        boolean noClockBase = staff.stream().anyMatch(r -> r.handled().clocksMet() + r.handled().clocksBreached() == 0)
                || units.stream().anyMatch(r -> r.handled().clocksMet() + r.handled().clocksBreached() == 0);
        return ReportTable.of("Performance feed (" + counted + " complaints counted, " + withheld + " withheld)",
                List.of("kind", "id", "handled", "closed", "clocks met", "clocks breached", "breach rate",
                        "satisfied", "dissatisfied", "valid against", "sanctions"), Collections.unmodifiableList(rows))
                .withNotes(noClockBase ? List.of("breach rate is - where no duty clock of the complaints handled was"
                        + " judged met or breached") : List.of());
    }

    private static List<String> line(String kind, String id, Measures m, long valid, Map<SanctionKind, Long> sanctions) {
        return List.of(kind, id, String.valueOf(m.complaints()), String.valueOf(m.closed()),
                String.valueOf(m.clocksMet()), String.valueOf(m.clocksBreached()),
                Measures.percent(m.clocksBreached(), m.clocksMet() + m.clocksBreached()),
                String.valueOf(m.satisfied()), String.valueOf(m.dissatisfied()), String.valueOf(valid),
                String.valueOf(total(sanctions)));
    }

    @Override
    public String toString() {
        return "PerformanceFeed[counted=" + counted + ", withheld=" + withheld + ", staff=" + staff.size()
                + ", units=" + units.size() + "]";
    }
}
