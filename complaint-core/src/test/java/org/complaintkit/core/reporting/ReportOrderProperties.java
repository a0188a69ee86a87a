package org.complaintkit.core.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.complaintkit.api.command.CommandType;
import org.complaintkit.api.command.RegisterComplaint;
import org.complaintkit.api.complaint.Channel;
import org.complaintkit.api.complaint.ComplaintId;
import org.complaintkit.api.complaint.HandlingUnit;
import org.complaintkit.api.error.ComplaintKitException;
import org.complaintkit.api.event.ComplaintEvent;
import org.complaintkit.api.organisation.UnitId;
import org.complaintkit.core.access.StandardAccessPolicy;
import org.complaintkit.core.calendar.BusinessCalendar;
import org.complaintkit.core.calendar.CalendarFile;
import org.complaintkit.core.classification.RuleClassifier;
import org.complaintkit.core.classification.Taxonomies;
import org.complaintkit.core.engine.ComplaintEngine;
import org.complaintkit.core.sla.SlaSetup;
import org.complaintkit.core.sla.preset.ChinaCbirc;
import org.complaintkit.core.store.InMemoryComplaintStore;
import org.complaintkit.testkit.Commands;
import org.complaintkit.testkit.ComplaintScenario;
import org.complaintkit.testkit.Fixtures;
import org.complaintkit.testkit.ForwardingStore;
import org.complaintkit.testkit.MutableClock;
import org.complaintkit.spi.storage.ComplaintQuery;

/**
 * The unit report, the JR/T 0169 return and the performance feed on random histories over the fixed bank's
 * organisation: their totals add up, and they do not depend on the order the store hands complaints over.
 */
class ReportOrderProperties {
    static final List<UnitId> UNITS = List.of(FixedHistory.OUTLET, FixedHistory.OUTLET_2, FixedHistory.FT,
            FixedHistory.SZ, FixedHistory.GD);
    static final String[] TEXTS = {Fixtures.CONTENT, FixedHistory.APP_TEXT, "信用卡年费多扣，要求退还。",
            "理财产品亏损，销售时未告知风险。"};

    /** A store whose report stream hands complaints over in a shuffled order. */
    static final class ShuffledScan extends ForwardingStore {
        private final long seed;

        ShuffledScan(InMemoryComplaintStore delegate, long seed) {
            super(delegate);
            this.seed = seed;
        }

        @Override
        public void scan(ComplaintQuery filter, Consumer<List<ComplaintEvent>> visitor) {
            List<List<ComplaintEvent>> all = new ArrayList<>();
            super.scan(filter, all::add);
            Collections.shuffle(all, new Random(seed));
            all.forEach(visitor);
        }
    }

    @Provide
    Arbitrary<List<Long>> seeds() {
        return Arbitraries.longs().list().ofMinSize(1).ofMaxSize(14);
    }

