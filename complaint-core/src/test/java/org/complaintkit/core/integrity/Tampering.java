package org.complaintkit.core.integrity;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.complaintkit.api.complaint.ComplaintId;
import org.complaintkit.api.event.ComplaintEvent;
import org.complaintkit.spi.storage.codec.EventCodec;
import org.complaintkit.testkit.ForwardingStore;
import org.complaintkit.spi.storage.ComplaintStore;
import org.complaintkit.spi.storage.EventColumn;
import org.complaintkit.spi.storage.SealedEvent;

/** What an insider might do to stored rows, applied to what a store returns for one complaint. */
final class Tampering {
    private Tampering() {
    }

    /** A store whose sealed rows for every complaint pass through an edit. */
    static ComplaintStore edited(ComplaintStore store, UnaryOperator<List<SealedEvent>> edit) {
        return new ForwardingStore(store) {
            @Override
            public List<SealedEvent> loadSealed(ComplaintId id) {
                return edit.apply(new ArrayList<>(super.loadSealed(id)));
            }
        };
    }

    /** The event at a position with its time changed, its seal kept. */
    static List<SealedEvent> alterContent(List<SealedEvent> rows, int at) {
        SealedEvent row = rows.get(at);
        String json = EventCodec.encode(row.event());
        String altered = json.replaceFirst("\"occurredAt\":\"[^\"]+\"", "\"occurredAt\":\"2001-01-01T00:00:00Z\"");
        if (altered.equals(json)) {
            throw new IllegalStateException("the edit changed nothing");
        }
        rows.set(at, new SealedEvent(row.sequence(), EventCodec.decode(altered), row.seal()));
        return rows;
    }

    /** The event at a position with its seal replaced by another well-formed one. */
    static List<SealedEvent> alterSeal(List<SealedEvent> rows, int at) {
        SealedEvent row = rows.get(at);
        char first = row.seal().charAt(0);
        String other = (first == '0' ? '1' : '0') + row.seal().substring(1);
        rows.set(at, new SealedEvent(row.sequence(), row.event(), other));
        return rows;
    }

    /** The row at a position deleted. */
    static List<SealedEvent> remove(List<SealedEvent> rows, int at) {
        rows.remove(at);
        return rows;
    }

    /** The event at a position with its seal replaced by a given one. */
    static List<SealedEvent> alterSealTo(List<SealedEvent> rows, int at, String seal) {
        SealedEvent row = rows.get(at);
        rows.set(at, new SealedEvent(row.sequence(), row.event(), seal));
        return rows;
    }

    /** The rows at a position and the next swapped, each keeping the other's sequence number (as a swap of
     * the sequence column would leave them), with their seals. */
    static List<SealedEvent> swapWithNext(List<SealedEvent> rows, int at) {
        SealedEvent a = rows.get(at);
        SealedEvent b = rows.get(at + 1);
        rows.set(at, new SealedEvent(a.sequence(), b.event(), b.seal()));
        rows.set(at + 1, new SealedEvent(b.sequence(), a.event(), a.seal()));
        return rows;
    }

    /** The event at a position and every seal after it recomputed with an unkeyed sealer, as someone who knows
     * the algorithm but not the key would. */
    static List<SealedEvent> alterAndReseal(List<SealedEvent> rows, int at) {
        alterContent(rows, at);
        EventSealer forger = EventSealer.sha256();
        String previous = at == 0 ? EventSealer.GENESIS : rows.get(at - 1).seal();
        for (int i = at; i < rows.size(); i++) {
            SealedEvent row = rows.get(i);
            previous = forger.seal(previous, row.event());
            rows.set(i, new SealedEvent(row.sequence(), row.event(), previous));
        }
        return rows;
    }

    /** The rows as a store that keeps each event's text and its type and time in columns beside it returns them. */
    static List<SealedEvent> withText(List<SealedEvent> rows) {
        rows.replaceAll(row -> new SealedEvent(row.sequence(), row.event(), row.seal(), EventCodec.encode(row.event()),
                Map.of(EventColumn.TYPE, EventColumn.TYPE.of(row.event()),
                        EventColumn.OCCURRED_AT, EventColumn.OCCURRED_AT.of(row.event()))));
        return rows;
    }

    /** The stored text at a position with a member added, which decoding passes over, its seal kept. */
    static List<SealedEvent> addMember(List<SealedEvent> rows, int at) {
        SealedEvent row = rows.get(at);
        String text = row.text().replaceFirst("\"header\":", "\"approvedBy\":\"S-9999\",\"header\":");
        if (text.equals(row.text())) {
            throw new IllegalStateException("the edit changed nothing");
        }
        rows.set(at, new SealedEvent(row.sequence(), EventCodec.decode(text), row.seal(), text, row.columns()));
        return rows;
    }

    /** A member added to the stored text at a position, and every seal from it on recomputed over the stored
     * text with an unkeyed sealer, as someone who can write the database would. */
    static List<SealedEvent> addMemberAndReseal(List<SealedEvent> rows, int at) {
        addMember(rows, at);
        EventSealer forger = EventSealer.sha256();
        String previous = at == 0 ? EventSealer.GENESIS : rows.get(at - 1).seal();
        for (int i = at; i < rows.size(); i++) {
            SealedEvent row = rows.get(i);
            previous = forger.sealStored(previous, row.text());
            rows.set(i, new SealedEvent(row.sequence(), row.event(), previous, row.text(), row.columns()));
        }
        return rows;
    }

    /** The type column kept beside the text at a position changed; the text and its seal untouched. */
    static List<SealedEvent> alterTypeColumn(List<SealedEvent> rows, int at) {
        SealedEvent row = rows.get(at);
        Map<EventColumn, String> columns = new EnumMap<>(row.columns());
        columns.put(EventColumn.TYPE, "ComplaintClosed".equals(columns.get(EventColumn.TYPE)) ? "ComplaintAccepted"
                : "ComplaintClosed");
        rows.set(at, new SealedEvent(row.sequence(), row.event(), row.seal(), row.text(), columns));
        return rows;
    }

    static ComplaintEvent eventOf(List<SealedEvent> rows, int at) {
        return rows.get(at).event();
    }
}
