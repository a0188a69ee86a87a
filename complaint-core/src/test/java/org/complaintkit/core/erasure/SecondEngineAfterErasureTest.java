package org.complaintkit.core.erasure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.complaintkit.api.command.CommandResult;
import org.complaintkit.api.command.CommandType;
import org.complaintkit.api.command.ErasePersonalData;
import org.complaintkit.api.complaint.ComplaintId;
import org.complaintkit.api.complaint.ComplaintState;
import org.complaintkit.api.complaint.CustomerRef;
import org.complaintkit.api.complaint.Sensitive;
import org.complaintkit.api.event.ComplaintRegistered;
import org.complaintkit.core.engine.ComplaintEngine;
import org.complaintkit.core.integrity.EventSealer;
import org.complaintkit.core.store.InMemoryComplaintStore;
import org.complaintkit.spi.erasure.KeyLookup;
import org.complaintkit.spi.erasure.KeyState;
import org.complaintkit.spi.erasure.PersonalDataKeys;
import org.complaintkit.testkit.Commands;
import org.complaintkit.testkit.ComplaintScenario;
import org.complaintkit.testkit.Fixtures;
import org.complaintkit.testkit.MutableClock;
import org.junit.jupiter.api.Test;

/**
 * Two engines over one store and one key store: what the second engine, whose history cache holds a complaint
 * decrypted, shows of it after the first erased it.
 */
class SecondEngineAfterErasureTest {
    final MutableClock clock = MutableClock.at("2026-03-02T01:30:00Z");
    final InMemoryComplaintStore store = new InMemoryComplaintStore();
    final InMemoryPersonalDataKeys keys = new InMemoryPersonalDataKeys();
    final EventSealer sealer = EventSealer.hmacSha256("a seal key of thirty-two bytes!!".getBytes(StandardCharsets.UTF_8));
    /** Runs once when the first engine destroys a key, before the key is destroyed. */
    Runnable beforeDestroy;
    final ComplaintEngine first = engine(new PersonalDataKeys() {
        @Override
        public KeyLookup keyFor(ComplaintId complaint, CustomerRef customer) {
            return keys.keyFor(complaint, customer);
        }

        @Override
        public KeyLookup find(String keyRef) {
            return keys.find(keyRef);
        }

        @Override
        public KeyState destroy(String keyRef) {
            Runnable hook = beforeDestroy;
            beforeDestroy = null;
            if (hook != null) {
                hook.run();
            }
            return keys.destroy(keyRef);
        }
    });
    final ComplaintEngine second = engine(keys);

    ComplaintEngine engine(PersonalDataKeys keyStore) {
        return ComplaintEngine.builder().clock(clock).store(store).sealer(sealer).discoverPlugins(false)
                .personalDataKeys(keyStore).build();
    }

    CommandResult move(ComplaintEngine engine, ComplaintId id, CommandType type) {
        clock.advance(Duration.ofMinutes(10));
        return engine.execute(Commands.of(type, id, ComplaintScenario.defaultActor(type)));
    }

    void erase(ComplaintId id) {
        clock.advance(Duration.ofMinutes(10));
        first.execute(ErasePersonalData.of(id, CryptoShreddingTest.MANAGER, Fixtures.key(), "PIPL-47", "asked"));
    }

    /** The state as its reader gets it (masked for a reader without the right): no clear text, masked or not. */
    static void showsNoClearText(ComplaintState state) {
        assertFalse(state.registration().complainant().name().reveal().contains(Fixtures.NAME.substring(0, 1)));
        assertFalse(state.registration().content().reveal().contains(Fixtures.CONTENT.substring(0, 4)));
    }

    /** The state as a trusted read gets it: every text the erased marker. */
    static void readsErased(ComplaintState state) {
        assertEquals(Sensitive.ERASED_MARKER, state.registration().complainant().name().reveal());
        assertEquals(Sensitive.ERASED_MARKER, state.registration().content().reveal());
    }

    @Test
    void aSecondEngineWhoseCacheHeldTheComplaintDecryptedShowsItErasedAfterTheFirstErasedIt() {
        ComplaintId id = first.execute(Fixtures.registration(clock.instant())).complaintId();
        CommandResult cached = move(second, id, CommandType.ACCEPT);
        assertTrue(cached.state().registration().complainant().name().reveal().startsWith(
                Fixtures.NAME.substring(0, 1)), "the second engine holds it decrypted");

        erase(id);

        ComplaintRegistered read = (ComplaintRegistered) second.hostReads().history(id).get(0);
        assertTrue(read.registration().complainant().name().isErased(), "its reads never use the cache");
        showsNoClearText(move(second, id, CommandType.ASSIGN).state());
        readsErased(stateOf(second, id));
    }

    @Test
    void aSecondEngineThatReadTheComplaintBetweenTheErasureAndTheKeysDestructionKeepsNothingDecrypted() {
        ComplaintId id = first.execute(Fixtures.registration(clock.instant())).complaintId();
        // the second engine reads the complaint after the erasure is stored and before its key is destroyed
        beforeDestroy = () -> showsNoClearText(move(second, id, CommandType.ACCEPT).state());

        erase(id);

        assertEquals(KeyState.DESTROYED, keys.find(keyRef(id)).state());
        showsNoClearText(move(second, id, CommandType.ASSIGN).state());
        readsErased(stateOf(second, id));
        assertTrue(second.verify(id).intact());
    }

    String keyRef(ComplaintId id) {
        return PersonalDataProtection.keyRef(store.load(id));
    }

    static ComplaintState stateOf(ComplaintEngine engine, ComplaintId id) {
        return engine.hostReads().find(id).orElseThrow();
    }
}
