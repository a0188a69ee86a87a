package org.complaintkit.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.util.List;
import org.complaintkit.api.command.AssignComplaint;
import org.complaintkit.api.command.CommandResult;
import org.complaintkit.api.command.CommandType;
import org.complaintkit.api.command.ExpectedVersion;
import org.complaintkit.api.command.HandlingCommand;
import org.complaintkit.api.command.IdempotencyKey;
import org.complaintkit.api.command.RegisterComplaint;
import org.complaintkit.api.complaint.ComplaintId;
import org.complaintkit.api.complaint.HandlingUnit;
import org.complaintkit.api.error.ErrorCode;
import org.complaintkit.api.error.InvalidInputException;
import org.complaintkit.api.error.StoreException;
import org.complaintkit.api.error.Violation;
import org.complaintkit.core.store.InMemoryComplaintStore;
import org.complaintkit.testkit.Commands;
import org.complaintkit.testkit.Fixtures;
import org.complaintkit.testkit.MutableClock;
import org.junit.jupiter.api.Test;

/**
 * The developer trial's finding 11: a front end with a stale screen says which version it decided on, and the engine
 * refuses the command if the complaint moved since ({@code CMP-3006}), while a resend of a key already applied still
 * gets its first result.
 */
class ExpectedVersionTest {
    private final MutableClock clock = MutableClock.at("2026-03-02T01:30:00Z");
    private final InMemoryComplaintStore store = new InMemoryComplaintStore();
    private final ComplaintEngine engine = ComplaintEngine.builder().clock(clock).store(store).discoverPlugins(false)
            .build();

    /** Registered and accepted: version 2. */
    private ComplaintId accepted(ComplaintEngine on) {
        ComplaintId id = on.execute(Fixtures.registration(clock.instant())).complaintId();
        on.execute(Commands.of(CommandType.ACCEPT, id, Fixtures.HANDLER));
        return id;
    }

    private static AssignComplaint assignment(ComplaintId id, IdempotencyKey key) {
        return AssignComplaint.of(id, Fixtures.HANDLER, key, HandlingUnit.of(Fixtures.BRANCH));
    }

    @Test
    void anAssignmentResentWithAFreshKeyOnTheVersionItWasDecidedOnIsRefusedAsStaleAndStoresNothing() {
        ComplaintId id = accepted(engine);
        CommandResult first = engine.execute(assignment(id, Fixtures.key()), ExpectedVersion.of(2));
        assertEquals(3, first.state().version(), "decided on the version the complaint is at: applied");
        int stored = store.load(id).size();
        IdempotencyKey fresh = Fixtures.key();
        StoreException refused = assertThrows(StoreException.class,
                () -> engine.execute(assignment(id, fresh), ExpectedVersion.of(2)));
        assertEquals(ErrorCode.STALE_VERSION, refused.code());
        assertEquals("CMP-3006", refused.code().code());
        String message = refused.violations().get(0).message();
        assertTrue(message.contains("version 3") && message.contains("not 2"), message);
        assertFalse(message.contains(Fixtures.NAME) || message.contains(Fixtures.PHONE), "no personal data");
        assertEquals(stored, store.load(id).size(), "nothing stored, no denial recorded either");
        assertTrue(store.findCommand(fresh).isEmpty(), "no command record for the refused key");
    }

    @Test
    void aResendOfAKeyAlreadyAppliedGetsTheFirstResultWhateverTheExpectedVersion() {
        ComplaintId id = accepted(engine);
        IdempotencyKey key = Fixtures.key();
        CommandResult first = engine.execute(assignment(id, key), ExpectedVersion.of(2));
        for (long expected : List.of(2L, 3L, 9L)) {
            CommandResult again = engine.execute(assignment(id, key), ExpectedVersion.of(expected));
            assertTrue(again.replayed(), "expected " + expected);
            assertEquals(first.events(), again.events());
        }
        assertEquals(3, store.load(id).size(), "applied once");
    }

    @Test
    void aCommandWhoseCheckPassedOnACachedHistoryIsRefusedWhenTheStoreMovedBeforeTheAppend() {
        ComplaintEngine nodeB = ComplaintEngine.builder().clock(clock).store(store).discoverPlugins(false).build();
        ComplaintId id = accepted(engine);                                   // this node caches version 2
        nodeB.execute(assignment(id, Fixtures.key()));                       // the other node moves it to 3
        StoreException refused = assertThrows(StoreException.class,
                () -> engine.execute(assignment(id, Fixtures.key()), ExpectedVersion.of(2)));
        assertEquals(ErrorCode.STALE_VERSION, refused.code(), "the cache said 2; the append expected 2 and conflicted;"
                + " decided again on the store, which is at 3");
        assertEquals(3, store.load(id).size());
        CommandResult onTheStoresVersion = engine.execute(assignment(id, Fixtures.key()), ExpectedVersion.of(3));
        assertEquals(4, onTheStoresVersion.state().version(), "a version this node's cache had not seen is applied");
    }

    @Test
    void anExpectedVersionBelowOneIsRefusedAsOutOfRange() {
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> ExpectedVersion.of(0));
        assertEquals(ErrorCode.OUT_OF_RANGE, refused.code());
        assertEquals("expectedVersion", refused.violations().get(0).path());
    }

    @Test
    void aMissingExpectedVersionIsRefusedWithEveryOtherViolationOfTheCommand() {
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> engine.execute(new AssignComplaint(null, Fixtures.HANDLER, Fixtures.key(),
                        HandlingUnit.of(Fixtures.BRANCH), List.of(), null), null));
        List<String> paths = refused.violations().stream().map(Violation::path).toList();
        assertTrue(paths.contains("expectedVersion") && paths.contains("complaintId"), paths.toString());
        assertThrows(InvalidInputException.class, () -> engine.execute(null, ExpectedVersion.of(1)));
    }

    @Test
    void onlyACommandOnAnExistingComplaintTakesAnExpectedVersionSoARegistrationCannot() throws Exception {
        Method conditional = ComplaintEngine.class.getMethod("execute", HandlingCommand.class, ExpectedVersion.class);
        assertEquals(CommandResult.class, conditional.getReturnType());
        assertFalse(HandlingCommand.class.isAssignableFrom(RegisterComplaint.class),
                "a registration does not compile as the first argument");
    }
}
