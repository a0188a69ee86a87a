package org.complaintkit.store.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.complaintkit.api.command.CommandType;
import org.complaintkit.api.command.HandlingCommand;
import org.complaintkit.api.complaint.ComplaintId;
import org.complaintkit.api.error.ComplaintKitException;
import org.complaintkit.api.error.ErrorCode;
import org.complaintkit.api.error.StoreException;
import org.complaintkit.api.event.ComplaintEvent;
import org.complaintkit.core.engine.ComplaintEngine;
import org.complaintkit.testkit.Commands;
import org.complaintkit.testkit.Fixtures;
import org.complaintkit.testkit.MutableClock;
import org.complaintkit.testkit.PostgresPlatform;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/**
 * The database goes away while commands run: its own PostgreSQL server, stopped mid-run and started again on
 * the same data directory and port.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class DatabaseOutageTest {

    private static EmbeddedPostgres start(Path data, int port) throws IOException {
        PostgresPlatform.assumeBinaries();
        return EmbeddedPostgres.builder().setDataDirectory(data).setCleanDataDirectory(false).setPort(port).start();
    }

    @Test
    void commands_fail_with_a_clear_error_while_the_database_is_down_nothing_is_half_written_and_the_engine_recovers()
            throws Exception {
        Path data = Files.createTempDirectory("ck-outage");
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        EmbeddedPostgres server = start(data, port);
        try (HikariDataSource pool = Databases.pool(server.getJdbcUrl("postgres", "postgres"), "postgres", 4)) {
            JdbcComplaintStore.migrate(pool);
            MutableClock clock = MutableClock.at("2026-03-02T01:30:00Z");
            ComplaintEngine engine = ComplaintEngine.builder().clock(clock).store(JdbcComplaintStore.of(pool))
                    .discoverPlugins(false).build();
            List<ComplaintId> ids = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                ids.add(engine.execute(Fixtures.registration(clock.instant())).complaintId());
            }

            Map<String, List<ComplaintEvent>> acknowledged = new ConcurrentHashMap<>();
            List<HandlingCommand> unavailable = java.util.Collections.synchronizedList(new ArrayList<>());
            AtomicInteger otherErrors = new AtomicInteger();
            AtomicBoolean running = new AtomicBoolean(true);
            Thread writer = new Thread(() -> {
                int n = 0;
                while (running.get()) {
                    ComplaintId id = ids.get(n++ % ids.size());
                    HandlingCommand command = Commands.of(CommandType.RECORD_NEW_FACTS, id, Fixtures.HANDLER);
                    try {
                        acknowledged.put(command.idempotencyKey().value(), engine.execute(command).events());
                    } catch (StoreException e) {
                        if (e.has(ErrorCode.STORE_UNAVAILABLE)) {
                            unavailable.add(command);
                        } else {
                            otherErrors.incrementAndGet();
                        }
                    } catch (ComplaintKitException e) {
                        otherErrors.incrementAndGet();
                    }
                }
            });
            writer.start();
            Thread.sleep(700);
            int beforeOutage = acknowledged.size();
            server.close();
            int failuresBefore = unavailable.size();
            Thread.sleep(2_500);
            assertTrue(unavailable.size() > failuresBefore, "commands fail while the database is down");
            StoreException down = org.junit.jupiter.api.Assertions.assertThrows(StoreException.class,
                    () -> engine.hostReads().find(ids.get(0)));
            assertEquals(ErrorCode.STORE_UNAVAILABLE, down.code(), down.getMessage());
            assertTrue(down.getMessage().contains("cannot be reached"), down.getMessage());
            assertFalse(down.getMessage().contains(Fixtures.NAME) || down.getMessage().contains(Fixtures.PHONE));

            server = start(data, port);
            Thread.sleep(1_500);
            running.set(false);
            writer.join(30_000);
            assertTrue(acknowledged.size() > beforeOutage, "the engine recovered without a restart: "
                    + beforeOutage + " before the outage, " + acknowledged.size() + " in all");
            assertEquals(0, otherErrors.get(), "every failure was a clear STORE_UNAVAILABLE");

            // nothing half-written: each complaint's row version, events, command records and outbox agree
            try (Connection connection = pool.getConnection(); Statement sql = connection.createStatement()) {
                try (ResultSet rows = sql.executeQuery("SELECT c.complaint_id, c.version, "
                        + "(SELECT count(*) FROM ck_event e WHERE e.complaint_id = c.complaint_id), "
                        + "(SELECT coalesce(max(e.sequence), 0) FROM ck_event e WHERE e.complaint_id = c.complaint_id), "
                        + "(SELECT coalesce(max(k.last_sequence), 0) FROM ck_command k WHERE k.complaint_id = c.complaint_id) "
                        + "FROM ck_complaint c")) {
                    int complaints = 0;
                    while (rows.next()) {
                        complaints++;
                        long version = rows.getLong(2);
                        assertEquals(version, rows.getLong(3), "events = version for " + rows.getString(1));
                        assertEquals(version, rows.getLong(4), "gapless");
                        assertTrue(rows.getLong(5) <= version, "no command record beyond the events");
                    }
                    assertEquals(ids.size(), complaints);
                }
            }
            for (List<ComplaintEvent> events : acknowledged.values()) {
                ComplaintEvent first = events.get(0);
                assertEquals(first, engine.hostReads().history(first.complaintId()).get((int) first.sequence() - 1),
                        "every acknowledged command is stored");
            }
            // a command refused as unavailable may be sent again with its key: it is applied exactly once
            for (HandlingCommand command : List.copyOf(unavailable)) {
                int before = engine.hostReads().history(command.complaintId()).size();
                var result = engine.execute(command);
                int after = engine.hostReads().history(command.complaintId()).size();
                assertEquals(result.replayed() ? 0 : result.events().size(), after - before);
                assertTrue(engine.execute(command).replayed(), "sent a third time, it is a replay");
            }
            System.out.printf("outage: %d commands acknowledged (%d before the outage), %d failed as STORE_UNAVAILABLE "
                    + "and were resent once each%n", acknowledged.size(), beforeOutage, unavailable.size());
        } finally {
            server.close();
        }
    }
}
