package org.complaintkit.sample;

import java.util.OptionalLong;
import java.util.function.Supplier;
import org.complaintkit.api.error.ErrorCode;
import org.complaintkit.api.error.StoreException;
import org.complaintkit.spi.storage.AppendRequest;
import org.complaintkit.spi.storage.ComplaintStore;
import org.complaintkit.spi.storage.ForwardingComplaintStore;

/**
 * The store the engine writes, with HTTP's {@code If-Match} laid over the store's own optimistic check: while a
 * request that sent {@code If-Match: "7"} runs its command ({@link #expecting}), an append to that complaint at any
 * other version than 7 fails with {@link ErrorCode#VERSION_CONFLICT}, and nothing is stored. A retry with the same
 * idempotency key appends nothing (the engine replays the first result), so it is answered as before even though
 * the complaint's version has moved on. Every other call goes to the store unchanged
 * ({@link ForwardingComplaintStore}).
 */
final class IfMatchStore extends ForwardingComplaintStore {
    private static final ThreadLocal<Long> EXPECTED = new ThreadLocal<>();

    IfMatchStore(ComplaintStore store) {
        super(store);
    }

    /**
     * Runs work with appends held to a version, when one is given.
     *
     * @param version the version the client last saw, or empty for no condition
     * @param work the command
     * @param <T> what the work returns
     * @return what the work returned
     */
    static <T> T expecting(OptionalLong version, Supplier<T> work) {
        if (version.isEmpty()) {
            return work.get();
        }
        EXPECTED.set(version.getAsLong());
        try {
            return work.get();
        } finally {
            EXPECTED.remove();
        }
    }

    @Override
    public void append(AppendRequest request) {
        Long expected = EXPECTED.get();
        if (expected != null && request.expectedVersion() != expected) {
            throw StoreException.of(ErrorCode.VERSION_CONFLICT, "If-Match",
                    "the complaint is at version " + request.expectedVersion() + ", not " + expected
                            + " as the request expected; read it again and decide anew");
        }
        super.append(request);
    }
}
