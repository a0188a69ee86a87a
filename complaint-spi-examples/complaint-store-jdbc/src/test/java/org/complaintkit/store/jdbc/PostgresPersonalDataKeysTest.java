package org.complaintkit.store.jdbc;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import org.complaintkit.api.command.ErasePersonalData;
import org.complaintkit.api.command.IdempotencyKey;
import org.complaintkit.api.complaint.ComplaintId;
import org.complaintkit.api.complaint.CustomerRef;
import org.complaintkit.api.event.ComplaintRegistered;
import org.complaintkit.core.engine.ComplaintEngine;
import org.complaintkit.core.integrity.EventSealer;
import org.complaintkit.spi.erasure.KeyLookup;
import org.complaintkit.spi.erasure.KeyState;
import org.complaintkit.testkit.Fixtures;
import org.complaintkit.testkit.MutableClock;
import org.complaintkit.testkit.PostgresPlatform;
import org.junit.jupiter.api.Test;

/**
 * The JDBC key store on embedded PostgreSQL, in a database of its own on the server the module's other PostgreSQL
 * tests use, apart from the events (issue 27 item 5).
 */
class PostgresPersonalDataKeysTest {
    private static final AtomicInteger NAMES = new AtomicInteger();
    final Clock clock = Clock.fixed(Instant.parse("2026-03-02T01:30:00Z"), ZoneOffset.UTC);

    /** A new database of its own on the shared server, with the key store's schema migrated. */
    static HikariDataSource keyDatabase() {
        assumeTrue(!(PostgresPlatform.onThisMachine() instanceof PostgresPlatform.Verdict.Skip),
                "no embedded PostgreSQL on this machine");
        String name = "ck_keys_" + NAMES.incrementAndGet() + "_" + ProcessHandle.current().pid();
        try (Connection connection = Databases.postgres().getConnection();
             Statement statement = connection.createStatement()) {
            statement.executeUpdate("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create the key database", e);
        }
        HikariDataSource keys = Databases.pool(Databases.server().getJdbcUrl("postgres", name), "postgres", 4);
        JdbcPersonalDataKeys.migrate(keys);
        return keys;
    }

    @Test
    void aKeyIsCreatedOnceFoundAgainAndDestroyedIdempotentlyAsDistinctFromUnknown() {
        try (HikariDataSource database = keyDatabase()) {
            JdbcPersonalDataKeys keys = JdbcPersonalDataKeys.of(database, clock);
            ComplaintId id = ComplaintId.of("C-1");
            KeyLookup created = keys.keyFor(id, CustomerRef.of("CIF1"));
            assertEquals(KeyState.PRESENT, created.state());
            assertEquals(32, created.key().getEncoded().length, "AES-256");
            assertArrayEquals(created.key().getEncoded(), keys.keyFor(id, CustomerRef.of("CIF1")).key().getEncoded());
            assertArrayEquals(created.key().getEncoded(), keys.find(created.keyRef()).key().getEncoded());
            assertEquals(KeyState.PRESENT, keys.destroy(created.keyRef()), "this call destroyed it");
            assertEquals(KeyState.DESTROYED, keys.destroy(created.keyRef()), "idempotent");
            assertEquals(KeyState.DESTROYED, keys.find(created.keyRef()).state());
            assertEquals(KeyState.DESTROYED, keys.keyFor(id, CustomerRef.of("CIF1")).state(), "no new key for it");
            assertEquals(KeyState.UNKNOWN, keys.find("C-never").state());
            assertEquals(KeyState.UNKNOWN, keys.destroy("C-never"));
        }
    }

    @Test
    void aDestroyedKeyStaysDestroyedForANewKeyStoreOnANewPoolAndItsBytesAreGoneFromTheRow() throws SQLException {
        try (HikariDataSource database = keyDatabase()) {
            KeyLookup created = JdbcPersonalDataKeys.of(database, clock).keyFor(ComplaintId.of("C-2"),
                    CustomerRef.of("CIF2"));
            KeyLookup kept = JdbcPersonalDataKeys.of(database, clock).keyFor(ComplaintId.of("C-3"),
                    CustomerRef.of("CIF3"));
            JdbcPersonalDataKeys.of(database, clock).destroy(created.keyRef());
            String url = database.getJdbcUrl();
            database.close();

            // as after a restart: a new pool and a new key store object on the same database
            try (HikariDataSource again = Databases.pool(url, "postgres", 2)) {
                JdbcPersonalDataKeys restarted = JdbcPersonalDataKeys.of(again, clock);
                assertEquals(KeyState.DESTROYED, restarted.find(created.keyRef()).state());
                assertEquals(KeyState.DESTROYED, restarted.keyFor(ComplaintId.of("C-2"), CustomerRef.of("CIF2"))
                        .state(), "no new key for an erased complaint");
                assertArrayEquals(kept.key().getEncoded(), restarted.find(kept.keyRef()).key().getEncoded(),
                        "another complaint's key lives on");
                try (Connection connection = again.getConnection();
                     PreparedStatement select = connection.prepareStatement(
                             "SELECT key_bytes IS NULL, destroyed_at IS NOT NULL FROM ck_personal_data_key "
                                     + "WHERE key_ref = ?")) {
                    select.setString(1, created.keyRef());
                    try (ResultSet row = select.executeQuery()) {
                        assertTrue(row.next());
                        assertTrue(row.getBoolean(1), "the key's bytes are gone from its row");
                        assertTrue(row.getBoolean(2));
                    }
                }
            }
        }
    }

