package org.complaintkit.api.event;

import java.util.Objects;
import org.complaintkit.api.complaint.Sensitive;
import org.complaintkit.api.organisation.StaffId;

/**
 * Someone was urged to move the complaint on (催办 / 督办): its handler, or, at a later threshold, the
 * handler's head. Notifications act on it.
 *
 * <p>Immutable and thread-safe.
 *
 * @param header the complaint, sequence number, time and actor (who urged, or a system actor)
 * @param urged who is urged
 * @param level whether the handler or their head is urged
 * @param reason why, for people; never personal data
 * @param note the urging staff member's note, or null
 */
public record HandlerUrged(EventHeader header, StaffId urged, Level level, String reason, Sensitive note)
        implements ComplaintEvent {

    /** Who is urged. */
    public enum Level {
        /** The handler. */
        HANDLER,
        /** The handler's head (督办). */
        HEAD
    }

    /**
     * Checks the components.
     *
     * @param header the complaint, sequence number, time and actor
     * @param urged who is urged
     * @param level whether the handler or their head
     * @param reason why
     * @param note the note, or null
     */
    public HandlerUrged {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(urged, "urged");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(reason, "reason");
    }
}
