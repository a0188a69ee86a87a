package org.complaintkit.store.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.complaintkit.api.complaint.ComplaintId;
import org.complaintkit.api.error.ErrorCode;
import org.complaintkit.api.error.StoreException;
import org.complaintkit.core.engine.ComplaintEngine;
import org.complaintkit.core.integrity.BreakKind;
import org.complaintkit.core.integrity.ChainVerdict;
import org.complaintkit.core.integrity.ChainVerifier;
import org.complaintkit.core.integrity.EventSealer;
import org.complaintkit.core.integrity.IntegrityReport;
import org.complaintkit.spi.storage.ComplaintQuery;
import org.complaintkit.testkit.Fixtures;
import org.complaintkit.testkit.MutableClock;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/**
 * Someone with write access to the database stores a row of JSON nested a hundred thousand levels deep (or
 * merely huge). Reading it must not throw an Error out of the engine or stop an integrity run: the engine
 * refuses with a coded StoreException, and the verifier calls that complaint UNREADABLE and checks the rest.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class HostileStoredRowTest {
    private final MutableClock clock = MutableClock.at("2026-03-02T01:30:00Z");

    private static void payload(DataSource db, ComplaintId id, String text) {
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement(
                "UPDATE ck_event SET payload = ? WHERE complaint_id = ? AND sequence = 1")) {
            s.setString(1, text);
            s.setString(2, id.value());
            assertEquals(1, s.executeUpdate());
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void a_deeply_nested_row_is_a_coded_store_exception_for_history_and_unreadable_for_the_verifier() {
        DataSource db = Databases.h2();
        JdbcComplaintStore store = JdbcComplaintStore.of(db);
        ComplaintEngine engine = ComplaintEngine.builder().clock(clock).store(store).noPluginDiscovery().build();
        List<ComplaintId> ids = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            ids.add(engine.execute(Fixtures.registration(clock.instant())).complaintId());
        }
        ComplaintId hostile = ids.get(1);
        payload(db, hostile, "{\"@type\":\"ComplaintRegistered\",\"header\":" + "[".repeat(200_000)
                + "]".repeat(200_000) + "}");

        StoreException refused = assertThrows(StoreException.class, () -> engine.hostReads().history(hostile));
        assertEquals(ErrorCode.STORED_TEXT_BEYOND_LIMITS, refused.code());

        ChainVerifier verifier = new ChainVerifier(store, EventSealer.sha256());
        ChainVerdict verdict = verifier.verify(hostile);
        assertEquals(BreakKind.UNREADABLE, verdict.firstBreak().kind());
        IntegrityReport report = verifier.verifyAll(ComplaintQuery.all(2));
        assertEquals(3, report.complaintsChecked());
        assertEquals(List.of(hostile), report.broken().stream().map(ChainVerdict::complaintId).toList());
        assertTrue(verifier.verify(ids.get(0)).intact());
        assertTrue(verifier.verify(ids.get(2)).intact());
    }

    @Test
    void a_row_larger_than_the_reader_accepts_is_refused_with_the_same_code() {
        DataSource db = Databases.h2();
        JdbcComplaintStore store = JdbcComplaintStore.of(db);
        ComplaintEngine engine = ComplaintEngine.builder().clock(clock).store(store).noPluginDiscovery().build();
        ComplaintId id = engine.execute(Fixtures.registration(clock.instant())).complaintId();
        payload(db, id, "{\"@type\":\"ComplaintRegistered\",\"pad\":[" + "0,".repeat(9_000_000) + "0]}");

        StoreException refused = assertThrows(StoreException.class, () -> engine.hostReads().history(id));
        assertEquals(ErrorCode.STORED_TEXT_BEYOND_LIMITS, refused.code());
        assertEquals(BreakKind.UNREADABLE,
                new ChainVerifier(store, EventSealer.sha256()).verify(id).firstBreak().kind());
    }
}
