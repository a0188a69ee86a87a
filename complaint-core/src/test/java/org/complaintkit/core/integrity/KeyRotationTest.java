package org.complaintkit.core.integrity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.UnaryOperator;
import org.complaintkit.api.command.CommandType;
import org.complaintkit.api.complaint.ComplaintId;
import org.complaintkit.api.error.ConfigurationException;
import org.complaintkit.api.error.ErrorCode;
import org.complaintkit.core.engine.ComplaintEngine;
import org.complaintkit.core.store.InMemoryComplaintStore;
import org.complaintkit.spi.integrity.SealKey;
import org.complaintkit.spi.integrity.SealKeys;
import org.complaintkit.spi.storage.ComplaintQuery;
import org.complaintkit.spi.storage.SealedEvent;
import org.complaintkit.spi.storage.codec.EventCodec;
import org.complaintkit.testkit.Commands;
import org.complaintkit.testkit.Fixtures;
import org.complaintkit.testkit.MutableClock;
import org.junit.jupiter.api.Test;

/**
 * The key behind the seals rotates while complaints are handled: each seal records the version that made it,
 * a history crossing a rotation verifies, and every break names the key version of the seal it found wrong.
 */
class KeyRotationTest {
    static final byte[] LEGACY = "the bank's first seal key, 2024.".getBytes(StandardCharsets.US_ASCII);
    static final byte[] V1 = "seal key version 1, from the HSM".getBytes(StandardCharsets.US_ASCII);
    static final byte[] V2 = "seal key version 2, after rotate".getBytes(StandardCharsets.US_ASCII);

    private final MutableClock clock = MutableClock.at("2026-03-02T01:30:00Z");
    private final InMemoryComplaintStore store = new InMemoryComplaintStore();

    private ComplaintEngine engine(EventSealer sealer) {
        return ComplaintEngine.builder().clock(clock).store(store).discoverPlugins(false).sealer(sealer).build();
    }

    private void run(ComplaintEngine engine, ComplaintId id, CommandType... types) {
        for (CommandType type : types) {
            clock.advance(Duration.ofMinutes(30));
            engine.execute(Commands.of(type, id, Fixtures.HANDLER));
        }
    }

    private static List<Integer> versions(List<SealedEvent> rows) {
        List<Integer> out = new ArrayList<>();
        rows.forEach(row -> out.add(row.keyVersion()));
        return out;
    }

    /** Registered, accepted and assigned under version 1; the key rotated to 2; started, paused and resumed. */
    private ComplaintId rotatedAfterThree(SwitchableKeys keys) {
        ComplaintEngine engine = engine(EventSealer.rotating(keys));
        ComplaintId id = engine.execute(Fixtures.registration(clock.instant())).complaintId();
        run(engine, id, CommandType.ACCEPT, CommandType.ASSIGN);
        keys.use(keys.ring().rotateTo(2, V2));
        run(engine, id, CommandType.START_INVESTIGATION, CommandType.PAUSE, CommandType.RESUME);
        return id;
    }

    private static SwitchableKeys startingAtVersionOne() {
        return new SwitchableKeys(SealKeyRing.builder().key(1, V1).current(1).build());
    }

    private ChainVerdict verdict(ComplaintId id, UnaryOperator<List<SealedEvent>> edit, EventSealer sealer) {
        return new ChainVerifier(Tampering.edited(store, edit), sealer).verify(id);
    }

    @Test
    void a_history_that_crosses_a_rotation_verifies_and_each_seal_records_its_key_version() {
        SwitchableKeys keys = startingAtVersionOne();
        ComplaintId id = rotatedAfterThree(keys);
        assertEquals(List.of(1, 1, 1, 2, 2, 2), versions(store.loadSealed(id)));

        EventSealer verifierSealer = EventSealer.rotating(keys.ring());
        ChainVerdict verdict = new ChainVerifier(store, verifierSealer).verify(id);
        assertTrue(verdict.intact(), () -> verdict.firstBreak().reason());
        assertEquals(6, verdict.eventsChecked());
        IntegrityReport report = engine(verifierSealer).verifyAll(ComplaintQuery.all(10));
        assertTrue(report.intact(), report::toString);
    }

    @Test
    void each_seal_is_the_hmac_of_the_seal_before_and_the_event_under_the_key_its_version_names() {
        SwitchableKeys keys = startingAtVersionOne();
        ComplaintId id = rotatedAfterThree(keys);
        EventSealer one = EventSealer.hmacSha256(V1);
        EventSealer two = EventSealer.hmacSha256(V2);
        String previous = EventSealer.GENESIS;
        for (SealedEvent row : store.loadSealed(id)) {
            EventSealer under = row.keyVersion() == 1 ? one : two;
            assertEquals(under.seal(previous, row.event()), row.seal(), "event " + row.sequence());
            previous = row.seal();
        }
    }

