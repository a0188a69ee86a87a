package org.complaintkit.spi.storage;

import java.util.Objects;
import org.complaintkit.api.event.ComplaintEvent;
import org.complaintkit.spi.storage.codec.EventCodec;

/**
 * A fact of an event that a store keeps in a column of its own beside the event's sealed text, for its indexes
 * or for the host's own SQL. The seal covers the text, not the column, so a store that keeps such a column
 * returns its value in {@link SealedEvent#columns()} and a verifier checks that it still agrees with the text.
 */
public enum EventColumn {
    /** The name the event's type is stored under, as {@link EventCodec#typeOf} gives it. */
    TYPE,
    /** When the event happened, written as {@link java.time.Instant#toString()} writes it. */
    OCCURRED_AT;

    /**
     * Returns what this column must hold for an event, in the form {@link SealedEvent#columns()} carries it.
     *
     * @param event the event, as its sealed text reads
     * @return the column's value
     */
    public String of(ComplaintEvent event) {
        Objects.requireNonNull(event, "event");
        return switch (this) {
            case TYPE -> EventCodec.typeOf(event);
            case OCCURRED_AT -> event.occurredAt().toString();
        };
    }
}
