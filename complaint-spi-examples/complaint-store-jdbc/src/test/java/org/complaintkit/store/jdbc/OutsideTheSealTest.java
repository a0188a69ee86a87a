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
import org.complaintkit.api.error.ErrorCode;
import org.complaintkit.api.event.ClockChanged;
import org.complaintkit.api.event.NoticeFailed;
import org.complaintkit.api.sla.ClockChange;
import org.complaintkit.core.calendar.BusinessCalendar;
import org.complaintkit.core.calendar.CalendarFile;
import org.complaintkit.core.engine.ComplaintEngine;
import org.complaintkit.core.engine.NotificationDispatcher;
import org.complaintkit.core.integrity.Mismatch;
import org.complaintkit.core.integrity.MismatchKind;
import org.complaintkit.core.notification.NotificationSetup;
import org.complaintkit.core.sla.preset.ChinaCbirc;
import org.complaintkit.spi.notification.Recipient;
import org.complaintkit.spi.storage.OutboxEntry;
import org.complaintkit.spi.storage.OutboxStatus;
import org.complaintkit.testkit.ScriptedReceiver;
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

    /** An engine with the CBIRC clocks on the mainland calendar and notices on, as a bank runs it. */
    private ComplaintEngine bank() {
        return ComplaintEngine.builder().clock(clock).store(store).discoverPlugins(false).sealer(KEYED)
                .calendar(BusinessCalendar.of(CalendarFile.mainlandChina())).policies(ChinaCbirc.policy())
                .notifications(NotificationSetup.standard()).build();
    }

    private ComplaintId accepted(ComplaintEngine engine) {
        ComplaintId id = engine.execute(Fixtures.registration(clock.instant())).complaintId();
        clock.advance(Duration.ofMinutes(20));
        engine.execute(Commands.of(CommandType.ACCEPT, id, Fixtures.HANDLER));
        return id;
    }

    @Test
    void an_index_row_closed_by_sql_with_its_next_due_instant_cleared_is_reported_by_verify_all() {
        ComplaintEngine engine = bank();
        ComplaintId edited = accepted(engine);
        ComplaintId untouched = accepted(engine);
        assertTrue(engine.verifyAll(ComplaintQuery.all(10)).intact());

        sql(db, "UPDATE ck_complaint SET next_due_at = NULL, status = 'CLOSED' WHERE complaint_id = ?",
                edited.value());
        clock.advance(Duration.ofDays(30));
        engine.tick();
        assertTrue(engine.hostReads().history(untouched).stream().anyMatch(e -> e instanceof ClockChanged c
                && c.change() == ClockChange.OVERDUE), "the untouched complaint's breach is recorded");
        assertFalse(engine.hostReads().history(edited).stream().anyMatch(e -> e instanceof ClockChanged c
                && c.change() == ClockChange.OVERDUE), "the edited one's clocks are silent: no sweep leases it");

        IntegrityReport report = engine.verifyAll(ComplaintQuery.all(10));
        assertEquals(List.of(edited), report.broken().stream().map(ChainVerdict::complaintId).toList());
        List<Mismatch> found = report.mismatches();
        assertEquals(List.of(MismatchKind.STATUS, MismatchKind.NEXT_DUE), found.stream().map(Mismatch::kind).toList());
        assertEquals("the index row says CLOSED; the history folds to ACCEPTED", found.get(0).reason());
        assertTrue(found.get(1).reason().startsWith("the index row has no sweep due; the complaint's clocks make one "
                + "due at 2026-03-"), found.get(1).reason());
        assertTrue(report.broken().get(0).breakFound().isEmpty(), "the sealed history is intact");
    }

    @Test
    void a_pending_notice_whose_phone_number_was_changed_by_sql_is_reported_and_never_sent() {
        ComplaintEngine engine = bank();
        ComplaintId edited = accepted(engine);
        ComplaintId untouched = accepted(engine);
        String key = customerNotice(engine, edited).dedupeKey();
        sql(db, "UPDATE ck_outbox SET notification = replace(notification, ?, '13900000000') WHERE dedupe_key = ?",
                Fixtures.PHONE, key);
        assertEquals("13900000000", customerNotice(engine, edited).notification().recipients().get(0).contact()
                .address().reveal(), "the edit took");

        IntegrityReport report = engine.verifyAll(ComplaintQuery.all(10));
        assertEquals(List.of(new Mismatch(edited, MismatchKind.RECIPIENT, key, "the notice is addressed to another "
                + "contact point than the one the history implies")), report.mismatches());

        ScriptedReceiver receiver = ScriptedReceiver.reliable();
        try (NotificationDispatcher dispatcher = NotificationDispatcher.builder(engine).sender(receiver).build()) {
            dispatcher.dispatchDue();
        }
        assertFalse(receiver.accepted().containsKey(key), "nothing went to the changed number");
        assertTrue(receiver.accepted().containsKey(customerNotice(engine, untouched).dedupeKey()));
        assertEquals(List.of(), engine.hostReads().ledger(edited), "no proof of notice is recorded");
        OutboxEntry dead = customerNotice(engine, edited);
        assertEquals(OutboxStatus.DEAD, dead.status());
        assertTrue(dead.lastFailure().startsWith("CMP-3110: the notice is addressed to another contact point"),
                dead.lastFailure());
        assertTrue(engine.hostReads().history(edited).stream().anyMatch(e -> e instanceof NoticeFailed f && f.deadLettered()
                && f.reason().startsWith(ErrorCode.NOTICE_RECIPIENT_DISAGREES.code())));
        assertTrue(engine.verify(edited).breakFound().isEmpty(), "the refusal is sealed on the record");
    }

    private static OutboxEntry customerNotice(ComplaintEngine engine, ComplaintId id) {
        return engine.hostReads().outbox(id).stream()
                .filter(e -> e.notification().recipients().get(0).kind() == Recipient.Kind.CUSTOMER)
                .findFirst().orElseThrow();
    }
}
