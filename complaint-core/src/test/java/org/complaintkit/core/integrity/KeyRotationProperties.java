package org.complaintkit.core.integrity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.complaintkit.api.command.CommandType;
import org.complaintkit.api.complaint.ComplaintId;
import org.complaintkit.api.event.ComplaintEvent;
import org.complaintkit.core.engine.ComplaintEngine;
import org.complaintkit.core.store.InMemoryComplaintStore;
import org.complaintkit.spi.storage.EventColumn;
import org.complaintkit.spi.storage.SealedEvent;
import org.complaintkit.spi.storage.codec.EventCodec;
import org.complaintkit.testkit.Commands;
import org.complaintkit.testkit.Fixtures;
import org.complaintkit.testkit.MutableClock;

/**
 * Whatever the history and wherever the key rotates in it, the chain verifies; and any one character changed in
 * any stored event's text or seal is found at that event, naming the key version its seal records.
 */
class KeyRotationProperties {

    enum Target { TEXT, SEAL }

    private static final String ALPHABET = "0123456789abcdefxyzAZ\"{}[]:,.- 中";

    static byte[] keyOf(int version) {
        return String.format("seal key version %015d", version).getBytes(StandardCharsets.US_ASCII);
    }

    /** A history and the versions the engine sealed its events with, event by event. */
    record Sealed(InMemoryComplaintStore store, ComplaintId id, SwitchableKeys keys, List<Integer> versions) {
    }

    /**
     * A complaint handled step by step; before each step where {@code rotations} says so, the key rotates. The
     * first part is sealed by a plain sealer of the legacy key when {@code legacyStart}, and the first rotation
     * then moves the engine to the ring.
     */
    static Sealed history(List<Boolean> rotations, boolean legacyStart) {
        InMemoryComplaintStore store = new InMemoryComplaintStore();
        MutableClock clock = MutableClock.at("2026-03-02T01:30:00Z");
        SwitchableKeys keys = new SwitchableKeys(SealKeyRing.builder().legacyKey(KeyRotationTest.LEGACY)
                .key(1, keyOf(1)).current(1).build());
        EventSealer plain = EventSealer.hmacSha256(KeyRotationTest.LEGACY);
        boolean onRing = !legacyStart;
        ComplaintEngine engine = engine(store, clock, onRing ? EventSealer.rotating(keys) : plain);
        List<Integer> versions = new ArrayList<>();
        ComplaintId id = engine.execute(Fixtures.registration(clock.instant())).complaintId();
        record(versions, store, id, onRing ? 1 : 0);
        List<CommandType> steps = new ArrayList<>(List.of(CommandType.ACCEPT, CommandType.ASSIGN,
                CommandType.START_INVESTIGATION));
        boolean paused = false;
        for (int i = 3; i < rotations.size(); i++) {
            steps.add(i % 3 == 0 ? CommandType.RECORD_NEW_FACTS : paused ? CommandType.RESUME : CommandType.PAUSE);
            paused = i % 3 == 0 ? paused : !paused;
        }
        for (int i = 0; i < steps.size(); i++) {
            if (i < rotations.size() && rotations.get(i)) {
                if (!onRing) {
                    onRing = true;
                    engine = engine(store, clock, EventSealer.rotating(keys));
                } else {
                    int next = keys.current().version() + 1;
                    keys.use(keys.ring().rotateTo(next, keyOf(next)));
                }
            }
            clock.advance(Duration.ofMinutes(11));
            engine.execute(Commands.of(steps.get(i), id, Fixtures.HANDLER));
            record(versions, store, id, onRing ? keys.current().version() : 0);
        }
        return new Sealed(store, id, keys, versions);
    }

    private static ComplaintEngine engine(InMemoryComplaintStore store, MutableClock clock, EventSealer sealer) {
        return ComplaintEngine.builder().clock(clock).store(store).discoverPlugins(false).sealer(sealer)
                .historyCache(8).build();
    }

    private static void record(List<Integer> versions, InMemoryComplaintStore store, ComplaintId id, int version) {
        while (versions.size() < store.load(id).size()) {
            versions.add(version);
        }
    }

    @Provide
    Arbitrary<List<Boolean>> rotations() {
        return Arbitraries.of(true, false, false).list().ofMaxSize(10);
    }

    @Property(tries = 150)
    void a_history_verifies_wherever_the_key_rotated_and_each_seal_records_the_version_in_force(
            @ForAll("rotations") List<Boolean> rotations, @ForAll boolean legacyStart) {
        Sealed sealed = history(rotations, legacyStart);
        List<SealedEvent> rows = sealed.store().loadSealed(sealed.id());
        assertEquals(sealed.versions(), rows.stream().map(SealedEvent::keyVersion).toList());
        ChainVerdict verdict = new ChainVerifier(sealed.store(), EventSealer.rotating(sealed.keys().ring()))
                .verify(sealed.id());
        assertTrue(verdict.intact(), () -> verdict.firstBreak().reason());
        assertEquals(rows.size(), verdict.eventsChecked());
    }

