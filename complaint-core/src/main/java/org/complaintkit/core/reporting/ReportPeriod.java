package org.complaintkit.core.reporting;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Objects;
import org.complaintkit.spi.storage.ComplaintQuery;

/**
 * The days a periodic report covers, in the zone its days are counted in. A complaint is in the period when it was
 * received in it.
 *
 * <p><b>{@code to} is exclusive</b>: it is the first day <em>after</em> the period, so
 * {@code new ReportPeriod(2026-03-01, 2026-04-01, zone)} is the whole of March, and
 * {@code new ReportPeriod(2026-03-01, 2026-03-31, zone)} leaves out 31 March. To name the days as a person would,
 * use {@link #month(YearMonth, ZoneId)} for a calendar month or {@link #days(LocalDate, LocalDate, ZoneId)} for an
 * inclusive range of days; {@link #lastDay()} gives the last day counted. Reports print the period with both ends
 * included: {@code 2026-03-01 to 2026-03-31 inclusive (Asia/Shanghai)}.
 *
 * <pre>{@code
 * ReportPeriod march = ReportPeriod.month(YearMonth.of(2026, 3), ZoneId.of("Asia/Shanghai"));
 * ReportPeriod same = ReportPeriod.days(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31), ZoneId.of("Asia/Shanghai"));
 * // march.equals(same); march.to() is 2026-04-01, march.lastDay() is 2026-03-31
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param from the first day, included
 * @param to the first day after the period, excluded
 * @param zone the zone days are counted in
 */
public record ReportPeriod(LocalDate from, LocalDate to, ZoneId zone) {

    /**
     * Checks the components.
     *
     * @param from the first day, included
     * @param to the first day after the period, excluded
     * @param zone the zone
     * @throws IllegalArgumentException if the period is empty ({@code to} not after {@code from})
     */
    public ReportPeriod {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(zone, "zone");
        if (!to.isAfter(from)) {
            throw new IllegalArgumentException("the period must end after it starts");
        }
    }

    /**
     * Returns one calendar month: its first day to its last, both included.
     *
     * @param month the month
     * @param zone the zone days are counted in
     * @return the period, whose {@link #to()} is the first day of the next month
     */
    public static ReportPeriod month(YearMonth month, ZoneId zone) {
        return new ReportPeriod(month.atDay(1), month.plusMonths(1).atDay(1), zone);
    }

    /**
     * Returns the days from {@code first} to {@code last}, <em>both included</em>: {@code days(2026-03-01,
     * 2026-03-31, zone)} is the whole of March.
     *
     * @param first the first day, included
     * @param last the last day, included
     * @param zone the zone days are counted in
     * @return the period, whose {@link #to()} is the day after {@code last}
     * @throws IllegalArgumentException if {@code last} is before {@code first}
     */
    public static ReportPeriod days(LocalDate first, LocalDate last, ZoneId zone) {
        Objects.requireNonNull(last, "last");
        if (first != null && last.isBefore(first)) {
            throw new IllegalArgumentException("the last day must not be before the first");
        }
        return new ReportPeriod(first, last.plusDays(1), zone);
    }

    /**
     * Returns the last day the period counts: the day before {@link #to()}.
     *
     * @return the last day, included
     */
    public LocalDate lastDay() {
        return to.minusDays(1);
    }

    /**
     * Returns the first instant of the period.
     *
     * @return the start of {@code from} in the zone
     */
    public Instant start() {
        return from.atStartOfDay(zone).toInstant();
    }

    /**
     * Returns the first instant after the period.
     *
     * @return the start of {@code to} in the zone
     */
    public Instant end() {
        return to.atStartOfDay(zone).toInstant();
    }

    /**
     * Returns the store query for the complaints received in the period.
     *
     * @return the query, in batches of 500
     */
    public ComplaintQuery received() {
        return ComplaintQuery.all(500).withReceivedBetween(start(), end());
    }

    /**
     * Returns the period with both ends included and its zone, as reports' titles print it:
     * {@code 2026-03-01 to 2026-03-31 inclusive (Asia/Shanghai)} for March.
     *
     * @return the text
     */
    @Override
    public String toString() {
        return from + " to " + lastDay() + " inclusive (" + zone.getId() + ")";
    }
}
