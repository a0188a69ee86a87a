package org.complaintkit.core.store;

import java.util.Arrays;
import org.complaintkit.spi.storage.AppendRequest;

/**
 * The seals of one complaint's events in the in-memory store, with the key version of each: the seals as their
 * 32 bytes each in one array (not a string of 64 hexadecimal characters each), the key versions as one number while
 * every event has the same, as an array once they differ. An event appended without a seal has none. A seal is
 * rebuilt, equal to the one written, when it is read.
 *
 * <p>Immutable: each append returns new columns, swapped in with the complaint's entry.
 */
final class SealColumns {
    static final SealColumns NONE = new SealColumns(new byte[0], 0, null, 0);
    private static final int SEAL_BYTES = Hash32.BYTES;

    private final byte[] seals;
    private final int size;
    /** Each event's key version, or -1 - version for an event without a seal; null while all equal {@link #same}. */
    private final int[] versions;
    private final int same;

    private SealColumns(byte[] seals, int size, int[] versions, int same) {
        this.seals = seals;
        this.size = size;
        this.versions = versions;
        this.same = same;
    }

    private int code(int i) {
        return versions == null ? same : versions[i];
    }

    /** The seal of the event at a position, or null if it was appended without one. */
    String seal(int i) {
        return code(i) < 0 ? null : Hash32.format(seals, i * SEAL_BYTES);
    }

    /** The key version the seal of the event at a position was made with. */
    int keyVersion(int i) {
        int code = code(i);
        return code < 0 ? -1 - code : code;
    }

    /** These columns and the seals of an append's events. */
    SealColumns plus(AppendRequest request) {
        int added = request.events().size();
        int n = size + added;
        byte[] s = Arrays.copyOf(seals, n * SEAL_BYTES);
        int[] v = versions == null ? null : Arrays.copyOf(versions, n);
        int first = size == 0 ? code(request, 0) : same;
        for (int i = 0; i < added; i++) {
            int code = code(request, i);
            if (v == null && code != first) {
                v = new int[n];
                Arrays.fill(v, 0, size + i, first);
            }
            if (v != null) {
                v[size + i] = code;
            }
            String seal = request.sealOf(i);
            if (seal != null) {
                Hash32.parse(seal, s, (size + i) * SEAL_BYTES);
            }
        }
        return new SealColumns(s, n, v, v == null ? first : 0);
    }

    private static int code(AppendRequest request, int i) {
        return request.sealOf(i) == null ? -1 - request.sealKeyVersion() : request.sealKeyVersion();
    }
}
