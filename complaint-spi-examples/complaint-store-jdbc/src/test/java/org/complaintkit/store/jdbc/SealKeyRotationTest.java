package org.complaintkit.store.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.atomic.AtomicReference;
import java.util.Optional;
import javax.sql.DataSource;
import org.complaintkit.api.command.CommandType;
import org.complaintkit.api.complaint.ComplaintId;
import org.complaintkit.core.engine.ComplaintEngine;
import org.complaintkit.core.integrity.BreakKind;
import org.complaintkit.core.integrity.ChainBreak;
import org.complaintkit.core.integrity.ChainVerdict;
import org.complaintkit.core.integrity.ChainVerifier;
import org.complaintkit.core.integrity.EventSealer;
import org.complaintkit.core.integrity.SealKeyRing;
import org.complaintkit.spi.integrity.SealKey;
import org.complaintkit.spi.integrity.SealKeys;
import org.complaintkit.spi.storage.SealedEvent;
import org.complaintkit.testkit.Commands;
import org.complaintkit.testkit.Fixtures;
import org.complaintkit.testkit.MutableClock;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The seal key rotates while a bank's complaints are stored in H2 and in PostgreSQL: the database keeps the key
 * version beside each seal (schema version 9), rows stored before it read as the legacy version 0 and verify
 * under the legacy key, and an edit made in the database after a rotation is found naming the key version.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class SealKeyRotationTest {
    private static final byte[] LEGACY = "the bank's first seal key, 2024.".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] V1 = "seal key version 1, from the HSM".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] V2 = "seal key version 2, after rotate".getBytes(StandardCharsets.US_ASCII);

    private final MutableClock clock = MutableClock.at("2026-03-02T01:30:00Z");

    /** The host's ring, replaced whole at a rotation. */
    private static final class HostKeys implements SealKeys {
        private final AtomicReference<SealKeyRing> ring;

        HostKeys(SealKeyRing first) {
            ring = new AtomicReference<>(first);
        }

        @Override
        public SealKey current() {
            return ring.get().current();
        }

        @Override
        public Optional<SealKey> byVersion(int version) {
            return ring.get().byVersion(version);
        }
    }

    private static DataSource database(String kind) {
        DataSource db = kind.equals("postgres") ? Databases.postgres() : Databases.h2();
        Databases.wipe(db);
        return db;
    }

    /** Runs one statement that must change exactly one row. */
    private static void sql(DataSource db, String statement, Object... parameters) {
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement(statement)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            assertEquals(1, s.executeUpdate(), statement);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private ComplaintEngine engine(JdbcComplaintStore store, EventSealer sealer) {
        return ComplaintEngine.builder().clock(clock).store(store).discoverPlugins(false).sealer(sealer).build();
    }

    private void run(ComplaintEngine engine, ComplaintId id, CommandType... types) {
        for (CommandType type : types) {
            clock.advance(Duration.ofMinutes(20));
            engine.execute(Commands.of(type, id, Fixtures.HANDLER));
        }
    }

    private static List<Integer> versions(JdbcComplaintStore store, ComplaintId id) {
        return store.loadSealed(id).stream().map(SealedEvent::keyVersion).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgres"})
    void a_history_sealed_under_the_legacy_key_then_two_key_versions_verifies_and_edits_name_their_version(
            String kind) {
        DataSource db = database(kind);
        JdbcComplaintStore store = JdbcComplaintStore.of(db);
        ComplaintEngine legacy = engine(store, EventSealer.hmacSha256(LEGACY));
        ComplaintId id = legacy.execute(Fixtures.registration(clock.instant())).complaintId();
        run(legacy, id, CommandType.ACCEPT);

        HostKeys keys = new HostKeys(SealKeyRing.builder().legacyKey(LEGACY).key(1, V1).current(1).build());
        ComplaintEngine rotating = engine(store, EventSealer.rotating(keys));
        run(rotating, id, CommandType.ASSIGN, CommandType.START_INVESTIGATION);
        keys.ring.set(keys.ring.get().rotateTo(2, V2));
        run(rotating, id, CommandType.PAUSE, CommandType.RESUME);

        assertEquals(List.of(0, 0, 1, 1, 2, 2), versions(store, id));
        ChainVerifier verifier = new ChainVerifier(store, EventSealer.rotating(keys.ring.get()));
        ChainVerdict verdict = verifier.verify(id);
        assertTrue(verdict.intact(), () -> verdict.firstBreak().reason());
        assertTrue(rotating.verifier().verify(id).intact());

        // the paused event's time changed in the database, after the rotation to version 2
        sql(db, "UPDATE ck_event SET payload = replace(payload, '\"occurredAt\":\"2026-03-02T02:50:00Z\"', "
                + "'\"occurredAt\":\"2026-03-02T02:51:00Z\"') WHERE complaint_id = ? AND sequence = 5", id.value());
        ChainBreak found = verifier.verify(id).firstBreak();
        assertEquals(new ChainBreak(5, BreakKind.ALTERED, "event 5 or its seal is not what was sealed (key version 2)",
                OptionalInt.of(2)), found);
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgres"})
    void a_key_version_changed_or_unknown_in_the_database_is_reported_with_the_version_it_names(String kind) {
        DataSource db = database(kind);
        JdbcComplaintStore store = JdbcComplaintStore.of(db);
        HostKeys keys = new HostKeys(SealKeyRing.builder().key(1, V1).current(1).build());
        ComplaintEngine engine = engine(store, EventSealer.rotating(keys));
        ComplaintId id = engine.execute(Fixtures.registration(clock.instant())).complaintId();
        run(engine, id, CommandType.ACCEPT);
        keys.ring.set(keys.ring.get().rotateTo(2, V2));
        run(engine, id, CommandType.ASSIGN, CommandType.START_INVESTIGATION);
        ChainVerifier verifier = new ChainVerifier(store, EventSealer.rotating(keys.ring.get()));
        assertTrue(verifier.verify(id).intact());

        sql(db, "UPDATE ck_event SET seal_key_version = 1 WHERE complaint_id = ? AND sequence = 3", id.value());
        assertEquals(new ChainBreak(3, BreakKind.ALTERED, "event 3 or its seal is not what was sealed (key version 1)",
                OptionalInt.of(1)), verifier.verify(id).firstBreak());

        sql(db, "UPDATE ck_event SET seal_key_version = 9 WHERE complaint_id = ? AND sequence = 3", id.value());
        assertEquals(new ChainBreak(3, BreakKind.UNKNOWN_KEY, "event 3 is sealed under key version 9, which the "
                + "verifier's keys do not hold, so it cannot be verified", OptionalInt.of(9)),
                verifier.verify(id).firstBreak());

        sql(db, "UPDATE ck_event SET seal_key_version = 2 WHERE complaint_id = ? AND sequence = 3", id.value());
        assertTrue(verifier.verify(id).intact(), "put back, it verifies again");
        ChainBreak retired = new ChainVerifier(store, EventSealer.rotating(keys.ring.get().without(1))).verify(id)
                .firstBreak();
        assertEquals(BreakKind.UNKNOWN_KEY, retired.kind());
        assertEquals(1, retired.sequence());
        assertEquals(OptionalInt.of(1), retired.keyVersion());
    }

    /**
     * Rows written in the form stored before schema version 9 (no key version column in the insert), with seals
     * computed once under the legacy key and frozen in {@code frozen-legacy-chain.tsv}.
     */
    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgres"})
    void rows_stored_before_key_versions_existed_read_as_version_0_and_verify_under_the_legacy_key(String kind)
            throws IOException {
        DataSource db = database(kind);
        List<String> lines;
        try (InputStream in = SealKeyRotationTest.class.getResourceAsStream("frozen-legacy-chain.tsv")) {
            lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
        ComplaintId id = ComplaintId.of(lines.get(0));
        long registered = Long.parseLong(lines.get(1).split("\t")[2]);
        long assigned = Long.parseLong(lines.get(3).split("\t")[2]);
        sql(db, "INSERT INTO ck_complaint (complaint_id, version, status, receiving_unit, handling_unit, customer_ref, "
                + "received_at, last_changed_at) VALUES (?, 3, 'ASSIGNED', 'GD-SZ-FT-001', 'GD-SZ', 'CIF00012345', ?, ?)",
                id.value(), registered, assigned);
        for (String line : lines.subList(1, lines.size())) {
            String[] column = line.split("\t");
            sql(db, "INSERT INTO ck_event (complaint_id, sequence, event_type, occurred_at, payload, seal) "
                    + "VALUES (?, ?, ?, ?, ?, ?)", id.value(), Long.parseLong(column[0]), column[1],
                    Long.parseLong(column[2]), column[3], column[4]);
        }
        JdbcComplaintStore store = JdbcComplaintStore.of(db);
        assertEquals(List.of(0, 0, 0), versions(store, id));

        SealKeyRing ring = SealKeyRing.builder().legacyKey(LEGACY).key(1, V1).current(1).build();
        ChainVerdict verdict = new ChainVerifier(store, EventSealer.rotating(ring)).verify(id);
        assertTrue(verdict.intact(), () -> verdict.firstBreak().reason());
        assertEquals(3, verdict.eventsChecked());
        assertTrue(new ChainVerifier(store, EventSealer.hmacSha256(LEGACY)).verify(id).intact(),
                "and under the plain sealer of the legacy key, as before");

        ChainBreak withoutLegacy = new ChainVerifier(store, EventSealer.rotating(ring.without(0))).verify(id)
                .firstBreak();
        assertEquals(new ChainBreak(1, BreakKind.UNKNOWN_KEY, "event 1 is sealed under key version 0, which the "
                + "verifier's keys do not hold, so it cannot be verified", OptionalInt.of(0)), withoutLegacy);

        sql(db, "UPDATE ck_event SET payload = replace(payload, 'S-2001', 'S-9999') WHERE complaint_id = ? "
                + "AND sequence = 2", id.value());
        assertEquals(new ChainBreak(2, BreakKind.ALTERED, "event 2 or its seal is not what was sealed (key version 0)",
                OptionalInt.of(0)), new ChainVerifier(store, EventSealer.rotating(ring)).verify(id).firstBreak());
    }
}
