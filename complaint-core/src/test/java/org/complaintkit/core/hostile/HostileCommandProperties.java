package org.complaintkit.core.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;
import org.complaintkit.api.command.CommandType;
import org.complaintkit.api.command.CommandResult;
import org.complaintkit.api.command.ComplaintCommand;
import org.complaintkit.api.command.HandlingCommand;
import org.complaintkit.api.command.RegisterComplaint;
import org.complaintkit.api.complaint.ComplaintId;
import org.complaintkit.api.error.ComplaintKitException;
import org.complaintkit.api.event.AccessDenialsRepeated;
import org.complaintkit.api.event.AccessDenied;
import org.complaintkit.api.event.ComplaintEvent;
import org.complaintkit.core.calendar.BusinessCalendar;
import org.complaintkit.core.calendar.CalendarFile;
import org.complaintkit.core.classification.RuleClassifier;
import org.complaintkit.core.engine.ComplaintEngine;
import org.complaintkit.core.integrity.ChainVerifier;
import org.complaintkit.core.notification.NotificationSetup;
import org.complaintkit.core.reporting.FixedHistory;
import org.complaintkit.core.sla.preset.ChinaCbirc;
import org.complaintkit.core.store.InMemoryComplaintStore;
import org.complaintkit.testkit.Commands;
import org.complaintkit.testkit.Fixtures;
import org.complaintkit.testkit.ForwardingStore;
import org.complaintkit.testkit.Hostile;
import org.complaintkit.testkit.MutableClock;
import org.complaintkit.spi.storage.AppendRequest;

/**
 * Every command of the API, built by reflection from hostile values for each of its components (texts, ids, keys,
 * actors, amounts, instants, enums, lists, nested values), sent to an engine with the CBIRC clocks, notices, the
 * rule classifier and an organisation directory, against complaints at several stages. Each input either fails to
 * build with a coded error, or is accepted, or is refused with coded violations; a refusal stores nothing but, where
 * the access policy refused the actor, its audit event.
 */
class HostileCommandProperties {

    /** A store that remembers every append that went through. */
    static final class Watched extends ForwardingStore {
        final List<AppendRequest> appended = new ArrayList<>();

        Watched() {
            super(new InMemoryComplaintStore());
        }

        @Override
        public void append(AppendRequest request) {
            super.append(request);
            appended.add(request);
        }
    }

    /** The engine and its complaints; made afresh every so many tries so later tries still meet open complaints. */
    static final class Bank implements Recipes.World {
        final MutableClock clock = MutableClock.at("2026-03-02T01:30:00Z");
        final Watched store = new Watched();
        final ComplaintEngine engine = ComplaintEngine.builder().clock(clock).store(store).discoverPlugins(false)
                .calendar(BusinessCalendar.of(CalendarFile.mainlandChina())).policies(ChinaCbirc.policy())
                .notifications(NotificationSetup.standard()).classifier(RuleClassifier.standard())
                .organisation(FixedHistory.DIRECTORY).build();
        final List<ComplaintId> targets = new ArrayList<>();
        ComplaintId target;
        int uses;

        Bank() {
            List<List<CommandType>> stages = List.of(List.of(), List.of(CommandType.ACCEPT),
                    List.of(CommandType.ACCEPT, CommandType.ASSIGN, CommandType.START_INVESTIGATION),
                    List.of(CommandType.ACCEPT, CommandType.ASSIGN, CommandType.START_INVESTIGATION,
                            CommandType.PROPOSE_RESOLUTION),
                    List.of(CommandType.ACCEPT, CommandType.ASSIGN, CommandType.START_INVESTIGATION,
                            CommandType.PROPOSE_RESOLUTION, CommandType.APPROVE_RESOLUTION, CommandType.RESPOND));
            for (List<CommandType> stage : stages) {
                ComplaintId id = engine.execute(Fixtures.registration(clock.instant())).complaintId();
                for (CommandType type : stage) {
                    clock.advance(Duration.ofMinutes(5));
                    engine.execute(Commands.of(type, id, type == CommandType.APPROVE_RESOLUTION ? Fixtures.APPROVER
                            : Fixtures.HANDLER));
                }
                targets.add(id);
            }
        }

