package org.complaintkit.spi.storage;

import org.complaintkit.api.event.ComplaintEvent;

/**
 * One event as a store holds it, for checking that a complaint's history was not altered: the sequence
 * number the store keeps it under, the event read back, and the seal stored beside it.
 *
 * <p>A store returns what it holds, not what it should hold: a row whose text no longer reads as an event
 * has a null {@code event}, and an event stored without a seal a null {@code seal}. Judging them is the
 * verifier's work ({@code org.complaintkit.core.integrity.ChainVerifier}), so nothing is refused here.
 *
 * <p>Immutable and thread-safe.
 *
 * @param sequence the sequence number the store keeps the event under
 * @param event the event read back, or null if what is stored is not a readable event
 * @param seal the seal stored with the event, or null if none is
 */
public record SealedEvent(long sequence, ComplaintEvent event, String seal) {

    /**
     * Describes the entry without its content (a complaint's text never appears in logs).
     *
     * @return the sequence, the event type and whether it is sealed
     */
    @Override
    public String toString() {
        return "SealedEvent[sequence=" + sequence + ", type="
                + (event == null ? "unreadable" : event.getClass().getSimpleName())
                + ", sealed=" + (seal != null) + "]";
    }
}
