package org.complaintkit.core.authority;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import org.complaintkit.api.error.ConfigurationException;
import org.complaintkit.api.error.ErrorCode;

/**
 * The period a per-customer cap counts payments over: the calendar year in the engine clock's zone, or the last
 * N days before the payment. Every implementation is an immutable record.
 */
public sealed interface CapPeriod {

    /**
     * The first instant the period counts payments from, for a payment at {@code now}.
     *
     * @param now the instant of the payment being checked
     * @param zone the zone calendar years are read in (the engine clock's)
     * @return the first instant included
     */
    Instant start(Instant now, ZoneId zone);

    /**
     * Returns the words a refusal names the period with.
     *
     * @return the label, such as {@code "the calendar year"}
     */
    String label();

    /**
     * The calendar year the payment falls in, from 1 January 00:00 in the engine clock's zone.
     *
     * @return the period
     */
    static CapPeriod calendarYear() {
        return new CalendarYear();
    }

    /**
     * The last {@code days} days (of 24 hours) before the payment.
     *
     * @param days the number of days, 1 to 3660
     * @return the period
     * @throws ConfigurationException with {@code CMP-4015} if days is out of range
     */
    static CapPeriod rollingDays(int days) {
        return new RollingDays(days);
    }

    /** The calendar year in the engine clock's zone. */
    record CalendarYear() implements CapPeriod {
        @Override
        public Instant start(Instant now, ZoneId zone) {
            return LocalDate.ofInstant(now, zone).withDayOfYear(1).atStartOfDay(zone).toInstant();
        }

        @Override
        public String label() {
            return "the calendar year";
        }
    }

    /**
     * The last N days of 24 hours.
     *
     * @param days the number of days, 1 to 3660
     */
    record RollingDays(int days) implements CapPeriod {
        /**
         * Checks the number of days.
         *
         * @param days the number of days, 1 to 3660
         */
        public RollingDays {
            if (days < 1 || days > 3660) {
                throw ConfigurationException.of(ErrorCode.INVALID_PAYMENT_CAPS, "period.days",
                        "a rolling period is 1 to 3660 days, not " + days);
            }
        }

        @Override
        public Instant start(Instant now, ZoneId zone) {
            return now.minus(days, ChronoUnit.DAYS);
        }

        @Override
        public String label() {
            return "the last " + days + " days";
        }
    }
}
