package org.complaintkit.spi.storage;

import java.util.Objects;
import org.complaintkit.api.command.CommandType;
import org.complaintkit.api.command.IdempotencyKey;
import org.complaintkit.api.complaint.ComplaintId;

/**
 * The stored trace of one applied command, found by its idempotency key: which complaint, which
 * type of command, and which events it appended. The engine uses it to answer a repeated command
 * with the first result.
 *
 * <p>Immutable and thread-safe.
 *
 * @param key the command's idempotency key
 * @param complaintId the complaint it changed
 * @param type the command's type
 * @param firstSequence the sequence number of its first event
 * @param lastSequence the sequence number of its last event
 */
public record CommandRecord(IdempotencyKey key, ComplaintId complaintId, CommandType type,
                            long firstSequence, long lastSequence) {

    /**
     * Checks the components.
     *
     * @param key the command's idempotency key
     * @param complaintId the complaint it changed
     * @param type the command's type
     * @param firstSequence the sequence number of its first event
     * @param lastSequence the sequence number of its last event
     */
    public CommandRecord {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(complaintId, "complaintId");
        Objects.requireNonNull(type, "type");
        if (firstSequence < 1 || lastSequence < firstSequence) {
            throw new IllegalArgumentException("the sequence range must be non-empty and start at 1 or later");
        }
    }

    /**
     * Tells whether this record answers the given command.
     *
     * @param complaint the complaint the repeated command names, or null for a registration
     * @param commandType the repeated command's type
     * @return true if the repeated command is the same kind of change
     */
    public boolean matches(ComplaintId complaint, CommandType commandType) {
        return type == commandType && (complaint == null || complaintId.equals(complaint));
    }
}
