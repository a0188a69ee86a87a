package org.complaintkit.core.store;

import java.util.Arrays;
import org.complaintkit.spi.storage.AppendRequest;

/**
 * The seals of one complaint's events in the in-memory store, with the key version of each: the seals as their
 * 32 bytes each in one array (not a string of 64 hexadecimal characters each), the key versions as one number while
 * every event has the same, as an array once they differ. An event appended without a seal has none. A seal is
 * rebuilt, equal to the one written, when it is read.
 *
 * <p>Immutable as seen by readers: each append returns new columns, swapped in with the complaint's entry. An append
 * writes into spare room of the arrays when it extends the complaint's newest columns (the arrays' high-water mark,
 * shared by every columns object cut from them, is this one's size), as {@link StoredHistory} does with events;
 * columns a reader holds never look past their own {@code size}.
 */
final class SealColumns {
    static final SealColumns NONE = new SealColumns(new byte[0], 0, null, 0, null);
    private static final int SEAL_BYTES = Hash32.BYTES;

    private final byte[] seals;
    private final int size;
    /** Each event's key version, or -1 - version for an event without a seal; null while all equal {@link #same}. */
    private final int[] versions;
    private final int same;
    /**
     * The number of events written into these arrays by the newest columns cut from them; only changed by an
     * append, with the complaint's entry held. Null for {@link #NONE}, whose arrays are never written.
     */
    private final int[] written;

    private SealColumns(byte[] seals, int size, int[] versions, int same, int[] written) {
        this.seals = seals;
        this.size = size;
        this.versions = versions;
        this.same = same;
        this.written = written;
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

    /**
     * These columns and the seals of an append's events. Called only with the complaint's entry held, on the
     * complaint's newest columns.
     */
    SealColumns plus(AppendRequest request) {
        int added = request.events().size();
        int n = size + added;
        boolean inPlace = written != null && written[0] == size && n * SEAL_BYTES <= seals.length
                && (versions == null || n <= versions.length);
        // Room for one more command of two events: a seal is 32 bytes, and memory per complaint has a target.
        int capacity = n + 2;
        byte[] s = inPlace ? seals : Arrays.copyOf(seals, capacity * SEAL_BYTES);
        int[] v = versions == null || inPlace ? versions : Arrays.copyOf(versions, capacity);
        int first = size == 0 ? code(request, 0) : same;
        for (int i = 0; i < added; i++) {
            int code = code(request, i);
            if (v == null && code != first) {
                v = new int[s.length / SEAL_BYTES];
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
        int[] mark = inPlace ? written : new int[1];
        mark[0] = n;
        return new SealColumns(s, n, v, v == null ? first : 0, mark);
    }

    private static int code(AppendRequest request, int i) {
        return request.sealOf(i) == null ? -1 - request.sealKeyVersion() : request.sealKeyVersion();
    }
}
