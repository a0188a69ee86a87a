package org.complaintkit.core.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.complaintkit.api.complaint.ComplaintId;
import org.complaintkit.api.event.ComplaintEvent;
import org.complaintkit.core.integrity.ChainVerdict;
import org.complaintkit.core.integrity.ChainVerifier;
import org.complaintkit.core.integrity.EventSealer;
import org.complaintkit.testkit.ForwardingStore;
import org.complaintkit.spi.storage.EventColumn;
import org.complaintkit.spi.storage.SealedEvent;
import org.complaintkit.spi.storage.codec.EventCodec;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/**
 * Rows written by an earlier version still read and verify: {@code stored-history-b51ff8b.txt} is a history of
 * six complaints as the codec and sealer of commit b51ff8b stored them, frozen and never regenerated.
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
        for (List<String[]> rows : frozen().values()) {
            for (String[] row : rows) {
                assertEquals(row[1], EventCodec.encode(EventCodec.decode(row[1])), "the stored form of a frozen row"
                        + " changed; its seal would no longer verify");
                read++;
            }
        }
        assertEquals(70, read, "every row of " + FILE);
    }

    @Test
    void every_frozen_history_verifies_with_the_seals_it_was_stored_with() {
        Map<ComplaintId, List<String[]>> frozen = frozen();
        assertEquals(6, frozen.size());
        for (Map.Entry<ComplaintId, List<String[]>> complaint : frozen.entrySet()) {
            List<SealedEvent> sealed = new ArrayList<>();
            for (String[] row : complaint.getValue()) {
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
