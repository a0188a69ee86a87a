package org.complaintkit.store.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.complaintkit.api.command.CommandType;
import org.complaintkit.api.command.ErasePersonalData;
import org.complaintkit.api.command.IdempotencyKey;
import org.complaintkit.api.complaint.ComplaintId;
import org.complaintkit.api.organisation.Actor;
import org.complaintkit.api.organisation.Role;
import org.complaintkit.api.organisation.StaffId;
import org.complaintkit.core.engine.ComplaintEngine;
import org.complaintkit.core.integrity.EventSealer;
import org.complaintkit.core.notification.NotificationSetup;
import org.complaintkit.spi.storage.OutboxStatus;
import org.complaintkit.testkit.Commands;
import org.complaintkit.testkit.ComplaintScenario;
import org.complaintkit.testkit.Fixtures;
import org.complaintkit.testkit.PostgresPlatform;
import org.junit.jupiter.api.Test;

/**
 * After an erasure commits, no column of the JDBC store holds the complaint's clear personal texts: the outbox's
 * notification column is rewritten in the erasure's own transaction (issue 27 item 5's leftovers), on H2 and on
 * embedded PostgreSQL.
 */
class ErasedOutboxJdbcTest {
    final Clock clock = Clock.fixed(Instant.parse("2026-03-02T01:30:00Z"), ZoneOffset.UTC);
    static final Actor MANAGER = Actor.staff(StaffId.of("S-5001"), Fixtures.BRANCH, Role.COMPLAINT_MANAGER);

    /** Every text column the store keeps of a complaint: event payloads, outbox notifications and failures. */
    static List<String> columns(DataSource database, ComplaintId id) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Connection connection = database.getConnection()) {
            for (String sql : List.of("SELECT payload FROM ck_event WHERE complaint_id = ?",
                    "SELECT notification FROM ck_outbox WHERE complaint_id = ?",
                    "SELECT COALESCE(last_failure, '') FROM ck_outbox WHERE complaint_id = ?")) {
                try (PreparedStatement select = connection.prepareStatement(sql)) {
                    select.setString(1, id.value());
                    try (ResultSet rows = select.executeQuery()) {
                        while (rows.next()) {
                            out.add(rows.getString(1));
                        }
                    }
                }
            }
        }
        return out;
    }

    static boolean holdsClear(List<String> columns) {
        return columns.stream().anyMatch(c -> c.contains(Fixtures.NAME) || c.contains(Fixtures.PHONE)
                || c.contains(Fixtures.CONTENT));
    }

    void erasureLeavesNoClearTextInAnyColumn(DataSource events, DataSource keys) throws SQLException {
        EventSealer sealer = EventSealer.hmacSha256("jdbc erasure seal key, 32 bytes!".getBytes(StandardCharsets.UTF_8));
        JdbcComplaintStore store = JdbcComplaintStore.of(events);
        ComplaintEngine engine = ComplaintEngine.builder().noPluginDiscovery().clock(clock).sealer(sealer)
                .store(store).notifications(NotificationSetup.standard())
                .personalDataKeys(JdbcPersonalDataKeys.of(keys, clock)).build();
        ComplaintId id = engine.execute(Fixtures.registration(clock.instant())).complaintId();
        engine.execute(Commands.of(CommandType.ACCEPT, id, ComplaintScenario.defaultActor(CommandType.ACCEPT)));
        assertTrue(holdsClear(columns(events, id)), "a queued notice holds the complainant's texts in clear");

        engine.execute(ErasePersonalData.of(id, MANAGER, IdempotencyKey.random(), "PIPL-47", "asked"));

        assertFalse(holdsClear(columns(events, id)), () -> {
            try {
                return "no column holds a clear personal text after the erasure: " + columns(events, id).stream()
                        .filter(c -> holdsClear(List.of(c))).map(c -> c.length() > 300 ? c.substring(0, 300) : c)
                        .toList();
            } catch (SQLException e) {
                return e.toString();
            }
        });
        assertTrue(store.outbox(id).stream().allMatch(e -> e.status() == OutboxStatus.DEAD
                && e.lastFailure().startsWith("CMP-2284")), "every queued notice ended unsent");
        assertTrue(engine.verify(id).intact());
        assertEquals(List.of(), engine.verify(id).mismatches());
    }

    @Test
    void onH2TheOutboxColumnLosesTheClearTextInTheErasuresOwnTransaction() throws SQLException {
        erasureLeavesNoClearTextInAnyColumn(Databases.h2(), H2PersonalDataKeysTest.keyDatabase());
    }

    @Test
    void onPostgresTheOutboxColumnLosesTheClearTextInTheErasuresOwnTransaction() throws SQLException {
        assumeTrue(!(PostgresPlatform.onThisMachine() instanceof PostgresPlatform.Verdict.Skip),
                "no embedded PostgreSQL on this machine");
        Databases.wipe(Databases.postgres());
        erasureLeavesNoClearTextInAnyColumn(Databases.postgres(), PostgresPersonalDataKeysTest.keyDatabase());
    }
}
