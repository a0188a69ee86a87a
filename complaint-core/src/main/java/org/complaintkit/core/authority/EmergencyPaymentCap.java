package org.complaintkit.core.authority;

import java.util.Objects;
import org.complaintkit.api.complaint.CustomerSegment;
import org.complaintkit.api.complaint.Money;
import org.complaintkit.api.error.ConfigurationException;
import org.complaintkit.api.error.ErrorCode;

/**
 * One cap on emergency payments (seed 002 第二篇 四(三)4): at most {@code limit} per payment, per complaint, or per
 * customer over a period, for the customers of one segment, counted in the limit's currency.
 *
 * <p>Immutable and thread-safe. Write one with {@link #perPayment}, {@link #perComplaint} or {@link #perCustomer}.
 *
 * @param scope what the cap counts
 * @param segment the customer segment it applies to
 * @param limit the most that may be paid in its scope, in the currency the cap counts
 * @param period the period a per-customer cap counts over; null for the other scopes
 */
public record EmergencyPaymentCap(CapScope scope, CustomerSegment segment, Money limit, CapPeriod period) {

    /**
     * Checks that a per-customer cap has a period and the others none.
     *
     * @param scope what the cap counts
     * @param segment the customer segment it applies to
     * @param limit the most that may be paid in its scope
     * @param period the period of a per-customer cap, else null
     */
    public EmergencyPaymentCap {
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(segment, "segment");
        Objects.requireNonNull(limit, "limit");
        if ((scope == CapScope.PER_CUSTOMER) != (period != null)) {
            throw ConfigurationException.of(ErrorCode.INVALID_PAYMENT_CAPS, "period",
                    "a per-customer cap needs a period and the other caps take none");
        }
    }

    /**
     * A cap on each payment.
     *
     * @param segment the customer segment
     * @param limit the most one payment may be
     * @return the cap
     */
    public static EmergencyPaymentCap perPayment(CustomerSegment segment, Money limit) {
        return new EmergencyPaymentCap(CapScope.PER_PAYMENT, segment, limit, null);
    }

    /**
     * A cap on all payments on one complaint.
     *
     * @param segment the customer segment
     * @param limit the most all payments on one complaint may add up to
     * @return the cap
     */
    public static EmergencyPaymentCap perComplaint(CustomerSegment segment, Money limit) {
        return new EmergencyPaymentCap(CapScope.PER_COMPLAINT, segment, limit, null);
    }

    /**
     * A cap on all payments to one customer within a period, across their complaints.
     *
     * @param segment the customer segment
     * @param limit the most all payments to one customer within the period may add up to
     * @param period the period, such as {@link CapPeriod#calendarYear()}
     * @return the cap
     */
    public static EmergencyPaymentCap perCustomer(CustomerSegment segment, Money limit, CapPeriod period) {
        return new EmergencyPaymentCap(CapScope.PER_CUSTOMER, segment, limit, Objects.requireNonNull(period, "period"));
    }

    /**
     * Names the cap as a refusal does, such as {@code "per customer over the calendar year cap of 5000 CNY"}.
     *
     * @return the description, without personal data
     */
    public String describe() {
        return scope.label() + (period == null ? "" : " over " + period.label()) + " cap of " + limit
                + " for " + segment + " customers";
    }
}
