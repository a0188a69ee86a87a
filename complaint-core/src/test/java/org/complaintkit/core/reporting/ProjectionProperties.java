package org.complaintkit.core.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Consumer;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.complaintkit.api.classification.ComplaintFlag;
import org.complaintkit.api.command.AssignComplaint;
import org.complaintkit.api.command.CommandType;
import org.complaintkit.api.command.RegisterComplaint;
import org.complaintkit.api.complaint.Channel;
import org.complaintkit.api.complaint.ComplaintId;
import org.complaintkit.api.complaint.ComplaintStatus;
import org.complaintkit.api.complaint.ForwardingSource;
import org.complaintkit.api.complaint.HandlingUnit;
import org.complaintkit.api.complaint.Liability;
import org.complaintkit.api.complaint.Money;
import org.complaintkit.api.complaint.Outcome;
import org.complaintkit.api.complaint.Satisfaction;
import org.complaintkit.api.complaint.Sensitive;
import org.complaintkit.api.error.ComplaintKitException;
import org.complaintkit.api.organisation.DepartmentId;
import org.complaintkit.api.organisation.StaffId;
import org.complaintkit.api.organisation.UnitId;
import org.complaintkit.core.calendar.BusinessCalendar;
import org.complaintkit.core.calendar.CalendarFile;
import org.complaintkit.core.classification.RuleClassifier;
import org.complaintkit.core.classification.Taxonomies;
import org.complaintkit.core.engine.ComplaintEngine;
import org.complaintkit.core.sla.SlaSetup;
import org.complaintkit.core.sla.preset.ChinaCbirc;
import org.complaintkit.core.store.InMemoryComplaintStore;
import org.complaintkit.spi.storage.AppendRequest;
import org.complaintkit.spi.storage.ComplaintQuery;
import org.complaintkit.spi.storage.ComplaintStore;
import org.complaintkit.testkit.Commands;
import org.complaintkit.testkit.ComplaintScenario;
import org.complaintkit.testkit.Fixtures;
import org.complaintkit.testkit.ForwardingStore;
import org.complaintkit.testkit.MutableClock;

/**
 * Report projections on random histories: after every append the projection the store keeps reads as exactly the
 * facts its history folds to; the codec reads back what it writes; and every report that counts facts gives the
 * same figures from projections as from folding.
 */
class ProjectionProperties {

    /** A store that checks, after each append, that the projection it kept is the fold of the history. */
    static final class CheckingStore extends ForwardingStore {
        int appends;

        CheckingStore(ComplaintStore delegate) {
            super(delegate);
        }

        @Override
        public void append(AppendRequest request) {
            super.append(request);
            appends++;
            assertNotNull(request.projection(), "the engine writes a projection with every append to such a store");
            ComplaintFacts folded = ComplaintFacts.of(delegate().load(request.complaintId()));
            assertEquals(folded, FactsCodec.decode(request.complaintId(), request.projection()));
            assertEquals(request.projection(), delegate().projection(request.complaintId()).orElseThrow().projection());
        }

        @Override
        public void scanProjections(ComplaintQuery filter, int revision,
                                    Consumer<org.complaintkit.spi.storage.ScannedComplaint> visitor) {
            delegate().scanProjections(filter, revision, visitor);
        }
    }

    /** Random complaints run through random commands, as {@link ReportOrderProperties} makes them. */
    static final class RandomBank {
        final MutableClock clock = new MutableClock(Instant.parse(ComplaintScenario.START), FixedHistory.SHANGHAI);
        final BusinessCalendar calendar = BusinessCalendar.of(CalendarFile.mainlandChina());
        final SlaSetup sla = SlaSetup.builder().policies(ChinaCbirc.policy()).defaultCalendar(calendar).build();
        final ComplaintEngine engine;

