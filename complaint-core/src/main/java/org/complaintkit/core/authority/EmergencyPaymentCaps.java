package org.complaintkit.core.authority;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.complaintkit.api.complaint.CustomerSegment;
import org.complaintkit.api.complaint.Money;
import org.complaintkit.api.error.ConfigurationException;
import org.complaintkit.api.error.ErrorCode;
import org.complaintkit.api.error.Violation;

/**
 * The caps on emergency payments an engine enforces beyond each staff member's authority: per payment, per
 * complaint and per customer over a period, by customer segment, each in a currency (seed 002 第二篇 四(三)4:
 * "普通客户支付金额上限不得超过5,000元，贵宾客户支付金额上限不得超过10,000元").
 *
 * <p>{@link #none()} checks nothing (the engine's behaviour without caps: only the authority limits of the
 * organisation directory apply, per payment). With caps, a payment for a customer segment and currency no cap
 * names is refused with {@code CMP-2171}, never let through unchecked.
 *
 * <p>Immutable and thread-safe.
 */
public final class EmergencyPaymentCaps {
    private static final EmergencyPaymentCaps NONE = new EmergencyPaymentCaps(List.of());

    private final List<EmergencyPaymentCap> caps;

    private EmergencyPaymentCaps(List<EmergencyPaymentCap> caps) {
        this.caps = List.copyOf(caps);
    }

    /**
     * No caps: emergency payments are checked only against the staff member's authority.
     *
     * @return the empty caps
     */
    public static EmergencyPaymentCaps none() {
        return NONE;
    }

    /**
     * Caps from a list.
     *
     * @param caps the caps; at most one per scope, segment and currency
     * @return the caps
     * @throws ConfigurationException with {@code CMP-4015} naming every cap given twice
     */
    public static EmergencyPaymentCaps of(EmergencyPaymentCap... caps) {
        List<EmergencyPaymentCap> list = Arrays.asList(caps);
        List<Violation> problems = new ArrayList<>();
        Set<List<Object>> seen = new HashSet<>();
        for (int i = 0; i < list.size(); i++) {
            EmergencyPaymentCap cap = Objects.requireNonNull(list.get(i), "cap");
            if (!seen.add(List.of(cap.scope(), cap.segment(), cap.limit().currency()))) {
                problems.add(new Violation(ErrorCode.INVALID_PAYMENT_CAPS, "caps[" + i + "]",
                        "a second " + cap.scope().label() + " cap for " + cap.segment() + " customers in "
                                + cap.limit().currency()));
            }
        }
        if (!problems.isEmpty()) {
            throw new ConfigurationException(problems);
        }
        return new EmergencyPaymentCaps(list);
    }

    /**
     * The seed's caps (seed 002 第二篇 四(三)4): 5,000 CNY for an ordinary and 10,000 CNY for a VIP customer, per
     * payment and per customer over the calendar year. The seed gives the amount but not what it counts; reading it
     * as a ceiling on the help one customer gets, the per-customer cap over the calendar year is the bank's own
     * choice of period, and the per-payment cap names the refusal of a single payment above the amount.
     *
     * @return the caps
     */
    public static EmergencyPaymentCaps seed002() {
        Money ordinary = Money.of("5000", "CNY");
        Money vip = Money.of("10000", "CNY");
        return of(EmergencyPaymentCap.perPayment(CustomerSegment.ORDINARY, ordinary),
                EmergencyPaymentCap.perCustomer(CustomerSegment.ORDINARY, ordinary, CapPeriod.calendarYear()),
                EmergencyPaymentCap.perPayment(CustomerSegment.VIP, vip),
                EmergencyPaymentCap.perCustomer(CustomerSegment.VIP, vip, CapPeriod.calendarYear()));
    }

    /**
     * Whether there are no caps.
     *
     * @return true for {@link #none()}
     */
    public boolean isEmpty() {
        return caps.isEmpty();
    }

    /**
     * Returns every cap, in the order given.
     *
     * @return the caps
     */
    public List<EmergencyPaymentCap> all() {
        return caps;
    }

    /**
     * Returns the caps for customers of a segment paid in a currency, in the order given.
     *
     * @param segment the customer's segment
     * @param currency the payment's currency
     * @return the caps, empty if none applies
     */
    public List<EmergencyPaymentCap> capsFor(CustomerSegment segment, Currency currency) {
        return caps.stream().filter(c -> c.segment().equals(segment) && c.limit().currency().equals(currency))
                .toList();
    }

    @Override
    public String toString() {
        return "EmergencyPaymentCaps" + caps.stream().map(EmergencyPaymentCap::describe).toList();
    }
}
