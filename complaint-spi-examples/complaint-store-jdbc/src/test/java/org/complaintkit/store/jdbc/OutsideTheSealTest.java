package org.complaintkit.store.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import javax.sql.DataSource;
import org.complaintkit.api.command.CommandType;
import org.complaintkit.api.complaint.ComplaintId;
import org.complaintkit.core.engine.ComplaintEngine;
import org.complaintkit.core.integrity.BreakKind;
import org.complaintkit.core.integrity.ChainBreak;
import org.complaintkit.core.integrity.ChainVerdict;
import org.complaintkit.core.integrity.ChainVerifier;
import org.complaintkit.core.integrity.EventSealer;
import org.complaintkit.core.integrity.IntegrityReport;
import org.complaintkit.spi.storage.ComplaintQuery;
import org.complaintkit.spi.storage.SealedEvent;
import org.complaintkit.testkit.Commands;
import org.complaintkit.testkit.Fixtures;
import org.complaintkit.testkit.MutableClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/**
 * An insider with write access to the PostgreSQL database edits what lies beside the sealed text of events, or
 * changes the text in ways a verifier that decodes and encodes again would not see: every edit is reported.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class OutsideTheSealTest {
    private static final EventSealer KEYED = EventSealer.hmacSha256(
            "a 32-byte key from the key store".getBytes(StandardCharsets.US_ASCII));

    private final MutableClock clock = MutableClock.at("2026-03-02T01:30:00Z");
    private DataSource db;
    private JdbcComplaintStore store;

    @BeforeEach
    void emptyDatabase() {
        db = Databases.postgres();
        Databases.wipe(db);
        store = JdbcComplaintStore.of(db);
    }

    static void sql(DataSource db, String statement, Object... parameters) {
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement(statement)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            assertEquals(1, s.executeUpdate(), statement);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private ComplaintId investigated(ComplaintEngine engine) {
        ComplaintId id = engine.execute(Fixtures.registration(clock.instant())).complaintId();
        for (CommandType type : List.of(CommandType.ACCEPT, CommandType.ASSIGN, CommandType.START_INVESTIGATION)) {
            clock.advance(Duration.ofMinutes(20));
            engine.execute(Commands.of(type, id, Fixtures.HANDLER));
        }
        return id;
    }

    private ComplaintEngine engine(EventSealer sealer) {
        return ComplaintEngine.builder().clock(clock).store(store).discoverPlugins(false).sealer(sealer).build();
    }

    @Test
    void a_json_member_added_to_a_sealed_event_is_reported_as_altered() {
        ComplaintId id = investigated(engine(KEYED));
        ChainVerifier verifier = new ChainVerifier(store, KEYED);
        assertTrue(verifier.verify(id).intact());

        sql(db, "UPDATE ck_event SET payload = replace(payload, '\"header\":', '\"approvedBy\":\"S-9999\",\"header\":') "
                + "WHERE complaint_id = ? AND sequence = 2", id.value());

        assertEquals(new ChainBreak(2, BreakKind.ALTERED, "event 2 is not stored as the engine wrote it: its text is "
                + "not the canonical text its seal was computed over"), verifier.verify(id).firstBreak(),
                "the added member is outside what the decoded event holds, not outside the seal");
    }

    @Test
    void a_json_member_added_and_the_unkeyed_chain_recomputed_over_the_stored_text_is_still_reported() {
        ComplaintId id = investigated(engine(EventSealer.sha256()));
        sql(db, "UPDATE ck_event SET payload = replace(payload, '\"header\":', '\"approvedBy\":\"S-9999\",\"header\":') "
                + "WHERE complaint_id = ? AND sequence = 2", id.value());
        List<SealedEvent> rows = store.loadSealed(id);
        String previous = rows.get(0).seal();
        for (SealedEvent row : rows.subList(1, rows.size())) {
            previous = EventSealer.sha256().sealStored(previous, row.text());
            sql(db, "UPDATE ck_event SET seal = ? WHERE complaint_id = ? AND sequence = ?", previous, id.value(),
                    row.sequence());
        }

        assertEquals(new ChainBreak(2, BreakKind.ALTERED, "event 2 is not stored as the engine wrote it: its text is "
                + "not the canonical text its seal was computed over"),
                new ChainVerifier(store, EventSealer.sha256()).verify(id).firstBreak(),
                "the seals agree with the stored text, but the engine never writes such text");
    }

    @Test
    void an_unsealed_column_of_an_event_row_changed_is_reported() {
        ComplaintId id = investigated(engine(KEYED));
        sql(db, "UPDATE ck_event SET event_type = 'ComplaintClosed' WHERE complaint_id = ? AND sequence = 3",
                id.value());
        ComplaintId other = investigated(engine(KEYED));
        sql(db, "UPDATE ck_event SET occurred_at = occurred_at - 86400000000000 WHERE complaint_id = ? "
                + "AND sequence = 4", other.value());

        ChainVerifier verifier = new ChainVerifier(store, KEYED);
        assertEquals(new ChainBreak(3, BreakKind.COLUMN_ALTERED, "the type column of event 3 disagrees with its "
                + "sealed text"), verifier.verify(id).firstBreak());
        assertEquals(new ChainBreak(4, BreakKind.COLUMN_ALTERED, "the occurred at column of event 4 disagrees "
                + "with its sealed text"), verifier.verify(other).firstBreak());
        IntegrityReport report = verifier.verifyAll(ComplaintQuery.all(10));
        assertEquals(List.of(id, other).stream().sorted().toList(),
                report.broken().stream().map(ChainVerdict::complaintId).toList());
    }
}
