package org.complaintkit.store.jdbc;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import javax.sql.DataSource;
import org.complaintkit.api.command.ErasePersonalData;
import org.complaintkit.api.command.IdempotencyKey;
import org.complaintkit.api.complaint.ComplaintId;
import org.complaintkit.api.complaint.CustomerRef;
import org.complaintkit.api.event.ComplaintRegistered;
import org.complaintkit.api.organisation.Actor;
import org.complaintkit.api.organisation.Role;
import org.complaintkit.api.organisation.StaffId;
import org.complaintkit.core.engine.ComplaintEngine;
import org.complaintkit.core.integrity.EventSealer;
import org.complaintkit.spi.erasure.KeyLookup;
import org.complaintkit.spi.erasure.KeyState;
import org.complaintkit.testkit.Fixtures;
import org.junit.jupiter.api.Test;

/** The JDBC key store on H2, in a database of its own apart from the events (issue 27 item 5). */
class H2PersonalDataKeysTest {
    final Clock clock = Clock.fixed(Instant.parse("2026-03-02T01:30:00Z"), ZoneOffset.UTC);

    static DataSource keyDatabase() {
        DataSource keys = Databases.pool("jdbc:h2:mem:ck-keys-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1", "sa", 4);
        JdbcPersonalDataKeys.migrate(keys);
        return keys;
    }

    @Test
    void aKeyIsCreatedOnceFoundAgainAndDestroyedIdempotentlyAsDistinctFromUnknown() {
        JdbcPersonalDataKeys keys = JdbcPersonalDataKeys.of(keyDatabase(), clock);
        ComplaintId id = ComplaintId.of("C-1");
        KeyLookup created = keys.keyFor(id, CustomerRef.of("CIF1"));
        assertEquals(KeyState.PRESENT, created.state());
        assertArrayEquals(created.key().getEncoded(), keys.keyFor(id, CustomerRef.of("CIF1")).key().getEncoded());
        assertArrayEquals(created.key().getEncoded(), keys.find(created.keyRef()).key().getEncoded());
        assertEquals(KeyState.PRESENT, keys.destroy(created.keyRef()), "this call destroyed it");
        assertEquals(KeyState.DESTROYED, keys.destroy(created.keyRef()), "idempotent");
        assertEquals(KeyState.DESTROYED, keys.find(created.keyRef()).state());
        assertEquals(KeyState.DESTROYED, keys.keyFor(id, CustomerRef.of("CIF1")).state(), "no new key for it");
        assertEquals(KeyState.UNKNOWN, keys.find("C-never").state());
        assertEquals(KeyState.UNKNOWN, keys.destroy("C-never"));
    }

    @Test
    void anEngineOnAJdbcStoreErasesThroughJdbcKeysAndTheChainStillVerifies() {
        EventSealer sealer = EventSealer.hmacSha256("jdbc erasure seal key, 32 bytes!".getBytes(StandardCharsets.UTF_8));
        ComplaintEngine engine = ComplaintEngine.builder().noPluginDiscovery().clock(clock).sealer(sealer)
                .store(JdbcComplaintStore.of(Databases.h2()))
                .personalDataKeys(JdbcPersonalDataKeys.of(keyDatabase(), clock)).build();
        ComplaintId id = engine.execute(Fixtures.registration(clock.instant())).complaintId();
        assertEquals(Fixtures.NAME, ((ComplaintRegistered) engine.hostReads().history(id).get(0)).registration()
                .complainant().name().reveal());
        engine.execute(ErasePersonalData.of(id, Actor.staff(StaffId.of("S-5001"), Fixtures.BRANCH,
                Role.COMPLAINT_MANAGER), IdempotencyKey.random(), "PIPL-47", "asked"));
        assertTrue(((ComplaintRegistered) engine.hostReads().history(id).get(0)).registration().complainant().name()
                .isErased());
        assertTrue(engine.verify(id).intact());
    }
}