        @Override
        public ComplaintId target() {
            return target;
        }

        @Override
        public Instant now() {
            return clock.instant();
        }
    }

    private static Bank bank = new Bank();

    @Provide
    Arbitrary<Recipes.Recipe> commands() {
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(1, commands(false)),
                net.jqwik.api.Tuple.of(3, commands(true)));
    }

    private static Arbitrary<Recipes.Recipe> commands(boolean mild) {
        Recipes recipes = new Recipes(new Recipes.World() {
            @Override
            public ComplaintId target() {
                return bank.target();
            }

            @Override
            public Instant now() {
                return bank.now();
            }
        }, mild);
        List<Arbitrary<Recipes.Recipe>> each = new ArrayList<>();
        each.add(named(RegisterComplaint.class, recipes));
        for (Class<?> type : HandlingCommand.class.getPermittedSubclasses()) {
            each.add(named(type, recipes));
        }
        return Arbitraries.oneOf(each);
    }

    /** A command's recipe that knows the command's name, for the statistics. */
    record Named(String name, Recipes.Recipe recipe) implements Recipes.Recipe {
        @Override
        public Object get() {
            return recipe.get();
        }

        @Override
        public String toString() {
            return name;
        }
    }

    private static Arbitrary<Recipes.Recipe> named(Class<?> type, Recipes recipes) {
        return recipes.record(type, 0).map(r -> new Named(type.getSimpleName(), r));
    }

    @Property(tries = 3_000, edgeCases = net.jqwik.api.EdgeCasesMode.NONE)
    void any_command_is_accepted_or_refused_with_codes_and_a_refusal_stores_nothing_but_its_audit_event(
            @ForAll("commands") Recipes.Recipe recipe, @ForAll @IntRange(min = 0, max = 4) int which) {
        if (++bank.uses > 300) {
            bank = new Bank();
            bank.uses = 1;
        }
        bank.target = bank.targets.get(which);
        bank.clock.advance(Duration.ofMinutes(1));
        Object[] built = new Object[1];
        Hostile.Verdict construction = Hostile.judge(() -> built[0] = recipe.get());
        if (construction == Hostile.Verdict.REFUSED_WITH_CODE) {
            try {
                recipe.get();
            } catch (ComplaintKitException e) {
                Statistics.label("refused when built, at").collect(recipe + " " + e.violations().get(0).path()
                        .replaceAll("\\[\\d+\\]", "[]"));
            }
            Statistics.label("outcome").collect("refused when built");
            return;
        }
        ComplaintCommand command = (ComplaintCommand) built[0];
        Statistics.label("command").collect(command.getClass().getSimpleName());
        int before = bank.store.appended.size();
        CommandResult[] result = new CommandResult[1];
        Hostile.Verdict verdict = Hostile.judge(() -> result[0] = bank.engine.execute(command));
        List<AppendRequest> stored = bank.store.appended.subList(before, bank.store.appended.size());
        if (verdict == Hostile.Verdict.REFUSED_WITH_CODE) {
            for (AppendRequest append : stored) {
                for (ComplaintEvent event : append.events()) {
                    // The audit: the denial, and a run of repeats of an earlier one that ended (DenialCoalescingTest).
                    if (!(event instanceof AccessDenied) && !(event instanceof AccessDenialsRepeated)) {
                        fail("a refused " + command.getClass().getSimpleName() + " stored a "
                                + event.getClass().getSimpleName());
                    }
                }
            }
            Statistics.label("outcome").collect("refused by the engine");
        } else {
            // A command that stores nothing is accepted only as the replay of the same command under its key.
            assertTrue(!stored.isEmpty() || result[0].replayed(), "an accepted command stored its events");
            assertTrue(!result[0].replayed() || stored.isEmpty(), "a replay stores nothing");
            for (AppendRequest append : stored) {
                assertTrue(new ChainVerifier(bank.store, bank.engine.sealer()).verify(append.complaintId()).intact());
                assertEquals(append.newVersion(), bank.engine.hostReads().history(append.complaintId()).size());
            }
            Statistics.label("outcome").collect("accepted");
        }
    }

}
