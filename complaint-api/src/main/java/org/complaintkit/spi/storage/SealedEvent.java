package org.complaintkit.spi.storage;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import org.complaintkit.api.event.ComplaintEvent;

/**
 * One event as a store holds it, for checking that a complaint's history was not altered: the sequence
 * number the store keeps it under, the event read back, the seal stored beside it and, for a store that keeps
 * events as text, that text exactly as stored and the columns it keeps beside it.
 *
 * <p>A store returns what it holds, not what it should hold: a row whose text no longer reads as an event
 * has a null {@code event}, and an event stored without a seal a null {@code seal}. Judging them is the
 * verifier's work ({@code org.complaintkit.core.integrity.ChainVerifier}), so nothing is refused here.
 *
 * <p>The seal covers the event's canonical text. A store that keeps the text returns it in {@code text},
 * character for character, so that the verifier hashes what is stored rather than the event encoded again;
 * a member added to the text, which decoding would pass over, then breaks the seal. A store that keeps
 * events in another form (objects in memory) returns a null {@code text}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param sequence the sequence number the store keeps the event under
 * @param event the event read back, or null if what is stored is not a readable event
 * @param seal the seal stored with the event, or null if none is
 * @param text the event's text exactly as stored, or null if the store keeps no text
 * @param columns facts of the event the store keeps in columns of their own beside the text, as stored; empty
 *     if it keeps none
 * @param keyVersion the version of the seal key the seal names, as stored ({@code SealKey.LEGACY}, 0, for a seal
 *     stored without one)
 */
public record SealedEvent(long sequence, ComplaintEvent event, String seal, String text,
                          Map<EventColumn, String> columns, int keyVersion) {

    /**
     * Copies the columns.
     *
     * @param sequence the sequence number the store keeps the event under
     * @param event the event read back, or null
     * @param seal the seal stored with the event, or null
     * @param text the event's text exactly as stored, or null
     * @param columns the columns kept beside the text, as stored; null values are not allowed
     * @param keyVersion the version of the seal key recorded with the seal, as stored
     */
    public SealedEvent {
        if (columns == null || columns.isEmpty()) {
            columns = Map.of();
        } else {
            EnumMap<EventColumn, String> copy = new EnumMap<>(columns);
            if (copy.containsValue(null)) {
                throw new IllegalArgumentException("a column kept beside the text has a value");
            }
            columns = Collections.unmodifiableMap(copy);
        }
    }

    /**
     * An event as a store that records no key version holds it: its seal names the legacy version, 0.
     *
     * @param sequence the sequence number the store keeps the event under
     * @param event the event read back, or null
     * @param seal the seal stored with the event, or null
     * @param text the event's text exactly as stored, or null
     * @param columns the columns kept beside the text, as stored
     */
    public SealedEvent(long sequence, ComplaintEvent event, String seal, String text,
                       Map<EventColumn, String> columns) {
        this(sequence, event, seal, text, columns, 0);
    }

    /**
     * An event as a store that keeps no text holds it.
     *
     * @param sequence the sequence number the store keeps the event under
     * @param event the event read back, or null if what is stored is not a readable event
     * @param seal the seal stored with the event, or null if none is
     */
    public SealedEvent(long sequence, ComplaintEvent event, String seal) {
        this(sequence, event, seal, null, Map.of(), 0);
    }

    /**
     * An event as a store that keeps no text but records the key version holds it.
     *
     * @param sequence the sequence number the store keeps the event under
     * @param event the event read back, or null if what is stored is not a readable event
     * @param seal the seal stored with the event, or null if none is
     * @param keyVersion the version of the seal key recorded with the seal
     */
    public SealedEvent(long sequence, ComplaintEvent event, String seal, int keyVersion) {
        this(sequence, event, seal, null, Map.of(), keyVersion);
    }

    /**
     * Describes the entry without its content (a complaint's text never appears in logs).
     *
     * @return the sequence, the event type and whether it is sealed
     */
    @Override
    public String toString() {
        return "SealedEvent[sequence=" + sequence + ", type="
                + (event == null ? "unreadable" : event.getClass().getSimpleName())
                + ", sealed=" + (seal != null) + ", keyVersion=" + keyVersion + ", text=" + (text != null) + ", columns=" + columns.keySet() + "]";
    }
}