    @Test
    void a_store_sealed_before_key_versions_existed_verifies_under_the_legacy_key_across_the_first_rotation() {
        ComplaintEngine before = engine(EventSealer.hmacSha256(LEGACY));
        ComplaintId id = before.execute(Fixtures.registration(clock.instant())).complaintId();
        run(before, id, CommandType.ACCEPT);

        SealKeyRing ring = SealKeyRing.builder().legacyKey(LEGACY).key(1, V1).current(1).build();
        ComplaintEngine after = engine(EventSealer.rotating(ring));
        run(after, id, CommandType.ASSIGN, CommandType.START_INVESTIGATION);

        assertEquals(List.of(0, 0, 1, 1), versions(store.loadSealed(id)));
        ChainVerdict verdict = after.verifier().verify(id);
        assertTrue(verdict.intact(), () -> verdict.firstBreak().reason());
    }

    @Test
    void a_store_sealed_by_the_unkeyed_default_can_move_to_a_keyed_ring() {
        ComplaintEngine before = engine(EventSealer.sha256());
        ComplaintId id = before.execute(Fixtures.registration(clock.instant())).complaintId();
        SealKeyRing ring = SealKeyRing.builder().legacyUnkeyed().key(1, V1).current(1).build();
        ComplaintEngine after = engine(EventSealer.rotating(ring));
        run(after, id, CommandType.ACCEPT);
        assertEquals(List.of(0, 1), versions(store.loadSealed(id)));
        assertTrue(after.verifier().verify(id).intact());
    }

    @Test
    void an_edit_after_the_rotation_is_found_and_names_the_new_key_version() {
        SwitchableKeys keys = startingAtVersionOne();
        ComplaintId id = rotatedAfterThree(keys);
        ChainVerdict verdict = verdict(id, rows -> alterContent(rows, 4), EventSealer.rotating(keys));
        ChainBreak found = verdict.firstBreak();
        assertEquals(BreakKind.ALTERED, found.kind());
        assertEquals(5, found.sequence());
        assertEquals(OptionalInt.of(2), found.keyVersion());
        assertEquals("event 5 or its seal is not what was sealed (key version 2)", found.reason());
    }

    @Test
    void an_edit_before_the_rotation_is_found_and_names_the_old_key_version() {
        SwitchableKeys keys = startingAtVersionOne();
        ComplaintId id = rotatedAfterThree(keys);
        ChainBreak found = verdict(id, rows -> alterContent(rows, 1), EventSealer.rotating(keys)).firstBreak();
        assertEquals(BreakKind.ALTERED, found.kind());
        assertEquals(2, found.sequence());
        assertEquals(OptionalInt.of(1), found.keyVersion());
    }

    @Test
    void a_key_version_changed_beside_a_seal_is_an_alteration_under_the_version_it_now_names() {
        SwitchableKeys keys = startingAtVersionOne();
        ComplaintId id = rotatedAfterThree(keys);
        ChainBreak found = verdict(id, rows -> relabel(rows, 3, 1), EventSealer.rotating(keys)).firstBreak();
        assertEquals(BreakKind.ALTERED, found.kind());
        assertEquals(4, found.sequence());
        assertEquals(OptionalInt.of(1), found.keyVersion());
    }

    @Test
    void a_seal_naming_a_version_the_ring_does_not_hold_is_reported_with_that_version() {
        SwitchableKeys keys = startingAtVersionOne();
        ComplaintId id = rotatedAfterThree(keys);
        ChainBreak found = verdict(id, rows -> relabel(rows, 2, 7), EventSealer.rotating(keys)).firstBreak();
        assertEquals(BreakKind.UNKNOWN_KEY, found.kind());
        assertEquals(3, found.sequence());
        assertEquals(OptionalInt.of(7), found.keyVersion());
        assertEquals("event 3 is sealed under key version 7, which the verifier's keys do not hold, so it cannot "
                + "be verified", found.reason());
    }

    @Test
    void deleting_a_retired_key_leaves_the_events_it_sealed_unverifiable_not_intact() {
        SwitchableKeys keys = startingAtVersionOne();
        ComplaintId id = rotatedAfterThree(keys);
        SealKeyRing withoutOne = keys.ring().without(1);
        assertEquals(List.of(2), List.copyOf(withoutOne.versions()));
        ChainVerdict verdict = new ChainVerifier(store, EventSealer.rotating(withoutOne)).verify(id);
        assertFalse(verdict.intact());
        assertEquals(new ChainBreak(1, BreakKind.UNKNOWN_KEY, "event 1 is sealed under key version 1, which the "
                + "verifier's keys do not hold, so it cannot be verified", OptionalInt.of(1)), verdict.firstBreak());
    }

