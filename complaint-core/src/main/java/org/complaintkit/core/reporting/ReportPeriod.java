package org.complaintkit.core.reporting;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Objects;
import org.complaintkit.spi.storage.ComplaintQuery;

/**
 * The days a periodic report covers, in the zone its days are counted in: from {@code from} to the day before
 * {@code to}. A complaint is in the period when it was received in it.
 *
 * <p>Immutable and thread-safe.
 *
 * @param from the first day
 * @param to the first day after the period
 * @param zone the zone days are counted in
 */
public record ReportPeriod(LocalDate from, LocalDate to, ZoneId zone) {

    /**
     * Checks the components.
     *
     * @param from the first day
     * @param to the first day after the period
     * @param zone the zone
     * @throws IllegalArgumentException if the period is empty
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
     * Returns one calendar month.
     *
     * @param month the month
     * @param zone the zone days are counted in
     * @return the period
     */
    public static ReportPeriod month(YearMonth month, ZoneId zone) {
        return new ReportPeriod(month.atDay(1), month.plusMonths(1).atDay(1), zone);
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
     * Returns the period as {@code 2026-03-01 to 2026-03-31}.
     *
     * @return the text
     */
    @Override
    public String toString() {
        return from + " to " + to.minusDays(1);
    }
}
