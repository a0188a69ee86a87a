package org.complaintkit.api.error;

import java.util.List;

/**
 * Thrown for a storage or concurrency failure (codes CMP-3xxx): a version conflict, a reused idempotency key, an unknown complaint, or a failing store.
 */
public class StoreException extends ComplaintKitException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param violations every violation found, at least one
     */
    public StoreException(List<Violation> violations) {
        super("store refused", violations);
    }

    /**
     * Creates the exception with a cause.
     *
     * @param violations every violation found, at least one
     * @param cause the underlying cause
     */
    public StoreException(List<Violation> violations, Throwable cause) {
        super("store refused", violations, cause);
    }

    /**
     * Creates the exception for a single violation.
     *
     * @param code the error code
     * @param path where the problem is
     * @param message what is wrong, without personal data
     * @return the exception
     */
    public static StoreException of(ErrorCode code, String path, String message) {
        return new StoreException(List.of(new Violation(code, path, message)));
    }
}
