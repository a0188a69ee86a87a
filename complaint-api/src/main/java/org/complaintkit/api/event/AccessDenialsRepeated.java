package org.complaintkit.api.event;

import java.time.Instant;
import java.util.Objects;
import org.complaintkit.api.access.Permission;
import org.complaintkit.api.error.ErrorCode;

/**
 * The same staff member was denied the same thing on the complaint again and again: the repeats after a recorded
 * {@link AccessDenied}, coalesced into one record with their count and the first and last of them, so that a
 * reader refused five thousand times leaves two records, not five thousand. The engine records the first denial
 * of a run in full and the repeats within the coalescing window (an hour) as this event when the window ends (at
 * the next denial after it, or at the next sweep).
 *
 * <p>Immutable and thread-safe.
 *
 * @param header the complaint, sequence number, time recorded and actor (who was denied)
 * @param permission what they asked to do
 * @param attempted the command's name, or the read's
 * @param code the denial's code
 * @param count how many denials the record stands for, at least 1
 * @param first when the first of them happened
 * @param last when the last of them happened, not before {@code first}
 */
public record AccessDenialsRepeated(EventHeader header, Permission permission, String attempted, ErrorCode code,
                                    int count, Instant first, Instant last) implements ComplaintEvent {

    /**
     * Checks the components.
     *
     * @param header the complaint, sequence number, time recorded and actor
     * @param permission what they asked to do
     * @param attempted the command's name, or the read's
     * @param code the denial's code
     * @param count how many denials, at least 1
     * @param first when the first happened
     * @param last when the last happened
     */
    public AccessDenialsRepeated {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(permission, "permission");
        Objects.requireNonNull(attempted, "attempted");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(last, "last");
        if (count < 1 || last.isBefore(first)) {
            throw new IllegalArgumentException("a run of denials counts at least one, from its first to its last");
        }
    }
}
