package org.complaintkit.core.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.complaintkit.api.command.CommandType;
import org.complaintkit.api.command.RegisterComplaint;
import org.complaintkit.api.complaint.Channel;
import org.complaintkit.api.complaint.ComplaintId;
import org.complaintkit.api.complaint.ComplaintStatus;
import org.complaintkit.api.complaint.Liability;
import org.complaintkit.api.complaint.Outcome;
import org.complaintkit.api.error.ComplaintKitException;
import org.complaintkit.core.engine.ComplaintEngine;
import org.complaintkit.core.store.InMemoryComplaintStore;
import org.complaintkit.testkit.Commands;
import org.complaintkit.testkit.ComplaintScenario;
import org.complaintkit.testkit.Fixtures;
import org.complaintkit.testkit.MutableClock;
import org.complaintkit.spi.storage.ComplaintQuery;
import net.jqwik.api.Example;

class TallyTest {
    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    /** A fresh bank for one test or try: its own clock, store and engine. */
    static final class Bank {
        final MutableClock clock = new MutableClock(java.time.Instant.parse(ComplaintScenario.START), SHANGHAI);
        final InMemoryComplaintStore store = new InMemoryComplaintStore();
        final ComplaintEngine engine;

        Bank() {
            this(false);
        }

        /** A bank that classifies with the standard rules, or not at all. */
        Bank(boolean classify) {
            ComplaintEngine.Builder builder = ComplaintEngine.builder().clock(clock).store(store).discoverPlugins(false);
            engine = (classify ? builder.classifier(org.complaintkit.core.classification.RuleClassifier.standard())
                    : builder).build();
        }

    ComplaintId lodge(Channel channel) {
        RegisterComplaint r = Fixtures.registration(clock.instant());
        return engine.execute(new RegisterComplaint(r.actor(), r.idempotencyKey(), r.complainant(), channel,
                r.receivedAt(), r.receivingUnit(), r.subjects(), r.content(), r.request(), null)).complaintId();
    }

    void move(ComplaintId id, CommandType... path) {
        for (CommandType type : path) {
            clock.advance(Duration.ofHours(1));
            engine.execute(Commands.of(type, id, ComplaintScenario.defaultActor(type)));
        }
    }
    }

    static final CommandType[] TO_RESPONSE = {CommandType.ACCEPT, CommandType.ASSIGN, CommandType.START_INVESTIGATION,
        CommandType.PROPOSE_RESOLUTION, CommandType.APPROVE_RESOLUTION, CommandType.RESPOND};

    @Example
    void a_small_fixed_history_is_counted_as_worked_out_by_hand() {
        Bank bank = new Bank();
        ComplaintEngine engine = bank.engine;
        ComplaintId closed = bank.lodge(Channel.COUNTER);
        bank.move(closed, TO_RESPONSE);
        bank.move(closed, CommandType.RECORD_SATISFACTION, CommandType.CLOSE);
        java.time.Instant closedAt = bank.clock.instant();
        ComplaintId reopened = bank.lodge(Channel.PHONE);
        bank.move(reopened, TO_RESPONSE);
        engine.execute(Commands.of(CommandType.RECORD_SATISFACTION, reopened, Fixtures.HANDLER, Fixtures.key(),
                new Commands.Payload(null, org.complaintkit.api.complaint.Satisfaction.DISSATISFIED, null, null, "complex",
                        null)));
        bank.move(reopened, CommandType.REINVESTIGATE);
        ComplaintId withdrawn = bank.lodge(Channel.PHONE);
        bank.move(withdrawn, CommandType.ACCEPT, CommandType.WITHDRAW);
        bank.lodge(Channel.WEBSITE);

        Tally tally = Tally.scan(bank.store, ComplaintQuery.all(2), SHANGHAI, Dimension.CHANNEL, Dimension.STATUS);
        assertEquals(4, tally.total());
        assertEquals(Map.of(List.of("COUNTER", "CLOSED"), 1L, List.of("PHONE", "INVESTIGATING"), 1L,
                List.of("PHONE", "WITHDRAWN"), 1L, List.of("WEBSITE", "REGISTERED"), 1L),
                Map.copyOf(tally.rows().entrySet().stream().collect(java.util.stream.Collectors.toMap(
                        Map.Entry::getKey, e -> e.getValue().complaints()))));
        assertEquals(Map.of("COUNTER", 1L, "PHONE", 2L, "WEBSITE", 1L), tally.totalsBy(Dimension.CHANNEL));

        ComplaintFacts facts = ComplaintFacts.of(engine.hostReads().history(closed));
        assertEquals(Outcome.PARTLY_UPHELD, facts.outcome(), "the fixture proposes a partly upheld resolution");
        assertEquals(Liability.SHARED, facts.liability());
        assertEquals(closedAt, facts.closedAt());
        ComplaintFacts again = ComplaintFacts.of(engine.hostReads().history(reopened));
        assertEquals(1, again.reinvestigations());
        assertEquals(org.complaintkit.api.complaint.Satisfaction.DISSATISFIED, again.satisfaction());
        assertNull(again.closedAt());
        assertEquals("reopened", Dimension.REOPENED.of(again, SHANGHAI));
        assertEquals(Dimension.NONE, Dimension.LIABILITY.of(again, SHANGHAI));
        assertEquals("2026-03-02", Dimension.DAY_RECEIVED.of(again, SHANGHAI), "09:30 in Beijing");
        assertThrows(IllegalArgumentException.class, () -> tally.totalsBy(Dimension.OUTCOME));
    }

