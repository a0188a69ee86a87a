package org.complaintkit.core.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.complaintkit.api.classification.ClassAssignment;
import org.complaintkit.api.classification.ClassState;
import org.complaintkit.api.complaint.ComplaintId;
import org.complaintkit.api.event.ComplaintClassified;
import org.complaintkit.api.event.ComplaintEvent;
import org.complaintkit.core.integrity.ChainVerdict;
import org.complaintkit.core.integrity.ChainVerifier;
import org.complaintkit.core.integrity.EventSealer;
import org.complaintkit.testkit.ForwardingStore;
import org.complaintkit.spi.storage.EventColumn;
import org.complaintkit.spi.storage.SealedEvent;
import org.complaintkit.spi.storage.codec.EventCodec;
import org.complaintkit.spi.storage.codec.StoredType;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/**
 * Rows written by an earlier version still read and verify: {@code stored-history-b51ff8b.txt} is a history of
 * six complaints as the codec and sealer of commit b51ff8b stored them, frozen and never regenerated. Its six
 * {@code ComplaintClassified} rows are revision 1 (before the needs-a-person state): they read through the upcaster
 * and verify over their stored text, not from their decoded events.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class StoredHistoryCompatibilityTest {
    private static final String FILE = "stored-history-b51ff8b.txt";

    /** The frozen rows, complaint by complaint, in sequence order; each row its seal and its stored text. */
    private static Map<ComplaintId, List<String[]>> frozen() {
        Map<ComplaintId, List<String[]>> rows = new LinkedHashMap<>();
        for (String row : StoredFormGoldenTest.resourceLines(StoredHistoryCompatibilityTest.class, FILE)) {
            String[] parts = row.split(" ", 2);
            rows.computeIfAbsent(EventCodec.decode(parts[1]).complaintId(), id -> new ArrayList<>()).add(parts);
        }
        return rows;
    }

    @Test
    void every_frozen_row_reads_and_is_written_again_to_the_same_bytes() {
        int read = 0;
        int older = 0;
        for (List<String[]> rows : frozen().values()) {
            for (String[] row : rows) {
                if (olderRevision(row[1])) {
                    assertTrue(EventCodec.isCanonical(row[1]), "a row of an older revision reads");
                    older++;
                } else {
                    assertEquals(row[1], EventCodec.encode(EventCodec.decode(row[1])), "the stored form of a frozen"
                            + " row changed; its seal would no longer verify");
                }
                read++;
            }
        }
        assertEquals(70, read, "every row of " + FILE);
        assertEquals(6, older, "ComplaintClassified was raised to revision 2 (issue 24: needs a person)");
    }

    /** Whether the row was stored at a revision older than its type's now: written again it is other bytes. */
    private static boolean olderRevision(String json) {
        StoredType type = StoredType.of(EventCodec.decode(json).getClass());
        return type.revision() > 1 && !json.contains("\"@rev\":" + type.revision() + ",");
    }

    @Test
    void classifications_stored_before_the_needs_a_person_state_read_their_defaults_as_left_to_a_person() {
        int defaults = 0;
        int decided = 0;
        for (List<String[]> rows : frozen().values()) {
            for (String[] row : rows) {
                if (!(EventCodec.decode(row[1]) instanceof ComplaintClassified c)) {
                    continue;
                }
                for (ClassAssignment a : c.result().classes()) {
                    boolean wasDefault = row[1].contains("\"scheme\":\"" + a.scheme() + "\",\"schemeVersion\":\""
                            + a.schemeVersion() + "\",\"code\":\"" + a.guess().orElse("-") + "\",\"source\":\"default\"");
                    if (a.source().equals("default")) {
                        assertTrue(wasDefault, a.toString());
                        assertEquals(ClassState.NEEDS_PERSON, a.state());
                        assertEquals("", a.code(), "the old placeholder is not a class");
                        assertTrue(a.guess().isPresent(), "the old placeholder is kept as a guess");
                        assertTrue(a.confidence().isEmpty());
                        assertFalse(c.result().qualifiedCodes().contains(a.scheme() + ":" + a.guess().orElseThrow()),
                                "an old default matches no class condition");
                        defaults++;
                    } else {
                        assertEquals(ClassState.DECIDED, a.state(), a.toString());
                        assertTrue(a.guess().isEmpty());
                        decided++;
                    }
                }
            }
        }
        assertEquals(13, defaults, "every class stored with source default in the six classifications");
        assertTrue(decided > 0);
    }

    @Test
    void every_frozen_history_breaks_from_decoded_events_only_at_a_row_of_an_older_revision() {
        Map<ComplaintId, List<String[]>> frozen = frozen();
        assertEquals(6, frozen.size());
        for (Map.Entry<ComplaintId, List<String[]>> complaint : frozen.entrySet()) {
            List<SealedEvent> sealed = new ArrayList<>();
            long firstOlder = -1;
            for (String[] row : complaint.getValue()) {
                ComplaintEvent event = EventCodec.decode(row[1]);
                sealed.add(new SealedEvent(event.sequence(), event, row[0]));
                if (firstOlder < 0 && olderRevision(row[1])) {
                    firstOlder = event.sequence();
                }
            }
            ChainVerdict verdict = new ChainVerifier(new ForwardingStore(new InMemoryComplaintStore()) {
                @Override
                public List<SealedEvent> loadSealed(ComplaintId id) {
                    return id.equals(complaint.getKey()) ? sealed : List.of();
                }
            }, EventSealer.sha256()).verify(complaint.getKey());
            assertFalse(verdict.intact(), "a raised revision re-encodes to other bytes: its seal covers the stored text");
            assertEquals(firstOlder, verdict.firstBreak().sequence(), complaint.getKey().toString());
        }
    }

    @Test
    void every_frozen_history_verifies_with_the_seals_it_was_stored_with_over_rows_of_the_current_revision() {
        Map<ComplaintId, List<String[]>> frozen = frozen();
        assertEquals(6, frozen.size());
        for (Map.Entry<ComplaintId, List<String[]>> complaint : frozen.entrySet()) {
            List<SealedEvent> sealed = new ArrayList<>();
            for (String[] row : complaint.getValue()) {
                if (olderRevision(row[1])) {
                    break;
                }
                ComplaintEvent event = EventCodec.decode(row[1]);
                sealed.add(new SealedEvent(event.sequence(), event, row[0]));
            }
            ChainVerdict verdict = new ChainVerifier(new ForwardingStore(new InMemoryComplaintStore()) {
                @Override
                public List<SealedEvent> loadSealed(ComplaintId id) {
                    return id.equals(complaint.getKey()) ? sealed : List.of();
                }
            }, EventSealer.sha256()).verify(complaint.getKey());
            assertTrue(verdict.intact(), complaint.getKey() + ": " + verdict.firstBreak());
            assertEquals(sealed.size(), verdict.eventsChecked());
            assertFalse(sealed.isEmpty());
        }
    }

    @Test
    void every_frozen_history_verifies_over_its_stored_text_as_a_store_that_keeps_text_returns_it() {
        int verified = 0;
        for (Map.Entry<ComplaintId, List<String[]>> complaint : frozen().entrySet()) {
            List<SealedEvent> sealed = new ArrayList<>();
            for (String[] row : complaint.getValue()) {
                ComplaintEvent event = EventCodec.decode(row[1]);
                sealed.add(new SealedEvent(event.sequence(), event, row[0], row[1], Map.of(EventColumn.TYPE,
                        EventCodec.typeOf(event), EventColumn.OCCURRED_AT, event.occurredAt().toString())));
            }
            ChainVerdict verdict = new ChainVerifier(new ForwardingStore(new InMemoryComplaintStore()) {
                @Override
                public List<SealedEvent> loadSealed(ComplaintId id) {
                    return id.equals(complaint.getKey()) ? sealed : List.of();
                }
            }, EventSealer.sha256()).verify(complaint.getKey());
            assertTrue(verdict.intact(), complaint.getKey() + ": " + verdict.firstBreak());
            verified += verdict.eventsChecked();
        }
        assertEquals(70, verified, "the seals of rows stored by an earlier version cover their stored text");
    }
}
