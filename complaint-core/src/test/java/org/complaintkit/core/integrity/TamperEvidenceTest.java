package org.complaintkit.core.integrity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.UnaryOperator;
import org.complaintkit.api.command.CommandType;
import org.complaintkit.api.complaint.ComplaintId;
import org.complaintkit.api.error.ConfigurationException;
import org.complaintkit.api.error.ErrorCode;
import org.complaintkit.core.engine.ComplaintEngine;
import org.complaintkit.core.store.InMemoryComplaintStore;
import org.complaintkit.testkit.Commands;
import org.complaintkit.testkit.Fixtures;
import org.complaintkit.testkit.MutableClock;
import org.complaintkit.testkit.PlainStore;
import org.complaintkit.spi.storage.ComplaintQuery;
import org.complaintkit.spi.storage.SealedEvent;
import org.junit.jupiter.api.Test;

/** Every stored event is sealed into a chain, and the verifier names the first event anyone changed. */
class TamperEvidenceTest {
    private static final byte[] KEY = "the bank's 32-byte seal key.....".getBytes(StandardCharsets.US_ASCII);

    private final MutableClock clock = MutableClock.at("2026-03-02T01:30:00Z");
    private final InMemoryComplaintStore store = new InMemoryComplaintStore();

    private ComplaintId paused(ComplaintEngine engine) {
        ComplaintId id = engine.execute(Fixtures.registration(clock.instant())).complaintId();
        for (CommandType type : List.of(CommandType.ACCEPT, CommandType.ASSIGN, CommandType.START_INVESTIGATION,
                CommandType.PAUSE, CommandType.RESUME)) {
            clock.advance(java.time.Duration.ofMinutes(30));
            engine.execute(Commands.of(type, id, Fixtures.HANDLER));
        }
        return id;
    }

    private ComplaintEngine engine(EventSealer sealer) {
        return ComplaintEngine.builder().clock(clock).store(store).discoverPlugins(false).sealer(sealer).build();
    }

    private ChainVerdict verdict(ComplaintId id, UnaryOperator<List<SealedEvent>> edit, EventSealer sealer) {
        return new ChainVerifier(Tampering.edited(store, edit), sealer).verify(id);
    }

    @Test
    void every_event_the_engine_stores_carries_a_seal_chained_to_the_one_before() {
        ComplaintEngine engine = engine(EventSealer.sha256());
        ComplaintId id = paused(engine);
        List<SealedEvent> rows = store.loadSealed(id);
        assertEquals(6, rows.size(), "registered, accepted, assigned, started, paused, resumed");
        String previous = EventSealer.GENESIS;
        for (SealedEvent row : rows) {
            assertEquals(EventSealer.sha256().seal(previous, row.event()), row.seal(), "event " + row.sequence());
            previous = row.seal();
        }
        ChainVerdict verdict = new ChainVerifier(store, engine.sealer()).verify(id);
        assertTrue(verdict.intact());
        assertEquals(rows.size(), verdict.eventsChecked());
        assertEquals(new ChainHead(id, rows.size(), previous), verdict.head());
    }

    @Test
    void seals_are_the_same_whether_the_engine_had_the_history_cached_or_read_it_again() {
        ComplaintEngine cached = engine(EventSealer.sha256());
        ComplaintEngine uncached = ComplaintEngine.builder().clock(clock).store(store).discoverPlugins(false)
                .historyCache(0).build();
        ComplaintId id = paused(cached);
        uncached.execute(Commands.of(CommandType.PAUSE, id, Fixtures.HANDLER));
        cached.execute(Commands.of(CommandType.RESUME, id, Fixtures.HANDLER));   // stale cache: read again
        uncached.execute(Commands.of(CommandType.PAUSE, id, Fixtures.HANDLER));
        assertTrue(new ChainVerifier(store, EventSealer.sha256()).verify(id).intact());
    }