    @Provide
    Arbitrary<List<Long>> seeds() {
        return Arbitraries.longs().list().ofMinSize(1).ofMaxSize(25);
    }

    @Property(tries = 80)
    void totals_over_any_dimension_equal_the_total_and_the_order_of_storing_does_not_matter(
            @ForAll("seeds") List<Long> seeds, @ForAll("dimensions") List<Dimension> dimensions) {
        List<CommandType> types = new ArrayList<>(EnumSet.complementOf(EnumSet.of(CommandType.REGISTER,
                CommandType.MERGE)));
        Bank bank = new Bank();
        List<ComplaintFacts> facts = new ArrayList<>();
        for (long seed : seeds) {
            Random random = new Random(seed);
            ComplaintId id = bank.lodge(Channel.values()[random.nextInt(Channel.values().length)]);
            for (int step = 0; step < random.nextInt(12); step++) {
                bank.clock.advance(Duration.ofHours(1 + random.nextInt(30)));
                CommandType type = types.get(random.nextInt(types.size()));
                try {
                    bank.engine.execute(Commands.of(type, id, ComplaintScenario.defaultActor(type)));
                } catch (ComplaintKitException refused) {
                    // refused commands store nothing
                }
            }
            facts.add(ComplaintFacts.of(bank.engine.hostReads().history(id)));
        }
        Dimension[] by = dimensions.toArray(Dimension[]::new);
        Tally tally = Tally.scan(bank.store, ComplaintQuery.all(7), SHANGHAI, by);
        assertEquals(seeds.size(), tally.total());
        for (Dimension dimension : dimensions) {
            assertEquals(tally.total(), tally.totalsBy(dimension).values().stream().mapToLong(Long::longValue).sum(),
                    "over " + dimension);
        }
        assertEquals(tally.total(), tally.rows().values().stream().mapToLong(Tally.Row::complaints).sum(),
                "each complaint in one group");
        List<ComplaintFacts> shuffled = new ArrayList<>(facts);
        Collections.shuffle(shuffled, new Random(seeds.get(0)));
        assertEquals(tally.rows(), Tally.of(shuffled, SHANGHAI, by).rows(), "order does not matter");
        for (Map.Entry<List<String>, Tally.Row> row : tally.rows().entrySet()) {
            long clocks = row.getValue().clocks().values().stream().flatMap(m -> m.values().stream())
                    .mapToLong(Long::longValue).sum();
            long expected = facts.stream().filter(f -> key(f, by).equals(row.getKey()))
                    .mapToLong(f -> f.clocks().size()).sum();
            assertEquals(expected, clocks, "each clock counted once in its complaint's group");
        }
        if (!dimensions.isEmpty() && dimensions.get(0) == Dimension.STATUS) {
            long open = facts.stream().filter(f -> f.status().isOpen()).count();
            long counted = tally.totalsBy(Dimension.STATUS).entrySet().stream()
                    .filter(e -> ComplaintStatus.valueOf(e.getKey()).isOpen()).mapToLong(Map.Entry::getValue).sum();
            assertEquals(open, counted);
        }
    }

    private static List<String> key(ComplaintFacts facts, Dimension... by) {
        List<String> key = new ArrayList<>();
        for (Dimension d : by) {
            key.add(d.of(facts, SHANGHAI));
        }
        return key;
    }

    @Provide
    Arbitrary<List<Dimension>> dimensions() {
        return Arbitraries.of(Dimension.standard()).list().uniqueElements().ofMaxSize(3);
    }
}
