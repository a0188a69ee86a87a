package org.complaintkit.store.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.complaintkit.core.engine.ComplaintEngine;
import org.complaintkit.core.integrity.EventSealer;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/**
 * An engine over a database store sealed with the unkeyed default says so once, at build, at WARN: with it,
 * anyone who can write the database can rewrite a history and recompute its seals. Choosing a sealer, either
 * one, is the host's answer and silences it.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class UnkeyedSealerWarningTest {
    private static final String WARNING = "WARN org.complaintkit.core.engine.EngineParts - the complaint store "
            + "org.complaintkit.store.jdbc.JdbcComplaintStore is sealed with the default unkeyed SHA-256";

    /** What slf4j-simple writes to standard error while an engine is built. */
    private static String logged(Supplier<ComplaintEngine> build) {
        PrintStream before = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            build.get();
        } finally {
            System.setErr(before);
        }
        return captured.toString(StandardCharsets.UTF_8);
    }

    private static long count(String log, String line) {
        return log.lines().filter(l -> l.contains(line)).count();
    }

    @Test
    void a_database_store_with_the_unkeyed_default_warns_once_at_build_naming_the_risk_and_the_remedy() {
        JdbcComplaintStore store = JdbcComplaintStore.of(Databases.h2());
        String log = logged(() -> ComplaintEngine.builder().store(store).discoverPlugins(false).build());
        assertEquals(1, count(log, WARNING), log);
        assertTrue(log.contains("recompute its seals") && log.contains("EventSealer.hmacSha256"), log);
    }

    @Test
    void choosing_a_sealer_either_one_or_keeping_complaints_in_memory_builds_without_the_warning() {
        JdbcComplaintStore store = JdbcComplaintStore.of(Databases.h2());
        EventSealer keyed = EventSealer.hmacSha256("a 32-byte key from the key store".getBytes(StandardCharsets.US_ASCII));
        String log = logged(() -> ComplaintEngine.builder().store(store).discoverPlugins(false).sealer(keyed).build())
                + logged(() -> ComplaintEngine.builder().store(store).discoverPlugins(false)
                        .sealer(EventSealer.sha256()).build())
                + logged(() -> ComplaintEngine.builder().discoverPlugins(false).build());
        assertEquals(0, count(log, "unkeyed"), log);
    }

    private static final String SHARED = "WARN org.complaintkit.store.jdbc.JdbcPersonalDataKeys - the personal-data "
            + "key store's database also holds the complaint events";

    @Test
    void a_key_store_in_the_events_database_warns_once_and_one_in_a_database_of_its_own_does_not() {
        Clock clock = Clock.systemUTC();
        DataSource events = Databases.h2();
        JdbcPersonalDataKeys.migrate(events);
        String shared = logged(() -> ComplaintEngine.builder().store(JdbcComplaintStore.of(events))
                .sealer(EventSealer.sha256()).discoverPlugins(false)
                .personalDataKeys(JdbcPersonalDataKeys.of(events, clock)).build());
        assertEquals(1, count(shared, SHARED), shared);
        assertTrue(shared.contains("a database of its own"), shared);

        String apart = logged(() -> ComplaintEngine.builder().store(JdbcComplaintStore.of(Databases.h2()))
                .sealer(EventSealer.sha256()).discoverPlugins(false)
                .personalDataKeys(JdbcPersonalDataKeys.of(H2PersonalDataKeysTest.keyDatabase(), clock)).build());
        assertEquals(0, count(apart, "also holds the complaint events"), apart);
    }
}
