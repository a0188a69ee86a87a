package org.complaintkit.core.reporting;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.complaintkit.api.access.Permission;
import org.complaintkit.api.access.ViewRights;
import org.complaintkit.api.complaint.ComplaintState;
import org.complaintkit.api.complaint.Liability;
import org.complaintkit.api.complaint.Outcome;
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
 * <p>Immutable and thread-safe.
 */
public final class PerformanceFeed {

    /**
     * One staff member.
     *
     * @param staff the staff member
     * @param handled the figures of the complaints they handle or handled
     * @param validAgainst how many valid complaints are about them
     */
    public record StaffRow(StaffId staff, Measures handled, long validAgainst) {
        /**
         * Checks the components.
         *
         * @param staff the staff member
         * @param handled their handled complaints' figures
         * @param validAgainst valid complaints about them
         */
        public StaffRow {
            Objects.requireNonNull(staff, "staff");
            Objects.requireNonNull(handled, "handled");
            if (validAgainst < 0) {
                throw new IllegalArgumentException("validAgainst must not be negative");
            }
        }
    }

    /**
     * One unit.
     *
     * @param unit the unit
     * @param handled the figures of the complaints it handles first-responsibly
     * @param validAgainst how many valid complaints are about it (or, naming no unit, were received there)
     */
    public record UnitRow(UnitId unit, Measures handled, long validAgainst) {
        /**
         * Checks the components.
         *
         * @param unit the unit
         * @param handled its handled complaints' figures
         * @param validAgainst valid complaints about it
         */
        public UnitRow {
            Objects.requireNonNull(unit, "unit");
            Objects.requireNonNull(handled, "handled");
            if (validAgainst < 0) {
                throw new IllegalArgumentException("validAgainst must not be negative");
            }
        }
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
        Predicate<String> isDuty = clockId -> !sla.isWindow(clockId);
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(reader, "reader");
        Objects.requireNonNull(policy, "policy");
        Map<StaffId, Measures.Builder> handledBy = new TreeMap<>();
        Map<StaffId, long[]> against = new TreeMap<>();
        Map<UnitId, Measures.Builder> unitHandled = new TreeMap<>();
        Map<UnitId, long[]> unitAgainst = new TreeMap<>();
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
        });
        List<StaffRow> staff = new ArrayList<>();
        against.forEach((id, valid) -> {
            Measures.Builder handled = handledBy.get(id);
            staff.add(new StaffRow(id, handled == null ? Measures.NONE : handled.build(), valid[0]));
        });
        Map<UnitId, UnitRow> units = new TreeMap<>();
        unitAgainst.forEach((id, valid) -> units.put(id, new UnitRow(id, Measures.NONE, valid[0])));
        unitHandled.forEach((id, handled) -> units.put(id, new UnitRow(id, handled.build(),
                unitAgainst.containsKey(id) ? unitAgainst.get(id)[0] : 0)));
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
     * Returns the feed as a table: one line per staff member, then one per unit.
     *
     * @return the table
     */
    public ReportTable table() {
        List<List<String>> rows = new ArrayList<>();
        staff.forEach(r -> rows.add(line("staff", r.staff().value(), r.handled(), r.validAgainst())));
        units.forEach(r -> rows.add(line("unit", r.unit().value(), r.handled(), r.validAgainst())));
        return ReportTable.of("Performance feed (" + counted + " complaints counted, " + withheld + " withheld)",
                List.of("kind", "id", "handled", "closed", "clocks met", "clocks breached", "breach rate",
                        "satisfied", "dissatisfied", "valid against"), Collections.unmodifiableList(rows));
    }

    private static List<String> line(String kind, String id, Measures m, long valid) {
        return List.of(kind, id, String.valueOf(m.complaints()), String.valueOf(m.closed()),
                String.valueOf(m.clocksMet()), String.valueOf(m.clocksBreached()), Measures.percent(m.breachRate()),
                String.valueOf(m.satisfied()), String.valueOf(m.dissatisfied()), String.valueOf(valid));
    }

    @Override
    public String toString() {
        return "PerformanceFeed[counted=" + counted + ", withheld=" + withheld + ", staff=" + staff.size()
                + ", units=" + units.size() + "]";
    }
}
