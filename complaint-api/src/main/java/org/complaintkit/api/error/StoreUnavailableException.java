package org.complaintkit.api.error;

import java.util.List;

/**
 * Thrown when the complaint store cannot be reached ({@link ErrorCode#STORE_UNAVAILABLE}, CMP-3101): the
 * database is down, restarting or out of connections. Nothing was stored; the same command, with the same
 * idempotency key, may be sent again once the store is back. It is a {@link StoreException}, so code that
 * catches that one still catches it.
 */
public class StoreUnavailableException extends StoreException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param violations every violation found, at least one, the first coded STORE_UNAVAILABLE
     */
    public StoreUnavailableException(List<Violation> violations) {
        super(violations);
    }

    /**
     * Creates the exception with a cause.
     *
     * @param violations every violation found, at least one, the first coded STORE_UNAVAILABLE
     * @param cause the underlying cause, such as the driver's connection error
     */
    public StoreUnavailableException(List<Violation> violations, Throwable cause) {
        super(violations, cause);
    }
}