        RandomBank(ComplaintStore store, List<Long> seeds) {
            engine = ComplaintEngine.builder().clock(clock).store(store).discoverPlugins(false)
                    .organisation(FixedHistory.DIRECTORY).classifier(RuleClassifier.standard()).sla(sla).build();
            List<CommandType> types = new ArrayList<>(EnumSet.complementOf(EnumSet.of(CommandType.REGISTER,
                    CommandType.MERGE, CommandType.ASSIGN)));
            for (long seed : seeds) {
                Random random = new Random(seed);
                RegisterComplaint r = Fixtures.registration(clock.instant());
                ComplaintId id = engine.execute(new RegisterComplaint(r.actor(), r.idempotencyKey(), r.complainant(),
                        Channel.values()[random.nextInt(Channel.values().length)], r.receivedAt(),
                        ReportOrderProperties.UNITS.get(random.nextInt(2)), r.subjects(), Sensitive.of(
                                ReportOrderProperties.TEXTS[random.nextInt(ReportOrderProperties.TEXTS.length)]),
                        r.request(), null)).complaintId();
                int steps = random.nextInt(16);
                for (int step = 0; step < steps; step++) {
                    clock.advance(Duration.ofHours(1 + random.nextInt(60)));
                    CommandType type = types.get(random.nextInt(types.size()));
                    try {
                        if (random.nextInt(5) == 0) {
                            engine.execute(new AssignComplaint(id, Fixtures.HANDLER, Fixtures.key(),
                                    HandlingUnit.of(ReportOrderProperties.UNITS.get(random.nextInt(
                                            ReportOrderProperties.UNITS.size()))), List.of(), Fixtures.HANDLER_ID));
                        } else {
                            engine.execute(Commands.of(type, id, ComplaintScenario.defaultActor(type)));
                        }
                    } catch (ComplaintKitException refused) {
                        // refused commands store nothing
                    }
                }
                if (random.nextBoolean()) {
                    clock.advance(Duration.ofDays(random.nextInt(40)));
                    engine.tick();
                }
            }
        }
    }

    @Provide
    Arbitrary<List<Long>> seeds() {
        return Arbitraries.longs().list().ofMinSize(1).ofMaxSize(10);
    }

    @Property(tries = 40)
    void afterEveryAppendTheStoredProjectionReadsAsTheFoldOfTheHistory(@ForAll("seeds") List<Long> seeds) {
        InMemoryComplaintStore memory = new InMemoryComplaintStore();
        CheckingStore store = new CheckingStore(memory);
        new RandomBank(store, seeds);
        assertEquals(true, store.appends >= seeds.size(), "every registration was appended and checked");
        FactsScan scan = FactsSource.scan(memory, ComplaintQuery.all(7), facts -> { });
        assertEquals(new FactsScan(seeds.size(), 0), scan, "every complaint is read from its projection");
    }

    @Property(tries = 25)
    void everyReportGivesTheSameFiguresFromProjectionsAsFromFolding(@ForAll("seeds") List<Long> seeds) {
        InMemoryComplaintStore projected = new InMemoryComplaintStore();
        RandomBank bank = new RandomBank(projected, seeds);
        ComplaintStore folding = new ForwardingStore(projected);
        assertEquals(new FactsScan(0, seeds.size()), FactsSource.scan(folding, ComplaintQuery.all(5), f -> { }),
                "a forwarding store hands histories");

        ReportPeriod year = new ReportPeriod(LocalDate.of(2026, 1, 1), LocalDate.of(2027, 1, 1), FixedHistory.SHANGHAI);
        Map<UnitId, Long> customers = Map.of(FixedHistory.OUTLET, 1000L);
        assertEquals(UnitReport.compute(folding, FixedHistory.DIRECTORY, bank.sla, year, customers).rows(),
                UnitReport.compute(projected, FixedHistory.DIRECTORY, bank.sla, year, customers).rows());
        assertEquals(JrtReturn.compute(folding, Taxonomies.bundled(), year).lines(),
                JrtReturn.compute(projected, Taxonomies.bundled(), year).lines());
        assertEquals(Tally.scan(folding, ComplaintQuery.all(4), FixedHistory.SHANGHAI, StandardDimension.values())
                .rows(), Tally.scan(projected, ComplaintQuery.all(4), FixedHistory.SHANGHAI,
                StandardDimension.values()).rows());
        Instant from = Instant.parse("2026-01-01T00:00:00Z");
        Instant to = Instant.parse("2027-01-01T00:00:00Z");
        assertEquals(FcaReturn.compute(folding, bank.calendar, from, to),
                FcaReturn.compute(projected, bank.calendar, from, to));
        assertEquals(HandlingTimes.compute(folding, ComplaintQuery.all(9), unit -> bank.calendar,
                FixedHistory.SHANGHAI, StandardDimension.values()), HandlingTimes.compute(projected,
                ComplaintQuery.all(9), unit -> bank.calendar, FixedHistory.SHANGHAI, StandardDimension.values()));
        LocalDate asOf = LocalDate.of(2026, 12, 31);
        assertEquals(AsicReport.compute(folding, ComplaintQuery.all(3), FixedHistory.SHANGHAI, asOf),
                AsicReport.compute(projected, ComplaintQuery.all(3), FixedHistory.SHANGHAI, asOf));
        LocalDate day = LocalDate.ofInstant(Instant.parse(ComplaintScenario.START), FixedHistory.SHANGHAI);
        assertEquals(DailyIncidentReport.compute(folding, day, FixedHistory.SHANGHAI, JrtReturn.CAUSE),
                DailyIncidentReport.compute(projected, day, FixedHistory.SHANGHAI, JrtReturn.CAUSE));
    }

