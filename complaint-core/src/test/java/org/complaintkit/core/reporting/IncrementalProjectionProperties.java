package org.complaintkit.core.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.complaintkit.api.command.AssignComplaint;
import org.complaintkit.api.command.CommandType;
import org.complaintkit.api.command.RegisterComplaint;
import org.complaintkit.api.complaint.Channel;
import org.complaintkit.api.complaint.ComplaintId;
import org.complaintkit.api.complaint.HandlingUnit;
import org.complaintkit.api.complaint.Sensitive;
import org.complaintkit.api.error.ComplaintKitException;
import org.complaintkit.api.event.ComplaintEvent;
import org.complaintkit.core.calendar.BusinessCalendar;
import org.complaintkit.core.calendar.CalendarFile;
import org.complaintkit.core.classification.RuleClassifier;
import org.complaintkit.core.complaint.ComplaintAggregate;
import org.complaintkit.core.complaint.QueueColumns;
import org.complaintkit.core.complaint.QueueFold;
import org.complaintkit.core.engine.ComplaintEngine;
import org.complaintkit.core.sla.SlaSetup;
import org.complaintkit.core.sla.preset.ChinaCbirc;
import org.complaintkit.core.store.InMemoryComplaintStore;
import org.complaintkit.spi.storage.AppendRequest;
import org.complaintkit.spi.storage.ComplaintStore;
import org.complaintkit.testkit.Commands;
import org.complaintkit.testkit.ComplaintScenario;
import org.complaintkit.testkit.Fixtures;
import org.complaintkit.testkit.ForwardingStore;
import org.complaintkit.testkit.MutableClock;

/**
 * The engine writes each projection and each index row's queue columns by folding a command's events onto the
 * {@link FactsFold} and {@link QueueFold} it kept for the complaint, not the whole history. These hold that the
 * projection and the queue columns still read as the folds of the whole history when commands interleave over
 * several complaints with a cache too small to keep them all (so folds are evicted and folded again from the
 * history) and a second engine appends to the same complaints (so a kept fold is at an older version than the
 * store and must not be used); and that folding any suffix onto a prefix's folds gives the whole history's facts
 * and queue columns.
 */
class IncrementalProjectionProperties {
    private static final List<CommandType> TYPES = new ArrayList<>(EnumSet.complementOf(EnumSet.of(
            CommandType.REGISTER, CommandType.MERGE, CommandType.ASSIGN)));

    /** Two engines on one store, with caches of {@code cacheSize} complaints. */
    private static final class Bank {
        final MutableClock clock = new MutableClock(Instant.parse(ComplaintScenario.START), FixedHistory.SHANGHAI);
        final BusinessCalendar calendar = BusinessCalendar.of(CalendarFile.mainlandChina());
        final SlaSetup sla = SlaSetup.builder().policies(ChinaCbirc.policy()).defaultCalendar(calendar).build();
        final ComplaintEngine first;
        final ComplaintEngine second;

        Bank(ComplaintStore store, int cacheSize) {
            first = engine(store, cacheSize);
            second = engine(store, cacheSize);
        }

        private ComplaintEngine engine(ComplaintStore store, int cacheSize) {
            return ComplaintEngine.builder().clock(clock).store(store).discoverPlugins(false).historyCache(cacheSize)
                    .organisation(FixedHistory.DIRECTORY).classifier(RuleClassifier.standard()).sla(sla).build();
        }

        ComplaintId register(ComplaintEngine engine, Random random) {
            RegisterComplaint r = Fixtures.registration(clock.instant());
            return engine.execute(new RegisterComplaint(r.actor(), r.idempotencyKey(), r.complainant(),
                    Channel.values()[random.nextInt(Channel.values().length)], r.receivedAt(),
                    ReportOrderProperties.UNITS.get(random.nextInt(2)), r.subjects(), Sensitive.of(
                            ReportOrderProperties.TEXTS[random.nextInt(ReportOrderProperties.TEXTS.length)]),
                    r.request(), null)).complaintId();
        }

