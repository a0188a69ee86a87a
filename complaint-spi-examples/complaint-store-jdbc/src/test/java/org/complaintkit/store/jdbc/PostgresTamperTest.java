package org.complaintkit.store.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.complaintkit.api.command.CommandType;
import org.complaintkit.api.complaint.ComplaintId;
import org.complaintkit.core.engine.ComplaintEngine;
import org.complaintkit.core.integrity.BreakKind;
import org.complaintkit.core.integrity.ChainBreak;
import org.complaintkit.core.integrity.ChainHead;
import org.complaintkit.core.integrity.ChainVerdict;
import org.complaintkit.core.integrity.ChainVerifier;
import org.complaintkit.core.integrity.EventSealer;
import org.complaintkit.core.integrity.IntegrityReport;
import org.complaintkit.spi.storage.codec.EventCodec;
import org.complaintkit.testkit.Commands;
import org.complaintkit.testkit.Fixtures;
import org.complaintkit.testkit.MutableClock;
import org.complaintkit.spi.storage.ComplaintQuery;
import org.complaintkit.spi.storage.SealedEvent;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/**
 * Someone with write access to the PostgreSQL database edits complaint histories row by row, as an insider
 * could; the verifier, holding the bank's seal key, names the first event each edit touched.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class PostgresTamperTest {
    private static final EventSealer KEYED = EventSealer.hmacSha256(
            "a 32-byte key from the key store".getBytes(StandardCharsets.US_ASCII));

    private final MutableClock clock = MutableClock.at("2026-03-02T01:30:00Z");

    private static void sql(DataSource db, String statement, Object... parameters) {
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement(statement)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private ComplaintId sixEvents(ComplaintEngine engine) {
        ComplaintId id = engine.execute(Fixtures.registration(clock.instant())).complaintId();
        for (CommandType type : List.of(CommandType.ACCEPT, CommandType.ASSIGN, CommandType.START_INVESTIGATION,
                CommandType.PAUSE, CommandType.RESUME)) {
            clock.advance(Duration.ofMinutes(20));
            engine.execute(Commands.of(type, id, Fixtures.HANDLER));
        }
        return id;
    }

    @Test
    void every_kind_of_edit_made_in_the_database_is_found_at_the_first_event_it_touched() {
        DataSource db = Databases.postgres();
        Databases.wipe(db);
        JdbcComplaintStore store = JdbcComplaintStore.of(db);
        ComplaintEngine engine = ComplaintEngine.builder().clock(clock).store(store).discoverPlugins(false)
                .sealer(KEYED).build();
        List<ComplaintId> ids = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            ids.add(sixEvents(engine));
        }
        ChainVerifier verifier = new ChainVerifier(store, KEYED);
        ChainHead anchor = verifier.verify(ids.get(5)).head();
        assertEquals(6, anchor.sequence());
        IntegrityReport before = verifier.verifyAll(ComplaintQuery.all(3));
        assertTrue(before.intact());
        assertEquals(7, before.complaintsChecked());
        assertEquals(42, before.eventsChecked());

        // 0: the handler named on the acceptance changed in the JSON
        sql(db, "UPDATE ck_event SET payload = replace(payload, 'S-2001', 'S-9999') WHERE complaint_id = ? "
                + "AND sequence = 2", ids.get(0).value());
        // 1: an event deleted from the middle
        sql(db, "DELETE FROM ck_event WHERE complaint_id = ? AND sequence = 3", ids.get(1).value());
        // 2: two events swapped by their sequence numbers
        sql(db, "UPDATE ck_event SET sequence = -4 WHERE complaint_id = ? AND sequence = 4", ids.get(2).value());
        sql(db, "UPDATE ck_event SET sequence = 4 WHERE complaint_id = ? AND sequence = 5", ids.get(2).value());
        sql(db, "UPDATE ck_event SET sequence = 5 WHERE complaint_id = ? AND sequence = -4", ids.get(2).value());
        // 3: the first event overwritten with something that is not an event
        sql(db, "UPDATE ck_event SET payload = '{\"@type\":\"Nothing\"}' WHERE complaint_id = ? AND sequence = 1",
                ids.get(3).value());
        // 4: an event changed and every seal from it on recomputed with SHA-256, the key being out of reach
        forgeWithoutTheKey(db, store, ids.get(4), 2);
        // 5: the last event cut off and the complaint's version put back, leaving a shorter consistent chain
        sql(db, "DELETE FROM ck_event WHERE complaint_id = ? AND sequence = 6", ids.get(5).value());
        sql(db, "UPDATE ck_complaint SET version = 5 WHERE complaint_id = ?", ids.get(5).value());
        // 6: untouched

        assertEquals(new ChainBreak(2, BreakKind.ALTERED, "event 2 or its seal is not what was sealed"),
                verifier.verify(ids.get(0)).firstBreak());
        assertEquals(new ChainBreak(3, BreakKind.MISSING, "event 3 is missing; the next stored is 4"),
                verifier.verify(ids.get(1)).firstBreak());
        assertEquals(new ChainBreak(4, BreakKind.REORDERED, "the event stored as event 4 was sealed as event 5"),
                verifier.verify(ids.get(2)).firstBreak());
        assertEquals(new ChainBreak(1, BreakKind.UNREADABLE, "event 1 does not read as an event"),
                verifier.verify(ids.get(3)).firstBreak());
        assertEquals(new ChainBreak(2, BreakKind.ALTERED, "event 2 or its seal is not what was sealed"),
                verifier.verify(ids.get(4)).firstBreak());
        assertTrue(verifier.verify(ids.get(5)).intact(), "a cut-off end is consistent on its own");
        ChainVerdict cut = verifier.verify(ids.get(5), anchor);
        assertEquals(new ChainBreak(6, BreakKind.TRUNCATED, "the history ends at event 5 but event 6 was anchored"),
                cut.firstBreak());
        assertTrue(verifier.verify(ids.get(6)).intact());

        IntegrityReport after = verifier.verifyAll(ComplaintQuery.all(3));
        assertEquals(7, after.complaintsChecked());
        assertEquals(ids.subList(0, 5).stream().sorted().toList(),
                after.broken().stream().map(ChainVerdict::complaintId).toList(), "by complaint id");
    }

    /** Reads a history, changes one event's handler, and writes every seal from it on again unkeyed. */
    private static void forgeWithoutTheKey(DataSource db, JdbcComplaintStore store, ComplaintId id, long from) {
        List<SealedEvent> rows = store.loadSealed(id);
        EventSealer forger = EventSealer.sha256();
        String previous = rows.get((int) from - 2).seal();
        for (SealedEvent row : rows.subList((int) from - 1, rows.size())) {
            String payload = EventCodec.encode(row.event());
            if (row.sequence() == from) {
                payload = payload.replace("S-2001", "S-9999");
            }
            previous = forger.seal(previous, EventCodec.decode(payload));
            sql(db, "UPDATE ck_event SET payload = ?, seal = ? WHERE complaint_id = ? AND sequence = ?", payload,
                    previous, id.value(), row.sequence());
        }
        assertTrue(new ChainVerifier(store, forger).verify(id).firstBreak().sequence() < from,
                "the forged part is consistent under SHA-256; only the keyed part before it is not");
    }
}
