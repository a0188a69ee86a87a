package org.complaintkit.api.event;

import java.util.Objects;
import org.complaintkit.api.casework.NoteKind;
import org.complaintkit.api.complaint.Sensitive;

/**
 * A note was added to the complaint's work log.
 *
 * <p>Immutable and thread-safe.
 *
 * @param header the complaint, sequence number, time and actor (who wrote the note)
 * @param kind what the note records
 * @param text the note
 */
public record CaseNoteAdded(EventHeader header, NoteKind kind, Sensitive text) implements ComplaintEvent {

    /**
     * Checks the components.
     *
     * @param header the complaint, sequence number, time and actor
     * @param kind what the note records
     * @param text the note
     */
    public CaseNoteAdded {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
    }
}
