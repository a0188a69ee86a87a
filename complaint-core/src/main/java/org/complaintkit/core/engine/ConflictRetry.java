package org.complaintkit.core.engine;

import java.util.Optional;
import java.util.function.Supplier;
import org.complaintkit.api.error.ErrorCode;
import org.complaintkit.api.error.StoreException;

/**
 * The engine's one policy for writes it makes on its own behalf (sweeps, recalculations, recorded denials, group
 * links): a write that loses a race to another writer ({@link ErrorCode#VERSION_CONFLICT}) is decided again on
 * a fresh read, up to a number of tries; any other store error goes to the caller. Commands are not retried here:
 * a caller's command that conflicts fails with {@code CMP-3001} and the caller decides (a command decided on the
 * history cache is decided once more on a fresh read first).
 *
 * @param tries how many times a write is tried
 */
record ConflictRetry(int tries) {
    /** Sweeps and recorded denials: a second try after a conflict. */
    static final ConflictRetry TWICE = new ConflictRetry(2);
    /** Recalculations: an administrative job that tries a complaint three times before counting it. */
    static final ConflictRetry THRICE = new ConflictRetry(3);

    ConflictRetry {
        if (tries < 1) {
            throw new IllegalArgumentException("a write is tried at least once");
        }
    }

    /**
     * Runs a write, again after each version conflict, until it goes through or the tries are spent.
     *
     * @param write the write, which reads what it decides on afresh each time
     * @return whether it went through
     * @throws StoreException any store error but a version conflict
     */
    boolean attempt(Runnable write) {
        return get(() -> {
            write.run();
            return Boolean.TRUE;
        }).isPresent();
    }

    /**
     * Runs a write that returns a value, again after each version conflict.
     *
     * @param write the write
     * @param <T> what it returns
     * @return its value, or empty when every try conflicted
     * @throws StoreException any store error but a version conflict
     */
    <T> Optional<T> get(Supplier<T> write) {
        for (int attempt = 0; attempt < tries; attempt++) {
            try {
                return Optional.of(write.get());
            } catch (StoreException e) {
                if (!e.has(ErrorCode.VERSION_CONFLICT)) {
                    throw e;
                }
            }
        }
        return Optional.empty();
    }
}
