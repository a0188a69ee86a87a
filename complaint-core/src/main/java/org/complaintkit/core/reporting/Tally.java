package org.complaintkit.core.reporting;

import java.time.ZoneId;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.complaintkit.spi.storage.ComplaintQuery;
import org.complaintkit.spi.storage.ComplaintStore;

/**
 * Counts of complaints by a combination of dimensions, with each clock's met, breached and open counts in the
 * same groups. Built by streaming the store's report stream: one complaint's history is in memory at a time,
 * and the tally holds one row per group, however many complaints there are.
 *
 * <pre>{@code
 * Tally byUnitAndStatus = Tally.scan(store, ComplaintQuery.all(500), zone,
 *         Dimension.RECEIVING_UNIT, Dimension.STATUS);
 * long open = byUnitAndStatus.count(List.of("GD-SZ-FT-001", "INVESTIGATING"));
 * }</pre>
 *
 * <p>Immutable and thread-safe once built.
 */
public final class Tally {
    /** The counts of one group. */
    public record Row(long complaints, Map<String, Map<ClockResult, Long>> clocks) {
        /**
         * Copies the components.
         *
         * @param complaints how many complaints the group holds
         * @param clocks per clock id, how many of the group's clocks stand at each result
         */
        public Row {
            Map<String, Map<ClockResult, Long>> copy = new TreeMap<>();
            clocks.forEach((id, results) -> copy.put(id, Map.copyOf(results)));
            clocks = Collections.unmodifiableMap(copy);
        }

        /**
         * Returns the share of a clock's finished or overdue instances that breached: breached and open-overdue
         * over met, breached and open-overdue. Open clocks within their deadline and cancelled ones do not count.
         *
         * @param clockId the clock
         * @return the breach rate from 0 to 1, or 0 if the clock has no such instance in the group
         */
        public double breachRate(String clockId) {
            Map<ClockResult, Long> results = clocks.getOrDefault(clockId, Map.of());
            long breached = results.getOrDefault(ClockResult.BREACHED, 0L)
                    + results.getOrDefault(ClockResult.OPEN_OVERDUE, 0L);
            long judged = breached + results.getOrDefault(ClockResult.MET, 0L);
            return judged == 0 ? 0 : (double) breached / judged;
        }
    }

    private final List<Dimension> dimensions;
    private final Map<List<String>, Row> rows;
    private final long total;

    private Tally(List<Dimension> dimensions, Map<List<String>, Row> rows, long total) {
        this.dimensions = dimensions;
        this.rows = rows;
        this.total = total;
    }

    /**
     * Tallies the complaints a filter matches, reading each complaint's facts once through {@link FactsSource}:
     * its report projection, or its history folded where the store holds no current projection.
     *
     * @param store the store
     * @param filter which complaints; its limit is the scan's batch size
     * @param zone the zone that days and months are counted in
     * @param dimensions what to group by, in order; none for one total row
     * @return the tally
     */
    public static Tally scan(ComplaintStore store, ComplaintQuery filter, ZoneId zone, Dimension... dimensions) {
        Builder builder = new Builder(zone, dimensions);
        FactsSource.scan(store, filter, builder::add);
        return builder.build();
    }

    /**
     * Tallies complaints' facts already read.
     *
     * @param facts the complaints' facts, in any order
     * @param zone the zone that days and months are counted in
     * @param dimensions what to group by, in order
     * @return the tally
     */
    public static Tally of(Iterable<ComplaintFacts> facts, ZoneId zone, Dimension... dimensions) {
        Builder builder = new Builder(zone, dimensions);
        facts.forEach(builder::add);
        return builder.build();
    }

    /**
     * Returns the dimensions, in grouping order.
     *
     * @return the dimensions
     */
    public List<Dimension> dimensions() {
        return dimensions;
    }

    /**
     * Returns every group with its counts, ordered by the groups' values.
     *
     * @return the rows by group key (one value per dimension)
     */
    public Map<List<String>, Row> rows() {
        return rows;
    }

    /**
     * Returns how many complaints a group holds.
     *
     * @param key one value per dimension
     * @return the count, 0 for a group with no complaint
     */
    public long count(List<String> key) {
        Row row = rows.get(key);
        return row == null ? 0 : row.complaints();
    }

    /**
     * Returns how many complaints were tallied.
     *
     * @return the total
     */
    public long total() {
        return total;
    }

    /**
     * Returns the counts summed over every dimension except one: the totals by that dimension alone.
     *
     * @param dimension one of this tally's dimensions
     * @return the count per value
     * @throws IllegalArgumentException if the tally is not grouped by the dimension
     */
    public Map<String, Long> totalsBy(Dimension dimension) {
        int at = dimensions.indexOf(Objects.requireNonNull(dimension, "dimension"));
        if (at < 0) {
            throw new IllegalArgumentException("the tally is not grouped by " + dimension);
        }
        Map<String, Long> out = new TreeMap<>();
        rows.forEach((key, row) -> out.merge(key.get(at), row.complaints(), Long::sum));
        return Collections.unmodifiableMap(out);
    }

    private static final class Builder {
        private final ZoneId zone;
        private final List<Dimension> dimensions;
        private final Map<List<String>, long[]> counts = new TreeMap<>(GroupKeys::compare);
        private final Map<List<String>, Map<String, Map<ClockResult, Long>>> clocks = new TreeMap<>(GroupKeys::compare);
        private long total;

        Builder(ZoneId zone, Dimension... dimensions) {
            this.zone = Objects.requireNonNull(zone, "zone");
            this.dimensions = List.of(dimensions);
        }

        void add(ComplaintFacts facts) {
            List<String> group = GroupKeys.of(facts, zone, dimensions);
            counts.computeIfAbsent(group, k -> new long[1])[0]++;
            Map<String, Map<ClockResult, Long>> byClock = clocks.computeIfAbsent(group, k -> new TreeMap<>());
            facts.clocks().forEach((id, result) -> byClock.computeIfAbsent(id, k -> new TreeMap<>())
                    .merge(result, 1L, Long::sum));
            total++;
        }

        Tally build() {
            Map<List<String>, Row> rows = new TreeMap<>(GroupKeys::compare);
            counts.forEach((key, count) -> rows.put(key, new Row(count[0], clocks.get(key))));
            return new Tally(dimensions, Collections.unmodifiableMap(rows), total);
        }
    }
}