    @Property(tries = 300)
    void theCodecReadsBackTheFactsItWrites(@ForAll("facts") ComplaintFacts facts) {
        assertEquals(facts, FactsCodec.decode(facts.id(), FactsCodec.encode(facts)));
    }

    /** Texts with every character the layout uses, and some it does not. */
    static Arbitrary<String> texts() {
        return Arbitraries.strings().withChars("ab|,=%~:?-7中 ").ofMinLength(1).ofMaxLength(8);
    }

    /** Identifiers as {@code UnitId} and {@code StaffId} accept them. */
    static Arbitrary<String> ids() {
        return Arbitraries.strings().withChars("ab7.:_-").ofMaxLength(6).map(s -> "u" + s);
    }

    static <T> Arbitrary<T> orNull(Arbitrary<T> values) {
        return values.injectNull(0.3);
    }

    @Provide
    Arbitrary<ComplaintFacts> facts() {
        Arbitrary<Instant> instants = Arbitraries.longs().between(0, 4_000_000_000L)
                .flatMap(s -> Arbitraries.of(0, 1, 999_999_999, 500_000_000).map(n -> Instant.ofEpochSecond(s, n)));
        Arbitrary<Money> money = Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("99999999"))
                .ofScale(2).flatMap(a -> Arbitraries.of("CNY", "GBP", "AUD").map(c -> Money.of(a.toPlainString(), c)));
        Arbitrary<Map<String, ClockResult>> clocks = Arbitraries.maps(texts(), Arbitraries.of(ClockResult.class))
                .ofMaxSize(4);
        Arbitrary<Set<StaffId>> staff = ids().map(StaffId::of).set().ofMaxSize(3);
        Arbitrary<Set<UnitId>> units = ids().map(UnitId::of).set().ofMaxSize(3);
        Arbitrary<Set<ComplaintFlag>> flags = Arbitraries.of(ComplaintFlag.class).set();
        var first = Combinators.combine(Arbitraries.of(Channel.class), ids().map(UnitId::of),
                orNull(ids().map(UnitId::of)), Arbitraries.of(ComplaintStatus.class), instants, orNull(instants),
                texts().set().ofMaxSize(4), Arbitraries.integers().between(0, 5))
                .as(Part1::new);
        var second = Combinators.combine(Arbitraries.integers().between(0, 5), orNull(Arbitraries.of(Outcome.class)),
                orNull(Arbitraries.of(Liability.class)), orNull(Arbitraries.of(Satisfaction.class)), orNull(money),
                clocks, orNull(ids().map(DepartmentId::of)), orNull(ids().map(StaffId::of)))
                .as(Part2::new);
        var third = Combinators.combine(staff, orNull(Arbitraries.of(ForwardingSource.class)), flags,
                texts().set().ofMaxSize(3), Arbitraries.of(true, false), units).as(Part3::new);
        return Combinators.combine(first, second, third).as((a, b, c) -> new ComplaintFacts(
                ComplaintId.of("CMP-20260101-000001"), a.channel, a.receiving, a.handling, a.status, a.received,
                a.closed, a.classes, a.reinvestigations, b.escalations, b.outcome, b.liability, b.satisfaction,
                b.redress, b.clocks, b.department, b.handler, c.staff, c.forwardedBy, c.flags, c.rootCauses,
                c.typical, c.units));
    }

    record Part1(Channel channel, UnitId receiving, UnitId handling, ComplaintStatus status, Instant received,
                 Instant closed, Set<String> classes, int reinvestigations) {
    }

    record Part2(int escalations, Outcome outcome, Liability liability, Satisfaction satisfaction, Money redress,
                 Map<String, ClockResult> clocks, DepartmentId department, StaffId handler) {
    }

    record Part3(Set<StaffId> staff, ForwardingSource forwardedBy, Set<ComplaintFlag> flags, Set<String> rootCauses,
                 boolean typical, Set<UnitId> units) {
    }
}
