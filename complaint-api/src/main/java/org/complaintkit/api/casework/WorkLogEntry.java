package org.complaintkit.api.casework;

import java.time.Instant;
import java.util.Objects;
import org.complaintkit.api.complaint.Sensitive;
import org.complaintkit.api.organisation.StaffId;

/**
 * One entry of a complaint's work log as a reader may see it: a case note, a contact with the customer, an
 * attached document, an interim reply or an internal report, with who recorded it and when. The free text is
 * withheld for a reader without the right to personal data; the facts in {@code detail} never hold any.
 *
 * <p>Immutable and thread-safe.
 *
 * @param sequence the sequence number of the event that recorded it
 * @param at when it was recorded
 * @param by who recorded it
 * @param kind what kind of entry it is
 * @param detail the facts without personal data: the note's kind, the contact's channel, direction and
 *     outcome, the document's media type, size and SHA-256, the reply's channel, or the unit reported to
 * @param text the free text (note, summary, purpose, what the customer was told), or the withheld marker
 */
public record WorkLogEntry(long sequence, Instant at, StaffId by, Kind kind, String detail, Sensitive text) {

    /** What kind of entry. */
    public enum Kind {
        /** A case note ({@code CaseNoteAdded}). */
        NOTE,
        /** A contact or contact attempt ({@code CustomerContacted}). */
        CONTACT,
        /** A document attached by reference ({@code EvidenceAttached}). */
        EVIDENCE,
        /** An interim reply to the customer ({@code InterimReplySent}). */
        INTERIM_REPLY,
        /** The result reported to a unit's complaint team ({@code InternalReportMade}). */
        INTERNAL_REPORT
    }

    /**
     * Checks the components.
     *
     * @param sequence the event's sequence number
     * @param at when
     * @param by who
     * @param kind what kind
     * @param detail the facts without personal data
     * @param text the free text, or the withheld marker
     */
    public WorkLogEntry {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(detail, "detail");
        Objects.requireNonNull(text, "text");
    }
}
