package org.complaintkit.core.engine;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.complaintkit.api.command.RecordEmergencyPayment;
import org.complaintkit.api.command.RegisterComplaint;
import org.complaintkit.api.complaint.ComplaintId;
import org.complaintkit.api.complaint.CustomerSegment;
import org.complaintkit.api.complaint.Money;
import org.complaintkit.api.complaint.Sensitive;
import org.complaintkit.api.error.CommandRefusedException;
import org.complaintkit.api.error.ErrorCode;
import org.complaintkit.api.event.EmergencyPaymentMade;
import org.complaintkit.core.authority.EmergencyPaymentCaps;
import org.complaintkit.core.store.InMemoryComplaintStore;
import org.complaintkit.testkit.Fixtures;
import org.complaintkit.testkit.MutableClock;

/**
 * Whatever payments are tried, on whichever of a customer's complaints: the seed's cap holds for the customer over
 * the year, and a payment is refused exactly when it would take the customer past it.
 */
class EmergencyPaymentCapProperties {

    @Property(tries = 60)
    void an_ordinary_customer_is_never_paid_more_than_5000_in_a_year_and_nothing_within_the_cap_is_refused(
            @ForAll @Size(min = 1, max = 12) List<@IntRange(min = 0, max = 2) Integer> complaints,
            @ForAll @Size(min = 12, max = 12) List<@IntRange(min = 1, max = 3000) Integer> amounts) {
        MutableClock clock = MutableClock.at("2026-03-02T01:30:00Z");
        InMemoryComplaintStore store = new InMemoryComplaintStore();
        ComplaintEngine engine = ComplaintEngine.builder().clock(clock).discoverPlugins(false).store(store)
                .emergencyPaymentCaps(EmergencyPaymentCaps.seed002()).build();
        ComplaintId[] ids = new ComplaintId[3];
        for (int i = 0; i < ids.length; i++) {
            RegisterComplaint r = Fixtures.registration(clock.instant());
            ids[i] = engine.execute(new RegisterComplaint(r.actor(), r.idempotencyKey(),
                    r.complainant().withSegment(CustomerSegment.ORDINARY), r.channel(), r.receivedAt(),
                    r.receivingUnit(), r.subjects(), r.content(), r.request(), null)).complaintId();
        }
        BigDecimal paid = BigDecimal.ZERO;
        BigDecimal cap = new BigDecimal("5000");
        for (int i = 0; i < complaints.size(); i++) {
            clock.advance(Duration.ofHours(1));
            BigDecimal amount = BigDecimal.valueOf(amounts.get(i));
            boolean fits = paid.add(amount).compareTo(cap) <= 0;
            try {
                engine.execute(RecordEmergencyPayment.of(ids[complaints.get(i)], Fixtures.HANDLER, Fixtures.key(),
                        Money.of(amount.toPlainString(), "CNY"),
                        Sensitive.of("医药费")));
                if (!fits) {
                    throw new AssertionError("paid " + amount + " on top of " + paid);
                }
                paid = paid.add(amount);
            } catch (CommandRefusedException refused) {
                if (fits || refused.code() != ErrorCode.PAYMENT_CAP_EXCEEDED) {
                    throw new AssertionError("refused " + amount + " on top of " + paid, refused);
                }
            }
        }
        BigDecimal recorded = BigDecimal.ZERO;
        for (ComplaintId id : ids) {
            for (var event : store.load(id)) {
                if (event instanceof EmergencyPaymentMade made) {
                    recorded = recorded.add(made.amount().amount());
                }
            }
        }
        if (recorded.compareTo(paid) != 0 || recorded.compareTo(cap) > 0) {
            throw new AssertionError("recorded " + recorded + ", expected " + paid);
        }
    }
}
