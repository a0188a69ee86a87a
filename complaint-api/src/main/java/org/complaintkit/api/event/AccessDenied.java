package org.complaintkit.api.event;

import java.util.Objects;
import org.complaintkit.api.access.Permission;
import org.complaintkit.api.error.ErrorCode;

/**
 * The access policy denied a staff member a view of the complaint or an action on it. Recorded so that
 * attempts by the person complained about, or by anyone without the right, are on the record.
 *
 * <p>Immutable and thread-safe.
 *
 * @param header the complaint, sequence number, time and actor (who was denied)
 * @param permission what they asked to do
 * @param attempted the command's name, or {@code view}
 * @param code the denial's code
 */
public record AccessDenied(EventHeader header, Permission permission, String attempted, ErrorCode code)
        implements ComplaintEvent {

    /**
     * Checks the components.
     *
     * @param header the complaint, sequence number, time and actor
     * @param permission what they asked to do
     * @param attempted the command's name, or {@code view}
     * @param code the denial's code
     */
    public AccessDenied {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(permission, "permission");
        Objects.requireNonNull(attempted, "attempted");
        Objects.requireNonNull(code, "code");
    }
}