    @Property(tries = 40)
    void unit_report_jrt_return_and_feed_add_up_and_ignore_the_order_of_storing(@ForAll("seeds") List<Long> seeds) {
        MutableClock clock = new MutableClock(java.time.Instant.parse(ComplaintScenario.START), FixedHistory.SHANGHAI);
        InMemoryComplaintStore store = new InMemoryComplaintStore();
        BusinessCalendar calendar = BusinessCalendar.of(CalendarFile.mainlandChina());
        SlaSetup sla = SlaSetup.builder().policies(ChinaCbirc.policy()).defaultCalendar(calendar).build();
        ComplaintEngine engine = ComplaintEngine.builder().clock(clock).store(store).discoverPlugins(false)
                .organisation(FixedHistory.DIRECTORY).classifier(RuleClassifier.standard()).sla(sla).build();
        List<CommandType> types = new ArrayList<>(EnumSet.complementOf(EnumSet.of(CommandType.REGISTER,
                CommandType.MERGE, CommandType.ASSIGN)));
        for (long seed : seeds) {
            Random random = new Random(seed);
            RegisterComplaint r = Fixtures.registration(clock.instant());
            ComplaintId id = engine.execute(new RegisterComplaint(r.actor(), r.idempotencyKey(), r.complainant(),
                    Channel.values()[random.nextInt(Channel.values().length)], r.receivedAt(),
                    UNITS.get(random.nextInt(2)), r.subjects(), org.complaintkit.api.complaint.Sensitive.of(
                            TEXTS[random.nextInt(TEXTS.length)]), r.request(), null)).complaintId();
            for (int step = 0; step < random.nextInt(14); step++) {
                clock.advance(Duration.ofHours(1 + random.nextInt(60)));
                CommandType type = types.get(random.nextInt(types.size()));
                try {
                    if (random.nextInt(5) == 0) {
                        engine.execute(new org.complaintkit.api.command.AssignComplaint(id, Fixtures.HANDLER,
                                Fixtures.key(), HandlingUnit.of(UNITS.get(random.nextInt(UNITS.size()))), List.of(),
                                Fixtures.HANDLER_ID));
                    } else {
                        engine.execute(Commands.of(type, id, ComplaintScenario.defaultActor(type)));
                    }
                } catch (ComplaintKitException refused) {
                    // refused commands store nothing
                }
            }
            if (random.nextBoolean()) {
                engine.tick();
            }
        }
        ReportPeriod spring = new ReportPeriod(java.time.LocalDate.of(2026, 1, 1), java.time.LocalDate.of(2027, 1, 1),
                FixedHistory.SHANGHAI);
        Map<UnitId, Long> customers = Map.of(FixedHistory.OUTLET, 1000L, FixedHistory.SZ, 5000L);
        ShuffledScan shuffled = new ShuffledScan(store, seeds.get(0));

        UnitReport report = UnitReport.compute(store, FixedHistory.DIRECTORY, sla, spring, customers);
        assertEquals(report.rows(), UnitReport.compute(shuffled, FixedHistory.DIRECTORY, sla, spring, customers).rows());
        assertEquals(seeds.size(), report.total().complaints());
        assertEquals(report.total(), report.row(FixedHistory.HO).orElseThrow().rolledUp(), "head office is everything");
        for (UnitReport.Row row : report.rows()) {
            long children = report.rows().stream().filter(other -> FixedHistory.DIRECTORY.unit(other.unit())
                    .map(u -> row.unit().equals(u.parent())).orElse(false))
                    .mapToLong(other -> other.rolledUp().complaints()).sum();
            assertEquals(row.rolledUp().complaints(), row.own().complaints() + children, row.unit().value());
        }
        assertEquals(report.total().complaints(), report.rows().stream().mapToLong(r -> r.own().complaints()).sum(),
                "each complaint belongs to one unit");

        JrtReturn jrt = JrtReturn.compute(store, Taxonomies.bundled(), spring);
        assertEquals(jrt.lines(), JrtReturn.compute(shuffled, Taxonomies.bundled(), spring).lines());
        for (String scheme : List.of(JrtReturn.CHANNEL, JrtReturn.BUSINESS, JrtReturn.CAUSE)) {
            long topLevel = jrt.totalsBy(scheme).entrySet().stream()
                    .filter(e -> Taxonomies.bundled().scheme(scheme).orElseThrow().find(e.getKey()).orElseThrow()
                            .parent() == null).mapToLong(Map.Entry::getValue).sum();
            assertEquals(jrt.total(), topLevel, "the top-level codes of " + scheme + " add up to the total");
        }

        PerformanceFeed feed = PerformanceFeed.compute(store, ComplaintQuery.all(3), FixedHistory.MANAGER,
                StandardAccessPolicy.standard(), sla);
        PerformanceFeed again = PerformanceFeed.compute(shuffled, ComplaintQuery.all(3), FixedHistory.MANAGER,
                StandardAccessPolicy.standard(), sla);
        assertEquals(feed.staff(), again.staff());
        assertEquals(feed.units(), again.units());
        assertEquals(seeds.size(), feed.counted() + feed.withheld());
        assertEquals(feed.counted(), feed.units().stream().mapToLong(u -> u.handled().complaints()).sum()
                + unassigned(store), "the manager sees every complaint; each is handled by one unit or by none yet");
    }

    private static long unassigned(InMemoryComplaintStore store) {
        long[] n = new long[1];
        store.scan(ComplaintQuery.all(50), history -> n[0] += ComplaintFacts.of(history).handlingUnit() == null ? 1 : 0);
        return n[0];
    }

    @Property(tries = 20)
    void the_register_of_root_causes_ignores_the_order_of_storing(@ForAll("seeds") List<Long> seeds) {
        FixedHistory bank = new FixedHistory();
        List<ComplaintId> ids = List.of(bank.a, bank.b, bank.d, bank.e, bank.f);
        for (long seed : seeds) {
            Random random = new Random(seed);
            bank.clock.advance(Duration.ofHours(1));
            bank.engine.execute(new org.complaintkit.api.command.LinkRootCause(ids.get(random.nextInt(ids.size())),
                        FixedHistory.MANAGER, Fixtures.key(), "RC-" + random.nextInt(3),
                        org.complaintkit.api.complaint.Sensitive.of("cause"), List.of(
                                new org.complaintkit.api.complaint.RemediationAction("act-" + random.nextInt(4),
                                        org.complaintkit.api.complaint.Sensitive.of("fix"), Fixtures.APPROVER_ID,
                                        java.time.LocalDate.of(2026, 5, 1 + random.nextInt(28))))));
        }
        java.time.LocalDate day = java.time.LocalDate.of(2026, 5, 15);
        var register = org.complaintkit.core.learning.RootCauseRegister.compute(bank.store, ComplaintQuery.all(2), day,
                FixedHistory.SHANGHAI);
        var shuffled = org.complaintkit.core.learning.RootCauseRegister.compute(new ShuffledScan(bank.store,
                seeds.get(0)), ComplaintQuery.all(2), day, FixedHistory.SHANGHAI);
        assertEquals(register.entries(), shuffled.entries());
        assertEquals(register.table(), shuffled.table());
        assertEquals(register.entries().stream().mapToLong(e -> e.actions().size()).sum(), register.table().rows().size(),
                "one row per action; every linked root cause here has one");
    }
}
