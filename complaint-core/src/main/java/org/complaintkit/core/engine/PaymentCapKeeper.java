package org.complaintkit.core.engine;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import org.complaintkit.api.command.RecordEmergencyPayment;
import org.complaintkit.api.complaint.ComplaintId;
import org.complaintkit.api.complaint.CustomerSegment;
import org.complaintkit.api.complaint.Money;
import org.complaintkit.api.error.CommandRefusedException;
import org.complaintkit.api.error.ErrorCode;
import org.complaintkit.api.error.Violation;
import org.complaintkit.api.event.ComplaintEvent;
import org.complaintkit.api.event.EmergencyPaymentMade;
import org.complaintkit.core.authority.CapScope;
import org.complaintkit.core.authority.EmergencyPaymentCap;
import org.complaintkit.core.authority.EmergencyPaymentCaps;
import org.complaintkit.spi.storage.ComplaintQuery;
import org.complaintkit.spi.storage.ComplaintStore;

/**
 * Checks an emergency payment against the engine's {@link EmergencyPaymentCaps}, counting the payments already
 * recorded ({@link EmergencyPaymentMade}) on the complaint and, for a per-customer cap, on every complaint of the
 * same customer the store finds ({@link ComplaintQuery#withCustomer}).
 *
 * <p>Not a lock: two payments to one customer on two complaints decided at the same time (on two nodes, or two
 * threads) each count only what was recorded before, so both may pass a per-customer cap together. A per-complaint
 * cap holds, as the complaint's own history is written under optimistic concurrency (the later write fails with
 * {@code CMP-3001} and is decided again by the caller's retry).
 */
final class PaymentCapKeeper {
    /** The page size the customer's complaints are read in. */
    private static final int PAGE = 200;

    private final EmergencyPaymentCaps caps;
    private final ComplaintStore store;
    private final ZoneId zone;

    PaymentCapKeeper(EmergencyPaymentCaps caps, ComplaintStore store, ZoneId zone) {
        this.caps = Objects.requireNonNull(caps, "caps");
        this.store = store;
        this.zone = zone;
    }

    /**
     * Refuses the payment if it would pass a cap, naming each cap it would pass with the amount already paid in
     * its scope; or if caps are configured but none covers the customer's segment in the payment's currency.
     */
    void check(Decision d) {
        if (caps.isEmpty()) {
            return;
        }
        RecordEmergencyPayment payment = (RecordEmergencyPayment) d.command();
        Money amount = payment.amount();
        Currency currency = amount.currency();
        CustomerSegment segment = d.before().registration().complainant().segment();
        List<EmergencyPaymentCap> applicable = caps.capsFor(segment, currency);
        if (applicable.isEmpty()) {
            throw CommandRefusedException.of(ErrorCode.PAYMENT_CAP_MISSING, "amount",
                    "the engine caps emergency payments, but no cap covers " + segment + " customers in " + currency);
        }
        List<Violation> passed = new ArrayList<>();
        for (EmergencyPaymentCap cap : applicable) {
            BigDecimal already = switch (cap.scope()) {
                case PER_PAYMENT -> BigDecimal.ZERO;
                case PER_COMPLAINT -> paid(d.events(), currency, Instant.MIN);
                case PER_CUSTOMER -> paidToCustomer(d, currency, cap.period().start(d.now(), zone));
            };
            if (already.add(amount.amount()).compareTo(cap.limit().amount()) > 0) {
                passed.add(new Violation(ErrorCode.PAYMENT_CAP_EXCEEDED, "amount", "the payment of " + amount
                        + " would pass the " + cap.describe()
                        + (cap.scope() == CapScope.PER_PAYMENT ? ""
                                : "; already paid " + Money.of(already, currency))));
            }
        }
        if (!passed.isEmpty()) {
            throw new CommandRefusedException(passed);
        }
    }

    /** The payments to the complaint's customer since {@code from}: this complaint's and every other one's. */
    private BigDecimal paidToCustomer(Decision d, Currency currency, Instant from) {
        ComplaintId self = d.before().id();
        BigDecimal[] total = {paid(d.events(), currency, from)};
        store.scan(ComplaintQuery.all(PAGE).withCustomer(d.before().registration().complainant().customer()),
                events -> {
                    if (!events.isEmpty() && !events.get(0).complaintId().equals(self)) {
                        total[0] = total[0].add(paid(events, currency, from));
                    }
                });
        return total[0];
    }

    /** The sum of the payments in a currency recorded in a history at or after an instant. */
    private static BigDecimal paid(List<ComplaintEvent> events, Currency currency, Instant from) {
        BigDecimal sum = BigDecimal.ZERO;
        for (ComplaintEvent event : events) {
            if (event instanceof EmergencyPaymentMade made && made.amount().currency().equals(currency)
                    && !made.header().occurredAt().isBefore(from)) {
                sum = sum.add(made.amount().amount());
            }
        }
        return sum;
    }
}
