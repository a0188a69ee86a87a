package org.complaintkit.core.reporting;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import org.complaintkit.spi.storage.ComplaintQuery;
import org.complaintkit.spi.storage.ComplaintStore;

/**
 * The daily report a bank sends during an incident (a system migration, an outage): the complaints
 * received on one day, counted by class in one classification scheme and by channel, with how many of them
 * are still open (DOMAIN.md §8; seed 002, 第二篇 六.7).
 *
 * <p>Immutable and thread-safe.
 *
 * @param day the day reported, in the report's zone
 * @param zone the zone the day is counted in
 * @param scheme the classification scheme the rows are by, such as {@code seed.matter}
 * @param counts per class code (or {@value #UNCLASSIFIED}), per channel, the complaints received that day
 * @param open how many of the day's complaints are still open
 */
public record DailyIncidentReport(LocalDate day, ZoneId zone, String scheme, Map<String, Map<String, Long>> counts,
                                  long open) {
    /** The row of complaints that have no class in the scheme. */
    public static final String UNCLASSIFIED = "unclassified";

    /**
     * Checks and copies the components.
     *
     * @param day the day reported
     * @param zone the zone the day is counted in
     * @param scheme the classification scheme
     * @param counts per class, per channel, the complaints received
     * @param open how many are still open
     */
    public DailyIncidentReport {
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(scheme, "scheme");
        Map<String, Map<String, Long>> copy = new TreeMap<>();
        counts.forEach((k, v) -> copy.put(k, Collections.unmodifiableMap(new TreeMap<>(v))));
        counts = Collections.unmodifiableMap(copy);
    }

    /**
     * Computes the report from the store's report stream, reading only the complaints received that day.
     *
     * @param store the store
     * @param day the day
     * @param zone the zone the day is counted in
     * @param scheme the classification scheme the rows are by
     * @return the report
     */
    public static DailyIncidentReport compute(ComplaintStore store, LocalDate day, ZoneId zone, String scheme) {
        Instant start = day.atStartOfDay(zone).toInstant();
        Instant end = day.plusDays(1).atStartOfDay(zone).toInstant();
        Map<String, Map<String, Long>> counts = new TreeMap<>();
        long[] open = new long[1];
        String prefix = scheme + ":";
        FactsSource.scan(store, ComplaintQuery.all(500).withReceivedBetween(start, end), facts -> {
            String matter = facts.classes().stream().filter(c -> c.startsWith(prefix)).map(c -> c.substring(prefix.length()))
                    .map(c -> c.equals("?") ? Dimension.NEEDS_PERSON : c).sorted().findFirst().orElse(UNCLASSIFIED);
            counts.computeIfAbsent(matter, k -> new TreeMap<>()).merge(facts.channel().name(), 1L, Long::sum);
            if (facts.status().isOpen()) {
                open[0]++;
            }
        });
        return new DailyIncidentReport(day, zone, scheme, counts, open[0]);
    }

    /**
     * Returns how many complaints were received that day.
     *
     * @return the total
     */
    public long total() {
        return counts.values().stream().flatMap(m -> m.values().stream()).mapToLong(Long::longValue).sum();
    }

    /**
     * Returns the report as a table: one row per class, one column per channel seen, a total column, and a
     * total row.
     *
     * @return the table
     */
    public ReportTable table() {
        TreeSet<String> channels = new TreeSet<>();
        counts.values().forEach(m -> channels.addAll(m.keySet()));
        List<String> columns = new ArrayList<>();
        columns.add(scheme);
        columns.addAll(channels);
        columns.add("total");
        List<List<String>> rows = new ArrayList<>();
        Map<String, Long> byChannel = new TreeMap<>();
        counts.forEach((matter, perChannel) -> {
            List<String> row = new ArrayList<>();
            row.add(matter);
            for (String channel : channels) {
                long n = perChannel.getOrDefault(channel, 0L);
                row.add(Long.toString(n));
                byChannel.merge(channel, n, Long::sum);
            }
            row.add(Long.toString(perChannel.values().stream().mapToLong(Long::longValue).sum()));
            rows.add(row);
        });
        List<String> totals = new ArrayList<>();
        totals.add("total");
        channels.forEach(channel -> totals.add(Long.toString(byChannel.getOrDefault(channel, 0L))));
        totals.add(Long.toString(total()));
        rows.add(totals);
        return ReportTable.of("Complaints received on " + day + " (" + zone + "), " + open + " still open", columns, rows);
    }
}
