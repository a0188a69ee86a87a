package org.complaintkit.core.learning;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.complaintkit.api.complaint.ComplaintId;
import org.complaintkit.api.complaint.Sensitive;
import org.complaintkit.api.event.ComplaintEvent;
import org.complaintkit.api.event.RootCauseLinked;
import org.complaintkit.core.reporting.ReportTable;
import org.complaintkit.spi.storage.ComplaintQuery;
import org.complaintkit.spi.storage.ComplaintStore;
import java.util.Comparator;

/**
 * The root-cause register (溯源整改; FCA DISP 1.3.3R): every root cause the complaints link to, the complaints
 * linked, and each remediation action with its owner, due day and where it stands. Built from the store's
 * report stream; it holds one entry per root cause and the ids linked to it.
 *
 * <pre>{@code
 * RootCauseRegister register = RootCauseRegister.compute(store, ComplaintQuery.all(500), today, zone);
 * List<PlannedAction> late = register.overdue();
 * }</pre>
 *
 * <p>Immutable and thread-safe. Its {@code toString} gives counts only; titles and descriptions are free text
 * and show only in {@link #table()}.
 */
public final class RootCauseRegister {

    /**
     * One root cause.
     *
     * @param rootCauseId its id
     * @param title what it is, as last linked
     * @param firstLinked when the first complaint was linked to it
     * @param complaints the complaints linked to it
     * @param actions its remediation actions, by due day
     */
    public record Entry(String rootCauseId, Sensitive title, Instant firstLinked, SortedSet<ComplaintId> complaints,
                        List<PlannedAction> actions) {
        /**
         * Checks and copies the components.
         *
         * @param rootCauseId its id
         * @param title what it is
         * @param firstLinked when the first complaint was linked
         * @param complaints the complaints linked
         * @param actions its remediation actions
         */
        public Entry {
            Objects.requireNonNull(rootCauseId, "rootCauseId");
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(firstLinked, "firstLinked");
            complaints = Collections.unmodifiableSortedSet(new TreeSet<>(complaints));
            actions = List.copyOf(actions);
        }
    }

    /** Actions by due day, then id, then the complaint they were planned on: independent of storage order. */
    private static final Comparator<PlannedAction> BY_DUE = Comparator
            .comparing((PlannedAction a) -> a.action().due()).thenComparing(a -> a.action().id())
            .thenComparing(PlannedAction::plannedOn);

    /** How many complaint ids a table row shows; the entry holds them all. */
    private static final int SHOWN = 5;

    private final LocalDate asOf;
    private final ZoneId zone;
    private final Map<String, Entry> entries;

    private RootCauseRegister(LocalDate asOf, ZoneId zone, Map<String, Entry> entries) {
        this.asOf = asOf;
        this.zone = zone;
        this.entries = entries;
    }

    /**
     * Builds the register from the complaints a filter matches.
     *
     * @param store the store
     * @param filter which complaints; its limit is the scan's batch size
     * @param asOf the day actions are judged on (open or overdue)
     * @param zone the zone days are counted in
     * @return the register
     */
    public static RootCauseRegister compute(ComplaintStore store, ComplaintQuery filter, LocalDate asOf, ZoneId zone) {
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(zone, "zone");
        Map<String, Sensitive> titles = new TreeMap<>();
        Map<String, Instant> first = new TreeMap<>();
        Map<String, SortedSet<ComplaintId>> linked = new TreeMap<>();
        Map<String, List<PlannedAction>> actions = new TreeMap<>();
        store.scan(filter, history -> add(history, titles, first, linked, actions));
        Map<String, Entry> entries = new TreeMap<>();
        titles.forEach((id, title) -> {
            List<PlannedAction> planned = new ArrayList<>(actions.getOrDefault(id, List.of()));
            planned.sort(BY_DUE);
            entries.put(id, new Entry(id, title, first.get(id), linked.get(id), planned));
        });
        return new RootCauseRegister(asOf, zone, Collections.unmodifiableMap(entries));
    }

    private static void add(List<ComplaintEvent> history, Map<String, Sensitive> titles, Map<String, Instant> first,
                            Map<String, SortedSet<ComplaintId>> linked, Map<String, List<PlannedAction>> actions) {
        for (RootCauseLinked link : RootCauses.links(history)) {
            String id = link.rootCauseId();
            Instant earliest = first.get(id);
            if (earliest == null || !link.occurredAt().isBefore(earliest)) {
                titles.put(id, link.title());
            }
            first.merge(id, link.occurredAt(), (a, b) -> a.isBefore(b) ? a : b);
            linked.computeIfAbsent(id, k -> new TreeSet<>()).add(link.complaintId());
        }
        for (PlannedAction action : RootCauses.actions(history)) {
            actions.computeIfAbsent(action.rootCauseId(), k -> new ArrayList<>()).add(action);
        }
    }

    /**
     * Returns every root cause, by id.
     *
     * @return the entries
     */
    public List<Entry> entries() {
        return List.copyOf(entries.values());
    }

    /**
     * Returns one root cause.
     *
     * @param rootCauseId its id
     * @return the entry, or empty if no complaint links to it
     */
    public Optional<Entry> entry(String rootCauseId) {
        return Optional.ofNullable(entries.get(rootCauseId));
    }

    /**
     * Returns the actions not done by their due day, as of the register's day.
     *
     * @return the overdue actions, by root cause
     */
    public List<PlannedAction> overdue() {
        List<PlannedAction> out = new ArrayList<>();
        entries.values().forEach(e -> e.actions().stream()
                .filter(a -> a.status(asOf, zone) == PlannedAction.Status.OVERDUE).forEach(out::add));
        return out;
    }

    /**
     * Returns the register as a table: one row per action, and one per root cause without actions; each row
     * shows the first five complaint ids (the entries hold them all).
     *
     * @return the table
     */
    public ReportTable table() {
        List<List<String>> rows = new ArrayList<>();
        for (Entry e : entries.values()) {
            List<String> ids = e.complaints().stream().map(ComplaintId::value).toList();
            String complaints = ids.size() <= SHOWN ? String.join(";", ids)
                    : String.join(";", ids.subList(0, SHOWN)) + ";... (" + (ids.size() - SHOWN) + " more)";
            if (e.actions().isEmpty()) {
                rows.add(List.of(e.rootCauseId(), e.title().reveal(), String.valueOf(e.complaints().size()), complaints,
                        "", "", "", "", "", ""));
            }
            for (PlannedAction a : e.actions()) {
                rows.add(List.of(e.rootCauseId(), e.title().reveal(), String.valueOf(e.complaints().size()), complaints,
                        a.action().id(), a.action().description().reveal(), a.action().owner().value(),
                        a.action().due().toString(), a.status(asOf, zone).name(),
                        a.completedAt() == null ? "" : LocalDate.ofInstant(a.completedAt(), zone).toString()));
            }
        }
        return ReportTable.of("Root-cause register as of " + asOf, List.of("root cause", "title", "complaints",
                "complaint ids", "action", "description", "owner", "due", "status", "done on"), rows);
    }

    @Override
    public String toString() {
        return "RootCauseRegister[asOf=" + asOf + ", rootCauses=" + entries.size() + ", overdueActions="
                + overdue().size() + "]";
    }
}
