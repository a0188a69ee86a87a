package org.complaintkit.core.reporting;

import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;
import org.complaintkit.api.organisation.UnitId;
import org.complaintkit.core.calendar.BusinessCalendar;
import org.complaintkit.spi.storage.ComplaintQuery;
import org.complaintkit.spi.storage.ComplaintStore;
import java.util.Locale;

/**
 * How long closed complaints took, in working time on the calendar of the unit that handled each (the
 * receiving unit if it was never assigned): count, mean, median and 90th percentile per group.
 *
 * <p>Times are kept to the working minute in a count per distinct minute, so the median and percentile are
 * exact to the minute and memory grows with the number of distinct minutes, not of complaints. The percentile
 * is the nearest-rank one: the smallest time at or under which at least p % of the complaints were closed.
 *
 * <p>Immutable and thread-safe.
 *
 * @param dimensions what the groups are by
 * @param groups the summary of each group, by group key (one value per dimension)
 */
public record HandlingTimes(List<Dimension> dimensions, Map<List<String>, Summary> groups) {

    /**
     * The handling times of one group.
     *
     * @param count how many closed complaints
     * @param mean the mean working time, to the minute
     * @param median the median (50th percentile, nearest rank)
     * @param p90 the 90th percentile (nearest rank)
     */
    public record Summary(long count, Duration mean, Duration median, Duration p90) {
        /**
         * Checks the components.
         *
         * @param count how many closed complaints, at least one
         * @param mean the mean working time
         * @param median the median
         * @param p90 the 90th percentile
         */
        public Summary {
            if (count < 1) {
                throw new IllegalArgumentException("a summary needs at least one complaint");
            }
            Objects.requireNonNull(mean, "mean");
            Objects.requireNonNull(median, "median");
            Objects.requireNonNull(p90, "p90");
        }
    }

    /**
     * Copies the components.
     *
     * @param dimensions what the groups are by
     * @param groups the summary of each group
     */
    public HandlingTimes {
        dimensions = List.copyOf(dimensions);
        TreeMap<List<String>, Summary> copy = new TreeMap<>(GroupKeys::compare);
        copy.putAll(groups);
        groups = Collections.unmodifiableMap(copy);
    }

    /**
     * Measures the closed complaints a filter matches.
     *
     * @param store the store
     * @param filter which complaints
     * @param calendars the calendar of each unit
     * @param zone the zone days and months are counted in, for those dimensions
     * @param dimensions what to group by; none for one group
     * @return the handling times
     */
    public static HandlingTimes compute(ComplaintStore store, ComplaintQuery filter,
                                        Function<UnitId, BusinessCalendar> calendars, ZoneId zone,
                                        Dimension... dimensions) {
        Objects.requireNonNull(calendars, "calendars");
        Map<List<String>, TreeMap<Long, Long>> minutes = new TreeMap<>(GroupKeys::compare);
        FactsSource.scan(store, filter, facts -> {
            if (facts.closedAt() == null) {
                return;
            }
            UnitId unit = facts.handlingUnit() != null ? facts.handlingUnit() : facts.receivingUnit();
            long taken = calendars.apply(unit).workingTimeBetween(facts.receivedAt(), facts.closedAt()).toMinutes();
            minutes.computeIfAbsent(GroupKeys.of(facts, zone, List.of(dimensions)), k -> new TreeMap<>())
                    .merge(taken, 1L, Long::sum);
        });
        Map<List<String>, Summary> groups = new TreeMap<>(GroupKeys::compare);
        minutes.forEach((key, counts) -> groups.put(key, summarise(counts)));
        return new HandlingTimes(List.of(dimensions), groups);
    }

    /** The summary of working minutes, given as a count per distinct minute. */
    static Summary summarise(TreeMap<Long, Long> counts) {
        long n = 0;
        long sum = 0;
        for (Map.Entry<Long, Long> entry : counts.entrySet()) {
            n += entry.getValue();
            sum += entry.getKey() * entry.getValue();
        }
        return new Summary(n, Duration.ofMinutes(Math.round((double) sum / n)), Duration.ofMinutes(rank(counts, n, 50)),
                Duration.ofMinutes(rank(counts, n, 90)));
    }

    private static long rank(TreeMap<Long, Long> counts, long n, int percent) {
        long wanted = Math.max(1, (n * percent + 99) / 100);
        long seen = 0;
        for (Map.Entry<Long, Long> entry : counts.entrySet()) {
            seen += entry.getValue();
            if (seen >= wanted) {
                return entry.getKey();
            }
        }
        return counts.lastKey();
    }

    /**
     * Returns the handling times as a table: one row per group, times in working hours with one decimal.
     *
     * @return the table
     */
    public ReportTable table() {
        List<String> columns = new ArrayList<>();
        dimensions.forEach(d -> columns.add(d.name().toLowerCase(Locale.ROOT)));
        columns.addAll(List.of("closed", "mean h", "median h", "p90 h"));
        List<List<String>> rows = new ArrayList<>();
        groups.forEach((key, s) -> {
            List<String> row = new ArrayList<>(key);
            row.add(Long.toString(s.count()));
            row.add(hours(s.mean()));
            row.add(hours(s.median()));
            row.add(hours(s.p90()));
            rows.add(row);
        });
        return ReportTable.of("Handling time in working hours (closed complaints)", columns, rows);
    }

    private static String hours(Duration d) {
        return String.format(Locale.ROOT, "%.1f", d.toMinutes() / 60.0);
    }
}
