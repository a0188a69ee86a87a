package org.complaintkit.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.complaintkit.api.command.CommandResult;
import org.complaintkit.api.command.CommandType;
import org.complaintkit.api.command.HandlingCommand;
import org.complaintkit.api.command.IdempotencyKey;
import org.complaintkit.api.complaint.ComplaintId;
import org.complaintkit.api.complaint.ComplaintState;
import org.complaintkit.api.complaint.ComplaintStatus;
import org.complaintkit.api.error.ComplaintKitException;
import org.complaintkit.api.error.ErrorCode;
import org.complaintkit.api.event.ComplaintEvent;
import org.complaintkit.core.complaint.ComplaintAggregate;
import org.complaintkit.core.engine.ComplaintEngine;
import org.complaintkit.core.lifecycle.LifecycleRules;
import org.complaintkit.spi.storage.AppendRequest;
import org.complaintkit.spi.storage.CommandRecord;
import org.complaintkit.spi.storage.ComplaintIndex;
import org.complaintkit.api.event.AccessDenied;
import org.complaintkit.api.organisation.Actor;

/**
 * Given / when / then for the complaint aggregate: given a history of events, when a command, then
 * the events it appends or the error that refuses it (and then nothing stored).
 */
public final class ComplaintScenario {
    public static final String START = "2026-03-02T01:30:00Z";

    private final MutableClock clock = MutableClock.at(START);
    private final EncodingStore store = new EncodingStore();
    private final ComplaintEngine engine;
    private final ComplaintId id;

    private ComplaintScenario(List<ComplaintEvent> history, LifecycleRules rules) {
        ComplaintEngine.Builder builder = ComplaintEngine.builder().clock(clock).store(store).discoverPlugins(false);
        this.engine = (rules == null ? builder : builder.rules(rules)).build();
        this.id = history.get(0).complaintId();
        ComplaintState state = ComplaintAggregate.replay(history);
        ComplaintEvent last = history.get(history.size() - 1);
        store.append(new AppendRequest(id, 0, history, index(state),
                CommandRecord.withoutFingerprint(IdempotencyKey.of("given-" + id), id, CommandType.REGISTER, 1,
                        last.sequence())));
        clock.advance(Duration.between(clock.instant(), last.occurredAt()).plusMinutes(1));
    }

    /** Given this history. */
    public static ComplaintScenario given(List<ComplaintEvent> history) {
        return new ComplaintScenario(history, null);
    }

    /** Given this history, under these rules. */
    public static ComplaintScenario given(List<ComplaintEvent> history, LifecycleRules rules) {
        return new ComplaintScenario(history, rules);
    }

    /**
     * A real history: a complaint registered at {@link #START} and moved by the given command types with
     * their default actors, an hour apart.
     */
    public static List<ComplaintEvent> historyAfter(CommandType... path) {
        MutableClock scratchClock = MutableClock.at(START);
        ComplaintEngine scratch = ComplaintEngine.builder().clock(scratchClock).discoverPlugins(false).build();
        ComplaintId id = scratch.execute(Fixtures.registration(scratchClock.instant())).complaintId();
        for (CommandType type : path) {
            scratchClock.advance(Duration.ofHours(1));
            scratch.execute(Commands.of(type, id, defaultActor(type)));
        }
        return scratch.hostReads().history(id);
    }

    public static Actor defaultActor(CommandType type) {
        return type == CommandType.APPROVE_RESOLUTION ? Fixtures.APPROVER : Fixtures.HANDLER;
    }

    public ComplaintId id() {
        return id;
    }

    public MutableClock clock() {
        return clock;
    }

    public ComplaintEngine engine() {
        return engine;
    }

    /** Lets time pass before the command. */
    public ComplaintScenario afterWaiting(Duration wait) {
        clock.advance(wait);
        return this;
    }

    /** When this command is executed. */
    public Then when(Function<ComplaintId, HandlingCommand> command) {
        List<ComplaintEvent> before = store.load(id);
        try {
            return new Then(this, before, engine.execute(command.apply(id)), null);
        } catch (ComplaintKitException e) {
            return new Then(this, before, null, e);
        }
    }

    /** When this command type is executed with its default payload by this actor. */
    public Then when(CommandType type, Actor actor) {
        return when(complaint -> Commands.of(type, complaint, actor));
    }

    private static ComplaintIndex index(ComplaintState s) {
        return new ComplaintIndex(s.status(), s.registration().receivingUnit(), null,
                s.registration().complainant().customer(), s.registration().receivedAt(), s.lastChangedAt(), null);
    }

    /** The outcome of the command. */
    public record Then(ComplaintScenario scenario, List<ComplaintEvent> before, CommandResult result,
                       ComplaintKitException error) {

        /** Then the command succeeded with exactly these events, timed by the clock, by the actor. */
        public Then thenEvents(Class<?>... expected) {
            if (error != null) {
                throw new AssertionError("expected events but the command was refused: " + error.getMessage(), error);
            }
            List<Class<?>> actual = new ArrayList<>();
            result.events().forEach(e -> actual.add(e.getClass()));
            assertEquals(Arrays.asList(expected), actual);
            for (ComplaintEvent e : result.events()) {
                assertEquals(scenario.clock.instant(), e.occurredAt(), "event time comes from the clock");
            }
            assertEquals(before.size() + expected.length, scenario.store.load(scenario.id).size());
            return this;
        }

        /** Then the complaint is in this status. */
        public Then thenStatus(ComplaintStatus status) {
            if (error != null) {
                throw new AssertionError("expected status " + status + " but: " + error.getMessage(), error);
            }
            assertEquals(status, scenario.engine.hostReads().find(scenario.id).orElseThrow().status());
            return this;
        }

        /** Then the command is refused with these codes, in this order, and nothing is stored. */
        public Then thenRefused(Class<? extends ComplaintKitException> type, ErrorCode... codes) {
            assertTrue(error != null, () -> "expected a refusal but got " + result);
            assertInstanceOf(type, error);
            assertEquals(Arrays.asList(codes), error.violations().stream().map(v -> v.code()).toList(),
                    error.getMessage());
            assertEquals(before, scenario.store.load(scenario.id), "nothing is stored");
            return this;
        }

        /** Then the access policy denies the command with this code, and only the denial is recorded. */
        public Then thenDenied(ErrorCode code) {
            assertTrue(error != null, () -> "expected a denial but got " + result);
            assertEquals(code, error.code(), error.getMessage());
            List<ComplaintEvent> after = scenario.store.load(scenario.id);
            assertEquals(before, after.subList(0, before.size()), "the history is untouched");
            assertEquals(before.size() + 1, after.size(), "exactly the denial is added");
            var denial = assertInstanceOf(AccessDenied.class, after.get(after.size() - 1));
            assertEquals(code, denial.code());
            return this;
        }

        public <E extends ComplaintEvent> E event(Class<E> type) {
            assertFalse(result == null, "no result");
            return type.cast(result.events().stream().filter(type::isInstance).findFirst().orElseThrow());
        }
    }
}