    @Property(tries = 300)
    void one_character_changed_in_any_event_or_seal_is_found_there_naming_its_key_version(
            @ForAll("rotations") List<Boolean> rotations, @ForAll boolean legacyStart, @ForAll Target target,
            @ForAll @IntRange(min = 0, max = 10_000) int where, @ForAll @IntRange(min = 0, max = 100_000) int offset,
            @ForAll @IntRange(min = 0, max = 100) int pick) {
        Sealed sealed = history(rotations, legacyStart);
        List<SealedEvent> stored = sealed.store().loadSealed(sealed.id());
        int at = where % stored.size();
        int version = stored.get(at).keyVersion();
        EventSealer sealer = EventSealer.rotating(sealed.keys().ring());
        ChainVerdict verdict = new ChainVerifier(Tampering.edited(sealed.store(), rows -> {
            withText(rows);
            return target == Target.TEXT ? editText(rows, at, offset, pick) : editSeal(rows, at, offset, pick);
        }), sealer).verify(sealed.id());
        ChainBreak found = verdict.firstBreak();
        assertTrue(found != null, "the edit was found");
        assertEquals(at + 1, found.sequence(), found::reason);
        assertEquals(OptionalInt.of(version), found.keyVersion(), found::reason);
        assertTrue(found.reason().endsWith("(key version " + version + ")"), found.reason());
    }

    @Property(tries = 100)
    void a_version_dropped_from_the_ring_is_reported_at_the_first_event_it_sealed(
            @ForAll("rotations") List<Boolean> rotations, @ForAll boolean legacyStart,
            @ForAll @IntRange(min = 0, max = 100) int which) {
        Sealed sealed = history(rotations, legacyStart);
        SealKeyRing ring = sealed.keys().ring();
        List<Integer> retired = ring.versions().stream().filter(v -> v != ring.current().version()).toList();
        int dropped = retired.get(which % retired.size());
        ChainVerdict verdict = new ChainVerifier(sealed.store(), EventSealer.rotating(ring.without(dropped)))
                .verify(sealed.id());
        int first = sealed.versions().indexOf(dropped);
        if (first < 0) {
            assertTrue(verdict.intact(), "no event was sealed under version " + dropped);
            return;
        }
        assertEquals(new ChainBreak(first + 1, BreakKind.UNKNOWN_KEY, "event " + (first + 1) + " is sealed under "
                + "key version " + dropped + ", which the verifier's keys do not hold, so it cannot be verified",
                OptionalInt.of(dropped)), verdict.firstBreak());
    }

    /** The rows as a store that keeps text returns them, key versions kept. */
    private static void withText(List<SealedEvent> rows) {
        rows.replaceAll(row -> new SealedEvent(row.sequence(), row.event(), row.seal(),
                EventCodec.encode(row.event()), Map.of(EventColumn.TYPE, EventColumn.TYPE.of(row.event()),
                        EventColumn.OCCURRED_AT, EventColumn.OCCURRED_AT.of(row.event())), row.keyVersion()));
    }

    private static char other(char original, int pick, String alphabet) {
        char c = alphabet.charAt(pick % alphabet.length());
        return c != original ? c : alphabet.charAt((pick + 1) % alphabet.length());
    }

    /** One character of the stored text changed; the row read back from it as a store would. */
    private static List<SealedEvent> editText(List<SealedEvent> rows, int at, int offset, int pick) {
        SealedEvent row = rows.get(at);
        StringBuilder text = new StringBuilder(row.text());
        int i = offset % text.length();
        text.setCharAt(i, other(text.charAt(i), pick, ALPHABET));
        ComplaintEvent event;
        try {
            event = EventCodec.decode(text.toString());
        } catch (RuntimeException unreadable) {
            event = null;
        }
        rows.set(at, new SealedEvent(row.sequence(), event, row.seal(), text.toString(), row.columns(),
                row.keyVersion()));
        return rows;
    }

    /** One hexadecimal digit of the seal changed to another. */
    private static List<SealedEvent> editSeal(List<SealedEvent> rows, int at, int offset, int pick) {
        SealedEvent row = rows.get(at);
        StringBuilder seal = new StringBuilder(row.seal());
        int i = offset % seal.length();
        seal.setCharAt(i, other(seal.charAt(i), pick, "0123456789abcdef"));
        rows.set(at, new SealedEvent(row.sequence(), row.event(), seal.toString(), row.text(), row.columns(),
                row.keyVersion()));
        return rows;
    }
}
