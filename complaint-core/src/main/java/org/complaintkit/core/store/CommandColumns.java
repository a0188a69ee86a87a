package org.complaintkit.core.store;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.complaintkit.api.command.CommandType;
import org.complaintkit.api.command.IdempotencyKey;
import org.complaintkit.api.complaint.ComplaintId;
import org.complaintkit.api.event.ComplaintEvent;
import org.complaintkit.spi.storage.CommandRecord;

/**
 * The command records of one complaint in the in-memory store, kept as columns beside its events rather than as a
 * {@link CommandRecord} object each: the key's text, the type, the event range and the fingerprint's 32 bytes
 * (not its 64 hexadecimal characters). The complaint is the one the columns are kept with, and the time a command
 * was applied is its last event's, read from the history. A record is rebuilt, equal to the one written, when it
 * is asked for.
 *
 * <p>Immutable as seen by readers: each change returns new columns, swapped in with the complaint's entry. Adding
 * a record writes into spare room of the arrays when the newest columns of the complaint have some (the slot past
 * the last key is empty), as {@link StoredHistory} does with events, so a command does not copy four arrays; the
 * columns a reader holds never look past their own {@code size}.
 */
final class CommandColumns {
    static final CommandColumns NONE = new CommandColumns(new String[0], new short[0], new int[0], new byte[0], 0);
    private static final int FINGERPRINT_BYTES = Hash32.BYTES;
    private static final List<CommandType> TYPES = List.of(CommandType.values());

    private final String[] keys;
    /** The type's ordinal plus one; negated when the record predates fingerprints. */
    private final short[] types;
    /** Each command's first and last sequence; an in-memory history has at most an int's worth of events. */
    private final int[] sequences;
    private final byte[] fingerprints;
    private final int size;

    private CommandColumns(String[] keys, short[] types, int[] sequences, byte[] fingerprints, int size) {
        this.keys = keys;
        this.types = types;
        this.sequences = sequences;
        this.fingerprints = fingerprints;
        this.size = size;
    }

    int size() {
        return size;
    }

    String key(int i) {
        return keys[i];
    }

    /** The position of the record under a key, or -1. */
    int indexOf(String key) {
        for (int i = size - 1; i >= 0; i--) {
            if (keys[i].equals(key)) {
                return i;
            }
        }
        return -1;
    }

    /** When the command at a position was applied: the time of its last event in the complaint's history. */
    Instant appliedAt(int i, List<ComplaintEvent> events) {
        return events.get(sequences[2 * i + 1] - 1).header().occurredAt();
    }

    /** The position of the command applied first (by time, then key), or -1 when there is none. */
    int oldest(List<ComplaintEvent> events) {
        int oldest = -1;
        Instant oldestAt = null;
        for (int i = 0; i < size; i++) {
            Instant at = appliedAt(i, events);
            int order = oldest < 0 ? -1 : at.compareTo(oldestAt);
            if (order < 0 || order == 0 && keys[i].compareTo(keys[oldest]) < 0) {
                oldest = i;
                oldestAt = at;
            }
        }
        return oldest;
    }

    /** The record at a position, as it was written. */
    CommandRecord record(int i, ComplaintId complaintId) {
        short type = types[i];
        String fingerprint = type < 0 ? CommandRecord.UNKNOWN_FINGERPRINT
                : Hash32.format(fingerprints, i * FINGERPRINT_BYTES);
        return new CommandRecord(new IdempotencyKey(keys[i]), complaintId, TYPES.get(Math.abs(type) - 1),
                sequences[2 * i], sequences[2 * i + 1], fingerprint);
    }

    /**
     * These columns and one more record. Called only with the complaint's entry held, on the complaint's newest
     * columns.
     */
    CommandColumns plus(CommandRecord record) {
        int n = size;
        String[] k = keys;
        short[] t = types;
        int[] s = sequences;
        byte[] f = fingerprints;
        if (n == keys.length || keys[n] != null) {
            int capacity = n + (n >> 1) + 1;
            k = Arrays.copyOf(keys, capacity);
            t = Arrays.copyOf(types, capacity);
            s = Arrays.copyOf(sequences, 2 * capacity);
            f = Arrays.copyOf(fingerprints, capacity * FINGERPRINT_BYTES);
        }
        boolean known = !record.fingerprint().isEmpty();
        t[n] = (short) (known ? record.type().ordinal() + 1 : -(record.type().ordinal() + 1));
        s[2 * n] = Math.toIntExact(record.firstSequence());
        s[2 * n + 1] = Math.toIntExact(record.lastSequence());
        if (known) {
            Hash32.parse(record.fingerprint(), f, n * FINGERPRINT_BYTES);
        }
        k[n] = record.key().value();
        return new CommandColumns(k, t, s, f, n + 1);
    }

    /** These columns without the record at a position. */
    CommandColumns without(int i) {
        int n = size;
        if (n == 1) {
            return NONE;
        }
        String[] k = new String[n - 1];
        short[] t = new short[n - 1];
        int[] s = new int[2 * n - 2];
        byte[] f = new byte[(n - 1) * FINGERPRINT_BYTES];
        System.arraycopy(keys, 0, k, 0, i);
        System.arraycopy(keys, i + 1, k, i, n - 1 - i);
        System.arraycopy(types, 0, t, 0, i);
        System.arraycopy(types, i + 1, t, i, n - 1 - i);
        System.arraycopy(sequences, 0, s, 0, 2 * i);
        System.arraycopy(sequences, 2 * i + 2, s, 2 * i, 2 * (n - 1 - i));
        System.arraycopy(fingerprints, 0, f, 0, i * FINGERPRINT_BYTES);
        System.arraycopy(fingerprints, (i + 1) * FINGERPRINT_BYTES, f, i * FINGERPRINT_BYTES,
                (n - 1 - i) * FINGERPRINT_BYTES);
        return new CommandColumns(k, t, s, f, n - 1);
    }
}