        /** Runs random commands over the complaints, mostly on the first engine; refused ones store nothing. */
        void interleave(List<ComplaintId> ids, Random random, int steps) {
            for (int step = 0; step < steps; step++) {
                clock.advance(Duration.ofHours(1 + random.nextInt(30)));
                ComplaintEngine engine = random.nextInt(5) == 0 ? second : first;
                ComplaintId id = ids.get(random.nextInt(ids.size()));
                try {
                    if (random.nextInt(6) == 0) {
                        engine.execute(new AssignComplaint(id, Fixtures.HANDLER, Fixtures.key(), HandlingUnit.of(
                                ReportOrderProperties.UNITS.get(random.nextInt(ReportOrderProperties.UNITS.size()))),
                                List.of(), Fixtures.HANDLER_ID));
                    } else {
                        CommandType type = TYPES.get(random.nextInt(TYPES.size()));
                        engine.execute(Commands.of(type, id, ComplaintScenario.defaultActor(type)));
                    }
                } catch (ComplaintKitException refused) {
                    // a refused command stores nothing
                }
                if (random.nextInt(25) == 0) {
                    clock.advance(Duration.ofDays(random.nextInt(20)));
                    engine.tick();
                }
            }
        }
    }

    /** Passes appends to a {@link ProjectionProperties.CheckingStore}, then checks the index row's queue columns. */
    static final class QueueCheckingStore extends ForwardingStore {
        private final ComplaintStore memory;

        QueueCheckingStore(ProjectionProperties.CheckingStore checking, ComplaintStore memory) {
            super(checking);
            this.memory = memory;
        }

        @Override
        public void append(AppendRequest request) {
            super.append(request);
            List<ComplaintEvent> history = memory.load(request.complaintId());
            assertEquals(QueueColumns.of(ComplaintAggregate.replay(history), history), request.index().queue());
        }
    }

    @Property(tries = 30)
    void theProjectionFoldedOnTheKeptFoldReadsAsTheWholeHistorysFoldAcrossEvictionsAndAnotherWriter(
            @ForAll @IntRange(min = 1, max = 4) int cacheSize, @ForAll long seed) {
        InMemoryComplaintStore memory = new InMemoryComplaintStore();
        ProjectionProperties.CheckingStore checking = new ProjectionProperties.CheckingStore(memory);
        Bank bank = new Bank(new QueueCheckingStore(checking, memory), cacheSize);
        Random random = new Random(seed);
        List<ComplaintId> ids = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            ids.add(bank.register(random.nextBoolean() ? bank.first : bank.second, random));
        }
        bank.interleave(ids, random, 60);
        assertTrue(checking.appends > ids.size(), "commands were appended and checked, not only registrations");
    }

    @Property(tries = 20)
    void foldingTheRestOfAHistoryOntoAnyPrefixsFoldsGivesTheWholeHistorysFactsAndQueueColumns(@ForAll long seed) {
        InMemoryComplaintStore memory = new InMemoryComplaintStore();
        Bank bank = new Bank(memory, 8);
        Random random = new Random(seed);
        List<ComplaintId> ids = List.of(bank.register(bank.first, random), bank.register(bank.first, random));
        bank.interleave(ids, random, 30);
        for (ComplaintId id : ids) {
            List<ComplaintEvent> history = memory.load(id);
            ComplaintFacts whole = ComplaintFacts.of(history);
            var state = ComplaintAggregate.replay(history);
            for (int split = 0; split <= history.size(); split++) {
                FactsFold prefix = FactsFold.of(history.subList(0, split));
                assertEquals(split, prefix.events());
                assertEquals(whole, prefix.plus(history.subList(split, history.size())).facts(state),
                        "split after event " + split);
                if (split > 0) {
                    QueueFold queue = QueueFold.of(history.subList(0, split));
                    assertEquals(split, queue.events());
                    assertEquals(QueueColumns.of(state, history), queue.plus(history.subList(split, history.size()))
                            .facts(state), "queue columns split after event " + split);
                }
            }
        }
    }
}