    @Test
    void an_engine_that_reads_a_history_seals_the_next_event_onto_the_seal_the_store_keeps() {
        ComplaintId id = paused(engine(EventSealer.sha256()));
        String forged = "f".repeat(64);
        var stored = Tampering.edited(store, rows -> Tampering.alterSealTo(rows, 5, forged));
        ComplaintEngine reading = ComplaintEngine.builder().clock(clock).store(new org.complaintkit.testkit
                .ForwardingStore(store) {
                    @Override
                    public List<SealedEvent> loadSealed(ComplaintId complaint) {
                        return stored.loadSealed(complaint);
                    }
                }).discoverPlugins(false).historyCache(0).build();
        var paused = reading.execute(Commands.of(CommandType.PAUSE, id, Fixtures.HANDLER));
        List<SealedEvent> rows = store.loadSealed(id);
        assertEquals(EventSealer.sha256().seal(forged, paused.events().get(0)), rows.get(6).seal(),
                "chained to the stored seal, not to one computed over the history again");
        ChainVerdict verdict = new ChainVerifier(stored, EventSealer.sha256()).verify(id);
        assertEquals(new ChainBreak(6, BreakKind.ALTERED, "event 6 or its seal is not what was sealed"),
                verdict.firstBreak(), "the altered seal is still found where it is");
    }

    @Test
    void an_event_whose_content_was_changed_is_reported_as_altered_at_its_number() {
        ComplaintId id = paused(engine(EventSealer.sha256()));
        ChainVerdict verdict = verdict(id, rows -> Tampering.alterContent(rows, 3), EventSealer.sha256());
        assertEquals(new ChainBreak(4, BreakKind.ALTERED, "event 4 or its seal is not what was sealed"),
                verdict.firstBreak());
        assertEquals(4, verdict.eventsChecked());
        assertEquals(3, verdict.head().sequence(), "the chain holds up to the event before");
    }

    @Test
    void a_changed_seal_is_reported_as_altered() {
        ComplaintId id = paused(engine(EventSealer.sha256()));
        ChainVerdict verdict = verdict(id, rows -> Tampering.alterSeal(rows, 0), EventSealer.sha256());
        assertEquals(1, verdict.firstBreak().sequence());
        assertEquals(BreakKind.ALTERED, verdict.firstBreak().kind());
    }

    @Test
    void a_deleted_event_is_reported_as_missing_at_the_number_it_had() {
        ComplaintId id = paused(engine(EventSealer.sha256()));
        ChainVerdict verdict = verdict(id, rows -> Tampering.remove(rows, 2), EventSealer.sha256());
        assertEquals(new ChainBreak(3, BreakKind.MISSING, "event 3 is missing; the next stored is 4"),
                verdict.firstBreak());
    }

    @Test
    void two_events_swapped_are_reported_as_reordered_at_the_first() {
        ComplaintId id = paused(engine(EventSealer.sha256()));
        ChainVerdict verdict = verdict(id, rows -> Tampering.swapWithNext(rows, 4), EventSealer.sha256());
        assertEquals(new ChainBreak(5, BreakKind.REORDERED, "the event stored as event 5 was sealed as event 6"),
                verdict.firstBreak());
    }

    @Test
    void an_event_of_another_complaint_is_reported_as_reordered() {
        ComplaintEngine engine = engine(EventSealer.sha256());
        ComplaintId id = paused(engine);
        ComplaintId other = paused(engine);
        List<SealedEvent> foreign = store.loadSealed(other);
        ChainVerdict verdict = verdict(id, rows -> {
            rows.set(2, foreign.get(2));
            return rows;
        }, EventSealer.sha256());
        assertEquals(new ChainBreak(3, BreakKind.REORDERED, "event 3 is an event of another complaint"),
                verdict.firstBreak());
    }

