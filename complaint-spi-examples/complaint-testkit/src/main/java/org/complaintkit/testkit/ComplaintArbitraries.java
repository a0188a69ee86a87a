package org.complaintkit.testkit;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.complaintkit.api.command.CommandType;
import org.complaintkit.api.command.HandlingCommand;
import org.complaintkit.api.command.IdempotencyKey;
import org.complaintkit.api.command.RegisterComplaint;
import org.complaintkit.api.complaint.Channel;
import org.complaintkit.api.complaint.Complainant;
import org.complaintkit.api.complaint.ComplaintId;
import org.complaintkit.api.complaint.ComplaintSubject;
import org.complaintkit.api.complaint.ContactMethod;
import org.complaintkit.api.complaint.ContactPoint;
import org.complaintkit.api.complaint.CustomerRef;
import org.complaintkit.api.complaint.CustomerSegment;
import org.complaintkit.api.complaint.Money;
import org.complaintkit.api.complaint.Satisfaction;
import org.complaintkit.api.complaint.Sensitive;
import org.complaintkit.api.organisation.Actor;
import java.util.UUID;

/**
 * jqwik arbitraries for complaints and commands, for host testers who write their own property checks on
 * transitions. Pair them with {@code org.complaintkit.testkit.ComplaintScenario} (given a history, when a
 * command, then events or a refusal), which comes with this kit:
 *
 * <pre>{@code
 * @Provide
 * Arbitrary<Function<ComplaintId, HandlingCommand>> commands() {
 *     return ComplaintArbitraries.commands();
 * }
 *
 * @Property
 * void no_command_reopens_a_closed_complaint(@ForAll("commands") Function<ComplaintId, HandlingCommand> command) {
 *     ComplaintScenario scenario = ComplaintScenario.given(ComplaintScenario.historyAfter(ACCEPT, ..., CLOSE));
 *     scenario.when(command);
 *     assertEquals(CLOSED, scenario.engine().hostReads().find(scenario.id()).orElseThrow().status());
 * }
 * }</pre>
 *
 * <p>Every value is well formed: the engine may refuse a command by its rules, never for bad input. The texts
 * include Chinese, emoji, right-to-left scripts, quotes and SQL and template metacharacters.
 */
public final class ComplaintArbitraries {
    /** The earliest receipt time the registrations use: 2026-01-05, a Monday, in Beijing time. */
    public static final Instant FROM = Instant.parse("2026-01-05T01:00:00Z");

    private ComplaintArbitraries() {
    }

    /**
     * Texts a customer might write, and some a hostile one might: short and long, mixed scripts, emoji, RTL,
     * quotes, SQL and template metacharacters, tabs and line breaks.
     *
     * @return the arbitrary
     */
    public static Arbitrary<String> texts() {
        Arbitrary<String> fixed = Arbitraries.of("柜员态度恶劣，拒绝办理取现。", "信用卡被盗刷 ¥5,000，要求退款", "投诉😀👍🏽",
                "שלום مرحبا \u202Ertl", "'; DROP TABLE ck_event; --", "%_ ${jndi:x} {{name}} <script>",
                "line one\nline two\r\n\ttabbed", "\"quoted\" and \\ back");
        Arbitrary<String> random = Arbitraries.strings().withCharRange('\u4e00', '\u4fff').withCharRange('a', 'z')
                .withChars(' ', '\'', '"', ';', '%', '\n').ofMinLength(1).ofMaxLength(300)
                .filter(s -> !s.isBlank());
        return Arbitraries.oneOf(fixed, random);
    }

    /**
     * Registrations of new complaints: any channel, ordinary or VIP customers from a small pool (so that repeats
     * occur), outlets from a small pool, received during the first quarter of 2026.
     *
     * @return the arbitrary
     */
    public static Arbitrary<RegisterComplaint> registrations() {
        Arbitrary<Channel> channels = Arbitraries.of(Channel.class);
        Arbitrary<Integer> customers = Arbitraries.integers().between(1, 50);
        Arbitrary<Boolean> vip = Arbitraries.of(true, false);
        Arbitrary<Instant> received = Arbitraries.longs().between(0, Duration.ofDays(85).toMinutes())
                .map(minutes -> FROM.plus(Duration.ofMinutes(minutes)));
        Arbitrary<String> products = Arbitraries.of("CASH-WITHDRAWAL", "CREDIT-CARD", "MOBILE-BANKING", "WEALTH",
                "MORTGAGE");
        return Combinators.combine(channels, customers, vip, received, products, texts(), texts())
                .as((channel, customer, isVip, at, product, content, request) -> new RegisterComplaint(Fixtures.TELLER,
                        IdempotencyKey.of("reg-" + UUID.randomUUID()),
                        new Complainant(CustomerRef.of("CIF" + (10_000_000 + customer)), Sensitive.of("客户" + customer),
                                isVip ? CustomerSegment.VIP : CustomerSegment.ORDINARY, Set.of(),
                                ContactPoint.of(ContactMethod.PHONE, "1380000" + String.format("%04d", customer))),
                        channel, at, Fixtures.OUTLET, List.of(ComplaintSubject.product(product)), Sensitive.of(content),
                        Sensitive.of(request), null));
    }

    /**
     * Every handling command type (all but registration).
     *
     * @return the arbitrary
     */
    public static Arbitrary<CommandType> commandTypes() {
        return Arbitraries.of(EnumSet.complementOf(EnumSet.of(CommandType.REGISTER)));
    }

    /**
     * The staff who act in the fixtures: the teller who registers, the handler, the approver, and the member of
     * staff complained about.
     *
     * @return the arbitrary
     */
    public static Arbitrary<Actor> actors() {
        return Arbitraries.of(Fixtures.TELLER, Fixtures.HANDLER, Fixtures.APPROVER, Fixtures.ACCUSED);
    }

    /**
     * Handling commands, each waiting for the complaint it addresses (the form {@code ComplaintScenario.when}
     * takes, since a complaint's id is known only once it is registered): any type, any fixture actor, and varied
     * payloads (compensation or none, satisfied or not, a named handler or none, contact by SMS, post or phone).
     * Each application of a function builds a command with a new idempotency key.
     *
     * @return the arbitrary
     */
    public static Arbitrary<Function<ComplaintId, HandlingCommand>> commands() {
        Arbitrary<Money> compensation = Arbitraries.of("0.01", "200", "5000", "120000").map(a -> Money.of(a, "CNY"))
                .injectNull(0.6);
        Arbitrary<Commands.Payload> payloads = Combinators.combine(compensation, Arbitraries.of(Satisfaction.class),
                Arbitraries.of(true, false), Arbitraries.of(ContactMethod.SMS, ContactMethod.POST, ContactMethod.PHONE))
                .as((money, satisfaction, named, via) -> new Commands.Payload(money, satisfaction,
                        named ? Fixtures.HANDLER_ID : null, null, "complex", via));
        return Combinators.combine(commandTypes(), actors(), payloads)
                .as((type, actor, payload) -> id -> Commands.of(type, id, actor, Fixtures.key(), payload));
    }
}