    @Test
    void a_verifier_of_one_key_reports_a_seal_of_another_version_rather_than_passing_it() {
        SwitchableKeys keys = startingAtVersionOne();
        ComplaintId id = rotatedAfterThree(keys);
        ChainBreak found = new ChainVerifier(store, EventSealer.hmacSha256(V1)).verify(id).firstBreak();
        assertEquals(BreakKind.UNKNOWN_KEY, found.kind());
        assertEquals(1, found.sequence());
        assertEquals(OptionalInt.of(1), found.keyVersion());
    }

    @Test
    void a_verifier_of_one_key_on_legacy_seals_names_no_version_as_before() {
        ComplaintEngine engine = engine(EventSealer.hmacSha256(LEGACY));
        ComplaintId id = engine.execute(Fixtures.registration(clock.instant())).complaintId();
        run(engine, id, CommandType.ACCEPT);
        ChainBreak found = verdict(id, rows -> alterContent(rows, 1), EventSealer.hmacSha256(LEGACY)).firstBreak();
        assertEquals(new ChainBreak(2, BreakKind.ALTERED, "event 2 or its seal is not what was sealed"), found);
    }

    @Test
    void a_rotation_during_an_append_cannot_mix_keys_within_it() {
        SwitchableKeys keys = startingAtVersionOne();
        EventSealer rotating = EventSealer.rotating(keys);
        EventSealer sealing = rotating.current();
        keys.use(keys.ring().rotateTo(2, V2));
        assertEquals(1, sealing.keyVersion());
        assertEquals(2, rotating.keyVersion());
        assertEquals(EventSealer.hmacSha256(V1).sealStored(EventSealer.GENESIS, "x"),
                sealing.sealStored(EventSealer.GENESIS, "x"));
        assertEquals(EventSealer.hmacSha256(V2).sealStored(EventSealer.GENESIS, "x"),
                rotating.sealStored(EventSealer.GENESIS, "x"));
    }

    @Test
    void a_host_ring_that_names_no_keyed_current_version_stops_the_append_with_a_code() {
        SealKeys broken = new SealKeys() {
            @Override
            public SealKey current() {
                return SealKey.unkeyedLegacy();
            }

            @Override
            public Optional<SealKey> byVersion(int version) {
                return Optional.empty();
            }
        };
        ComplaintEngine engine = engine(EventSealer.rotating(broken));
        ConfigurationException refused = assertThrows(ConfigurationException.class,
                () -> engine.execute(Fixtures.registration(clock.instant())));
        assertEquals(ErrorCode.SEAL_KEY_CURRENT_UNKNOWN, refused.violations().get(0).code());
        assertTrue(store.query(ComplaintQuery.all(10)).ids().isEmpty(), "nothing stored");
    }

    @Test
    void neither_the_sealer_nor_the_ring_nor_a_key_shows_key_material() {
        SealKeyRing ring = SealKeyRing.builder().legacyKey(LEGACY).key(1, V1).current(1).build();
        String shown = ring + " " + EventSealer.rotating(ring) + " " + ring.current() + " "
                + EventSealer.forKey(ring.current());
        assertEquals("SealKeyRing[versions=[0, 1], current=1] EventSealer[HMAC-SHA-256, rotating] "
                + "SealKey[version=1, keyed] EventSealer[HMAC-SHA-256, key version 1]", shown);
    }

    /** The event at a position with its time changed, its seal and key version kept. */
    static List<SealedEvent> alterContent(List<SealedEvent> rows, int at) {
        SealedEvent row = rows.get(at);
        String json = EventCodec.encode(row.event());
        String altered = json.replaceFirst("\"occurredAt\":\"[^\"]+\"", "\"occurredAt\":\"2001-01-01T00:00:00Z\"");
        rows.set(at, new SealedEvent(row.sequence(), EventCodec.decode(altered), row.seal(), row.text(),
                row.columns(), row.keyVersion()));
        return rows;
    }

    /** The key version recorded beside the seal at a position changed. */
    static List<SealedEvent> relabel(List<SealedEvent> rows, int at, int version) {
        SealedEvent row = rows.get(at);
        rows.set(at, new SealedEvent(row.sequence(), row.event(), row.seal(), row.text(), row.columns(), version));
        return rows;
    }
}
