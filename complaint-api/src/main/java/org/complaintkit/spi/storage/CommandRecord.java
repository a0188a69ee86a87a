package org.complaintkit.spi.storage;

import java.util.Objects;
import org.complaintkit.api.command.CommandType;
import org.complaintkit.api.command.IdempotencyKey;
import org.complaintkit.api.complaint.ComplaintId;

/**
 * The stored trace of one applied command, found by its idempotency key: which complaint, which
 * type of command, which events it appended, and the fingerprint of its content. The engine uses it to
 * answer a repeated command with the first result, and to refuse a different command sent under a key
 * already used ({@link org.complaintkit.api.error.ErrorCode#IDEMPOTENCY_PAYLOAD_CHANGED}). A store keeps all
 * six components and gives them back as written.
 *
 * <p>Immutable and thread-safe.
 *
 * @param key the command's idempotency key
 * @param complaintId the complaint it changed
 * @param type the command's type
 * @param firstSequence the sequence number of its first event
 * @param lastSequence the sequence number of its last event
 * @param fingerprint the SHA-256 of the command's content but its key, as 64 lower-case hex digits; or
 *     {@link #UNKNOWN_FINGERPRINT} for a record written before fingerprints were kept
 */
public record CommandRecord(IdempotencyKey key, ComplaintId complaintId, CommandType type,
                            long firstSequence, long lastSequence, String fingerprint) {
    /** The fingerprint of a record written before fingerprints were kept: such a record cannot tell payloads apart. */
    public static final String UNKNOWN_FINGERPRINT = "";

    /**
     * Checks the components.
     *
     * @param key the command's idempotency key
     * @param complaintId the complaint it changed
     * @param type the command's type
     * @param firstSequence the sequence number of its first event
     * @param lastSequence the sequence number of its last event
     * @param fingerprint the SHA-256 of the command's content but its key, or {@link #UNKNOWN_FINGERPRINT}
     */
    public CommandRecord {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(complaintId, "complaintId");
        Objects.requireNonNull(type, "type");
        if (firstSequence < 1 || lastSequence < firstSequence) {
            throw new IllegalArgumentException("the sequence range must be non-empty and start at 1 or later");
        }
        Objects.requireNonNull(fingerprint, "fingerprint");
        if (!fingerprint.isEmpty() && !isHash(fingerprint)) {
            throw new IllegalArgumentException("a fingerprint is 64 lower-case hex digits");
        }
    }

    /**
     * A record of a command whose fingerprint is not known, as stores wrote them before they kept one.
     *
     * @param key the command's idempotency key
     * @param complaintId the complaint it changed
     * @param type the command's type
     * @param firstSequence the sequence number of its first event
     * @param lastSequence the sequence number of its last event
     * @return the record, with {@link #UNKNOWN_FINGERPRINT}
     */
    public static CommandRecord withoutFingerprint(IdempotencyKey key, ComplaintId complaintId, CommandType type,
                                                   long firstSequence, long lastSequence) {
        return new CommandRecord(key, complaintId, type, firstSequence, lastSequence, UNKNOWN_FINGERPRINT);
    }

    /**
     * Tells whether a repeated command carries the content of the one recorded: true if the fingerprints are
     * equal, or if this record predates fingerprints (its content cannot be compared).
     *
     * @param other the repeated command's fingerprint
     * @return true if the content is the same, as far as this record can tell
     */
    public boolean samePayload(String other) {
        return fingerprint.isEmpty() || fingerprint.equals(other);
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

    private static boolean isHash(String text) {
        if (text.length() != 64) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f')) {
                return false;
            }
        }
        return true;
    }
}