    @Test
    void unreadable_and_unsealed_rows_are_named() {
        ComplaintId id = paused(engine(EventSealer.sha256()));
        assertEquals(BreakKind.UNREADABLE, verdict(id, rows -> {
            rows.set(1, new SealedEvent(2, null, rows.get(1).seal()));
            return rows;
        }, EventSealer.sha256()).firstBreak().kind());
        ChainVerdict unsealed = verdict(id, rows -> {
            rows.set(0, new SealedEvent(1, rows.get(0).event(), null));
            return rows;
        }, EventSealer.sha256());
        assertEquals(new ChainBreak(1, BreakKind.UNSEALED, "event 1 has no seal"), unsealed.firstBreak());
    }

    @Test
    void a_store_that_keeps_text_is_verified_over_its_text_as_stored_not_over_the_event_encoded_again() {
        ComplaintId id = paused(engine(EventSealer.sha256()));
        assertTrue(verdict(id, Tampering::withText, EventSealer.sha256()).intact());
        ChainBreak notCanonical = new ChainBreak(3, BreakKind.ALTERED, "event 3 is not stored as the engine wrote "
                + "it: its text is not the canonical text its seal was computed over");
        assertEquals(notCanonical, verdict(id, rows -> Tampering.addMember(Tampering.withText(rows), 2),
                EventSealer.sha256()).firstBreak(), "the decoded event is unchanged; the stored text is not");
        assertEquals(notCanonical, verdict(id, rows -> Tampering.addMemberAndReseal(Tampering.withText(rows), 2),
                EventSealer.sha256()).firstBreak(), "the seals agree with the text, but the engine never wrote it");
        assertEquals(new ChainBreak(4, BreakKind.COLUMN_ALTERED, "the type column of event 4 disagrees with its sealed "
                + "text"), verdict(id, rows -> Tampering.alterTypeColumn(Tampering.withText(rows), 3),
                EventSealer.sha256()).firstBreak());
    }

    @Test
    void a_store_that_keeps_no_seals_reports_its_first_event_unsealed() {
        ComplaintId id = paused(engine(EventSealer.sha256()));
        // a store with only the SPI's default loadSealed: every method but the default ones goes to the real store
        ChainVerdict verdict = new ChainVerifier(PlainStore.over(store), EventSealer.sha256()).verify(id);
        assertEquals(BreakKind.UNSEALED, verdict.firstBreak().kind());
    }

    @Test
    void a_history_cut_short_is_consistent_on_its_own_but_not_against_an_anchor_taken_before() {
        ComplaintId id = paused(engine(EventSealer.sha256()));
        ChainVerifier honest = new ChainVerifier(store, EventSealer.sha256());
        ChainHead anchor = honest.verify(id).head();
        int stored = store.loadSealed(id).size();
        UnaryOperator<List<SealedEvent>> cut = rows -> Tampering.remove(rows, rows.size() - 1);
        assertTrue(verdict(id, cut, EventSealer.sha256()).intact(), "a chain alone cannot see its own end");
        ChainVerdict verdict = new ChainVerifier(Tampering.edited(store, cut), EventSealer.sha256()).verify(id, anchor);
        assertEquals(new ChainBreak(stored, BreakKind.TRUNCATED, "the history ends at event " + (stored - 1)
                + " but event " + stored + " was anchored"), verdict.firstBreak());
        assertTrue(honest.verify(id, anchor).intact());
        assertThrows(IllegalArgumentException.class,
                () -> honest.verify(ComplaintId.of("CMP-OTHER"), anchor));
    }

    @Test
    void an_unkeyed_chain_recomputed_after_an_edit_passes_alone_but_fails_against_an_anchor() {
        ComplaintId id = paused(engine(EventSealer.sha256()));
        ChainHead anchor = new ChainVerifier(store, EventSealer.sha256()).verify(id).head();
        UnaryOperator<List<SealedEvent>> forged = rows -> Tampering.alterAndReseal(rows, 2);
        assertTrue(verdict(id, forged, EventSealer.sha256()).intact(), "the weakness a key or an anchor closes");
        ChainVerdict verdict = new ChainVerifier(Tampering.edited(store, forged), EventSealer.sha256())
                .verify(id, anchor);
        assertEquals(BreakKind.ALTERED, verdict.firstBreak().kind());
        assertEquals(anchor.sequence(), verdict.firstBreak().sequence());
    }

