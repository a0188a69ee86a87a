package org.complaintkit.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.complaintkit.api.command.RecordEmergencyPayment;
import org.complaintkit.api.command.RegisterComplaint;
import org.complaintkit.api.complaint.ComplaintId;
import org.complaintkit.api.complaint.CustomerSegment;
import org.complaintkit.api.complaint.Money;
import org.complaintkit.api.complaint.Sensitive;
import org.complaintkit.api.error.CommandRefusedException;
import org.complaintkit.api.error.ConfigurationException;
import org.complaintkit.api.error.ErrorCode;
import org.complaintkit.api.error.Violation;
import org.complaintkit.api.event.EmergencyPaymentMade;
import org.complaintkit.core.authority.CapPeriod;
import org.complaintkit.core.authority.EmergencyPaymentCap;
import org.complaintkit.core.authority.EmergencyPaymentCaps;
import org.complaintkit.core.store.InMemoryComplaintStore;
import org.complaintkit.testkit.Fixtures;
import org.complaintkit.testkit.MutableClock;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/**
 * Seed 002 第二篇 四(三)4: "普通客户支付金额上限不得超过5,000元，贵宾客户支付金额上限不得超过10,000元" — the cap holds for the
 * customer, not payment by payment: two payments of 4,000 to one ordinary customer do not both pass.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class EmergencyPaymentCapsTest {
    final MutableClock clock = MutableClock.at("2026-03-02T01:30:00Z");
    final InMemoryComplaintStore store = new InMemoryComplaintStore();

    ComplaintEngine engine(EmergencyPaymentCaps caps) {
        return ComplaintEngine.builder().clock(clock).discoverPlugins(false).store(store).emergencyPaymentCaps(caps).build();
    }

    ComplaintId lodge(ComplaintEngine engine, CustomerSegment segment) {
        RegisterComplaint r = Fixtures.registration(clock.instant());
        return engine.execute(new RegisterComplaint(r.actor(), r.idempotencyKey(),
                r.complainant().withSegment(segment), r.channel(), r.receivedAt(), r.receivingUnit(), r.subjects(),
                r.content(), r.request(), null)).complaintId();
    }

    static RecordEmergencyPayment pay(ComplaintId id, String amount) {
        return RecordEmergencyPayment.of(id, Fixtures.HANDLER, Fixtures.key(), Money.of(amount, "CNY"),
                Sensitive.of("医药费"));
    }

    Violation refused(ComplaintEngine engine, RecordEmergencyPayment payment) {
        CommandRefusedException e = assertThrows(CommandRefusedException.class, () -> engine.execute(payment));
        assertEquals(1, e.violations().size(), e::getMessage);
        return e.violations().get(0);
    }

    @Test
    void two_payments_of_4000_to_one_ordinary_customer_on_two_complaints_pass_the_seed_cap_and_the_second_is_refused() {
        ComplaintEngine engine = engine(EmergencyPaymentCaps.seed002());
        ComplaintId first = lodge(engine, CustomerSegment.ORDINARY);
        clock.advance(Duration.ofDays(1));
        ComplaintId second = lodge(engine, CustomerSegment.ORDINARY);
        engine.execute(pay(first, "4000"));

        Violation v = refused(engine, pay(second, "4000"));
        assertEquals(ErrorCode.PAYMENT_CAP_EXCEEDED, v.code());
        assertTrue(v.message().contains("per customer over the calendar year cap of 5000 CNY"), v.message());
        assertTrue(v.message().contains("already paid 4000 CNY"), v.message());
        assertFalse(v.message().contains(Fixtures.NAME) || v.message().contains(Fixtures.CUSTOMER_NUMBER)
                || v.message().contains(Fixtures.PHONE), "no personal data: " + v.message());
        assertTrue(store.load(second).stream().noneMatch(EmergencyPaymentMade.class::isInstance),
                "nothing recorded");

        engine.execute(pay(second, "1000"));
    }

    @Test
    void a_per_complaint_cap_refuses_the_payment_that_takes_the_complaint_past_it() {
        ComplaintEngine engine = engine(EmergencyPaymentCaps.of(
                EmergencyPaymentCap.perComplaint(CustomerSegment.ORDINARY, Money.of("5000", "CNY"))));
        ComplaintId first = lodge(engine, CustomerSegment.ORDINARY);
        ComplaintId second = lodge(engine, CustomerSegment.ORDINARY);
        engine.execute(pay(first, "3000"));

        Violation v = refused(engine, pay(first, "2500"));
        assertEquals(ErrorCode.PAYMENT_CAP_EXCEEDED, v.code());
        assertTrue(v.message().contains("per complaint cap of 5000 CNY") && v.message().contains("already paid 3000"),
                v.message());
        engine.execute(pay(second, "4000"));
    }

    @Test
    void a_vip_customer_has_the_higher_cap() {
        ComplaintEngine engine = engine(EmergencyPaymentCaps.seed002());
        ComplaintId first = lodge(engine, CustomerSegment.VIP);
        ComplaintId second = lodge(engine, CustomerSegment.VIP);
        engine.execute(pay(first, "4000"));
        engine.execute(pay(second, "4000"));

        Violation v = refused(engine, pay(second, "2500"));
        assertTrue(v.message().contains("cap of 10000 CNY for vip customers") && v.message().contains("already paid 8000"),
                v.message());
        engine.execute(pay(second, "2000"));
    }

    @Test
    void a_single_payment_above_the_seed_amount_names_the_per_payment_cap_and_the_per_customer_one() {
        ComplaintEngine engine = engine(EmergencyPaymentCaps.seed002());
        ComplaintId id = lodge(engine, CustomerSegment.ORDINARY);
        CommandRefusedException e = assertThrows(CommandRefusedException.class, () -> engine.execute(pay(id, "6000")));
        assertEquals(List.of("per payment", "per customer"), e.violations().stream()
                .map(v -> v.message().contains("per payment cap") ? "per payment" : "per customer").toList());
    }

    @Test
    void payments_of_an_earlier_calendar_year_do_not_count_against_this_years_cap() {
        ComplaintEngine engine = engine(EmergencyPaymentCaps.seed002());
        ComplaintId id = lodge(engine, CustomerSegment.ORDINARY);
        engine.execute(pay(id, "5000"));
        clock.advance(Duration.ofDays(310));
        engine.execute(pay(id, "5000"));
    }

    @Test
    void a_rolling_period_counts_only_the_last_days() {
        ComplaintEngine engine = engine(EmergencyPaymentCaps.of(EmergencyPaymentCap.perCustomer(
                CustomerSegment.ORDINARY, Money.of("5000", "CNY"), CapPeriod.rollingDays(30))));
        ComplaintId id = lodge(engine, CustomerSegment.ORDINARY);
        engine.execute(pay(id, "5000"));
        clock.advance(Duration.ofDays(29));
        assertEquals(ErrorCode.PAYMENT_CAP_EXCEEDED, refused(engine, pay(id, "1")).code());
        clock.advance(Duration.ofDays(2));
        engine.execute(pay(id, "5000"));
    }

    @Test
    void with_caps_a_segment_no_cap_names_is_refused_rather_than_let_through() {
        ComplaintEngine engine = engine(EmergencyPaymentCaps.seed002());
        ComplaintId id = lodge(engine, CustomerSegment.of("private-banking"));
        assertEquals(ErrorCode.PAYMENT_CAP_MISSING, refused(engine, pay(id, "100")).code());
    }

    @Test
    void without_caps_payments_add_up_unchecked_as_before() {
        ComplaintEngine engine = engine(EmergencyPaymentCaps.none());
        ComplaintId id = lodge(engine, CustomerSegment.ORDINARY);
        engine.execute(pay(id, "4000"));
        engine.execute(pay(id, "4000"));
        assertEquals(2, store.load(id).stream().filter(EmergencyPaymentMade.class::isInstance).count());
    }

    @Test
    void a_cap_given_twice_is_refused_as_configuration() {
        Money limit = Money.of("5000", "CNY");
        ConfigurationException e = assertThrows(ConfigurationException.class, () -> EmergencyPaymentCaps.of(
                EmergencyPaymentCap.perComplaint(CustomerSegment.VIP, limit),
                EmergencyPaymentCap.perComplaint(CustomerSegment.VIP, limit)));
        assertEquals(ErrorCode.INVALID_PAYMENT_CAPS, e.violations().get(0).code());
        assertEquals(ErrorCode.INVALID_PAYMENT_CAPS, assertThrows(ConfigurationException.class,
                () -> CapPeriod.rollingDays(0)).violations().get(0).code());
    }
}
