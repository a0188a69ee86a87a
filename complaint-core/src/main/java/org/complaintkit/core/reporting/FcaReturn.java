package org.complaintkit.core.reporting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.complaintkit.api.complaint.ComplaintStatus;
import org.complaintkit.api.complaint.Outcome;
import org.complaintkit.core.calendar.BusinessCalendar;
import org.complaintkit.spi.storage.ComplaintQuery;
import org.complaintkit.spi.storage.ComplaintStore;
import java.time.Duration;
import java.util.Locale;

/**
 * An FCA-style complaints return for one period (DISP 1.10): complaints opened, complaints closed, how soon
 * they were closed (by the close of the third business day after the day of receipt, within eight weeks of
 * receipt, or later), and how many of those closed were upheld in whole or in part.
 *
 * <p>Business days come from the calendar given; a complaint counts as opened in the period it was received,
 * and as closed in the period its closure was recorded.
 *
 * <p>Immutable and thread-safe.
 *
 * @param from the first instant of the period
 * @param to the first instant after the period
 * @param opened complaints received in the period
 * @param closed complaints closed in the period
 * @param closedWithin3BusinessDays of those closed, how many by the close of the third business day after receipt
 * @param closedWithin8Weeks of those closed, how many later than that but within eight weeks of receipt
 * @param closedLater of those closed, how many after eight weeks
 * @param upheld of those closed, how many upheld in whole or in part
 */
public record FcaReturn(Instant from, Instant to, long opened, long closed, long closedWithin3BusinessDays,
                        long closedWithin8Weeks, long closedLater, long upheld) {

    /**
     * Checks the components.
     *
     * @param from the first instant of the period
     * @param to the first instant after the period
     * @param opened complaints received in the period
     * @param closed complaints closed in the period
     * @param closedWithin3BusinessDays closed by the end of the third business day after receipt
     * @param closedWithin8Weeks closed later than that, within eight weeks
     * @param closedLater closed after eight weeks
     * @param upheld closed and upheld in whole or in part
     */
    public FcaReturn {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (!to.isAfter(from)) {
            throw new IllegalArgumentException("the period must end after it starts");
        }
        if (closedWithin3BusinessDays + closedWithin8Weeks + closedLater != closed || upheld > closed) {
            throw new IllegalArgumentException("the closed complaints must add up");
        }
    }

    /**
     * Computes the return from the store's report stream.
     *
     * @param store the store
     * @param calendar the business calendar of the firm
     * @param from the first instant of the period
     * @param to the first instant after the period
     * @return the return
     */
    public static FcaReturn compute(ComplaintStore store, BusinessCalendar calendar, Instant from, Instant to) {
        long[] counts = new long[6];
        FactsSource.scan(store, ComplaintQuery.all(500).withReceivedBetween(null, to), facts -> {
            if (!facts.receivedAt().isBefore(from)) {
                counts[0]++;
            }
            Instant closedAt = facts.closedAt();
            if (facts.status() == ComplaintStatus.CLOSED && closedAt != null && !closedAt.isBefore(from)
                    && closedAt.isBefore(to)) {
                counts[1]++;
                LocalDate receiptDay = facts.receivedAt().atZone(calendar.zone()).toLocalDate();
                if (!closedAt.isAfter(calendar.endOfWorkingDayAfter(receiptDay, 3))) {
                    counts[2]++;
                } else if (!closedAt.isAfter(facts.receivedAt().plus(Duration.ofDays(56)))) {
                    counts[3]++;
                } else {
                    counts[4]++;
                }
                if (facts.outcome() == Outcome.UPHELD || facts.outcome() == Outcome.PARTLY_UPHELD) {
                    counts[5]++;
                }
            }
        });
        return new FcaReturn(from, to, counts[0], counts[1], counts[2], counts[3], counts[4], counts[5]);
    }

    /**
     * Returns the share of closed complaints that were upheld.
     *
     * @return from 0 to 1; 0 if none was closed
     */
    public double upheldRate() {
        return closed == 0 ? 0 : (double) upheld / closed;
    }

    /**
     * Returns the return as a table.
     *
     * @return the table, one row per figure
     */
    public ReportTable table() {
        return ReportTable.of("Complaints return " + from + " to " + to, List.of("figure", "value"), List.of(
                List.of("opened", Long.toString(opened)),
                List.of("closed", Long.toString(closed)),
                List.of("closed within 3 business days", Long.toString(closedWithin3BusinessDays)),
                List.of("closed after 3 business days, within 8 weeks", Long.toString(closedWithin8Weeks)),
                List.of("closed after 8 weeks", Long.toString(closedLater)),
                List.of("upheld (in whole or part)", Long.toString(upheld)),
                List.of("upheld rate", String.format(Locale.ROOT, "%.1f%%", upheldRate() * 100))));
    }
}