    @Test
    void an_honest_keyed_chain_checked_without_its_key_breaks_at_the_first_event_with_a_hint_to_check_the_sealer() {
        ComplaintId id = paused(engine(EventSealer.hmacSha256(KEY)));
        ChainBreak unkeyed = new ChainVerifier(store, EventSealer.sha256()).verify(id).firstBreak();
        assertEquals(1, unkeyed.sequence());
        assertEquals(BreakKind.ALTERED, unkeyed.kind());
        assertTrue(unkeyed.reason().startsWith("event 1 or its seal is not what was sealed; at the first event this "
                + "is also what a verifier without the key that sealed the history sees"), unkeyed.reason());
        ChainVerdict edited = verdict(id, rows -> Tampering.alterContent(rows, 3), EventSealer.hmacSha256(KEY));
        assertFalse(edited.firstBreak().reason().contains("first event"), "a break further on gives no such hint");
    }

    @Test
    void a_keyed_chain_cannot_be_recomputed_without_the_key() {
        EventSealer keyed = EventSealer.hmacSha256(KEY);
        ComplaintId id = paused(engine(keyed));
        assertTrue(new ChainVerifier(store, keyed).verify(id).intact());
        ChainVerdict verdict = verdict(id, rows -> Tampering.alterAndReseal(rows, 2), keyed);
        assertEquals(new ChainBreak(3, BreakKind.ALTERED, "event 3 or its seal is not what was sealed"),
                verdict.firstBreak());
        assertFalse(new ChainVerifier(store, EventSealer.hmacSha256("another key of 32 bytes.........".getBytes(
                StandardCharsets.US_ASCII))).verify(id).intact(), "a verifier with the wrong key sees a break");
        assertNotEquals(keyed.seal(EventSealer.GENESIS, store.load(id).get(0)),
                EventSealer.sha256().seal(EventSealer.GENESIS, store.load(id).get(0)));
    }

    @Test
    void a_short_or_missing_key_is_refused_without_showing_it() {
        ConfigurationException refused = assertThrows(ConfigurationException.class,
                () -> EventSealer.hmacSha256("short-secret".getBytes(StandardCharsets.US_ASCII)));
        assertEquals(ErrorCode.INVALID_CONFIGURATION, refused.code());
        assertFalse(refused.getMessage().contains("short-secret"));
        assertThrows(ConfigurationException.class, () -> EventSealer.hmacSha256(null));
        assertEquals("EventSealer[HMAC-SHA-256]", EventSealer.hmacSha256(KEY).toString());
    }

    @Test
    void verifying_all_complaints_lists_exactly_the_broken_ones() {
        ComplaintEngine engine = engine(EventSealer.sha256());
        ComplaintId first = paused(engine);
        ComplaintId second = paused(engine);
        ComplaintId third = paused(engine);
        UnaryOperator<List<SealedEvent>> none = rows -> rows;
        var store2 = new org.complaintkit.testkit.ForwardingStore(store) {
            @Override
            public List<SealedEvent> loadSealed(ComplaintId id) {
                List<SealedEvent> rows = new java.util.ArrayList<>(super.loadSealed(id));
                return id.equals(second) ? Tampering.alterContent(rows, 5) : none.apply(rows);
            }
        };
        IntegrityReport report = new ChainVerifier(store2, EventSealer.sha256()).verifyAll(ComplaintQuery.all(2));
        assertEquals(3, report.complaintsChecked());
        assertFalse(report.intact());
        assertEquals(List.of(second), report.broken().stream().map(ChainVerdict::complaintId).toList());
        assertEquals(6, report.broken().get(0).firstBreak().sequence());
        assertTrue(List.of(first, third).stream().allMatch(id -> new ChainVerifier(store2, EventSealer.sha256())
                .verify(id).intact()));
    }
}