    @Test
    void aKeyDestroyedThroughAnotherKeyStoreObjectIsServedHereOnlyUntilItsMinuteRunsOut() {
        MutableClock clock = MutableClock.at("2026-03-02T01:30:00Z");
        try (HikariDataSource database = keyDatabase()) {
            JdbcPersonalDataKeys here = JdbcPersonalDataKeys.of(database, clock);
            JdbcPersonalDataKeys elsewhere = JdbcPersonalDataKeys.of(database, clock);
            KeyLookup created = here.keyFor(ComplaintId.of("C-4"), CustomerRef.of("CIF4"));
            assertEquals(KeyState.PRESENT, here.find(created.keyRef()).state());

            assertEquals(KeyState.PRESENT, elsewhere.destroy(created.keyRef()));
            assertEquals(KeyState.DESTROYED, elsewhere.find(created.keyRef()).state(), "the destroyer forgets it");
            assertEquals(KeyState.PRESENT, here.find(created.keyRef()).state(), "kept in memory for its minute");
            clock.advance(JdbcPersonalDataKeys.LIVE_KEY_TTL);
            assertEquals(KeyState.DESTROYED, here.find(created.keyRef()).state(), "read again when it runs out");
        }
    }

    @Test
    void anEngineWhoseKeyStoreStillHoldsTheDestroyedKeyReadsTheComplaintErasedAfterAnotherEngineErasedIt() {
        Databases.wipe(Databases.postgres());
        try (HikariDataSource database = keyDatabase()) {
            EventSealer sealer = EventSealer.hmacSha256("pg erasure seal key of 32 bytes!".getBytes(StandardCharsets.UTF_8));
            JdbcPersonalDataKeys secondKeys = JdbcPersonalDataKeys.of(database, clock);
            ComplaintEngine first = ComplaintEngine.builder().noPluginDiscovery().clock(clock).sealer(sealer)
                    .store(JdbcComplaintStore.of(Databases.postgres()))
                    .personalDataKeys(JdbcPersonalDataKeys.of(database, clock)).build();
            ComplaintEngine second = ComplaintEngine.builder().noPluginDiscovery().clock(clock).sealer(sealer)
                    .store(JdbcComplaintStore.of(Databases.postgres())).personalDataKeys(secondKeys).build();
            ComplaintId id = first.execute(Fixtures.registration(clock.instant())).complaintId();
            assertEquals(Fixtures.NAME, ((ComplaintRegistered) second.hostReads().history(id).get(0)).registration()
                    .complainant().name().reveal());

            first.execute(ErasePersonalData.of(id, ErasedOutboxJdbcTest.MANAGER, IdempotencyKey.random(), "PIPL-47",
                    "asked"));

            assertEquals(KeyState.PRESENT, secondKeys.find(id.value()).state(), "the second still holds the key");
            assertTrue(((ComplaintRegistered) second.hostReads().history(id).get(0)).registration().complainant()
                    .name().isErased(), "yet reads the complaint erased");
            assertTrue(second.verify(id).intact());
        }
    }

    @Test
    void anEngineOnPostgresErasesThroughPostgresKeysAndTheChainStillVerifies() {
        Databases.wipe(Databases.postgres());
        try (HikariDataSource database = keyDatabase()) {
            EventSealer sealer = EventSealer.hmacSha256("pg erasure seal key of 32 bytes!".getBytes(StandardCharsets.UTF_8));
            ComplaintEngine engine = ComplaintEngine.builder().noPluginDiscovery().clock(clock).sealer(sealer)
                    .store(JdbcComplaintStore.of(Databases.postgres()))
                    .personalDataKeys(JdbcPersonalDataKeys.of(database, clock)).build();
            ComplaintId id = engine.execute(Fixtures.registration(clock.instant())).complaintId();
            assertEquals(Fixtures.NAME, ((ComplaintRegistered) engine.hostReads().history(id).get(0)).registration()
                    .complainant().name().reveal());
            engine.execute(ErasePersonalData.of(id, ErasedOutboxJdbcTest.MANAGER, IdempotencyKey.random(), "PIPL-47",
                    "asked"));
            assertTrue(((ComplaintRegistered) engine.hostReads().history(id).get(0)).registration().complainant()
                    .name().isErased());
            assertTrue(engine.verify(id).intact());
        }
    }
}
