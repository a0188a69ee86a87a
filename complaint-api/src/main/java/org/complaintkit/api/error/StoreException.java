package org.complaintkit.api.error;

import java.util.List;

/**
 * Thrown for a storage or concurrency failure (codes CMP-3xxx): a version conflict, a reused idempotency key, an unknown complaint, or a failing store.
 *
 * <p>Three cases have their own type: {@link ComplaintNotFoundException} for an unknown complaint,
 * {@link StoreUnavailableException} for a store that cannot be reached (the only one worth retrying unchanged) and
 * {@link IdempotencyKeyMisusedException} for a key already used for another command (never worth retrying). The factories {@link #of(ErrorCode,
 * String, String)} and {@link #of(List, Throwable)} choose the type from the first violation's code; use them
 * rather than the constructors so that callers can tell the cases apart.
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
        return of(List.of(new Violation(code, path, message)), null);
    }

    /**
     * Creates the exception of the type the first violation's code calls for: a
     * {@link ComplaintNotFoundException} for {@link ErrorCode#COMPLAINT_NOT_FOUND}, a
     * {@link StoreUnavailableException} for {@link ErrorCode#STORE_UNAVAILABLE},
     * {@link IdempotencyKeyMisusedException} for {@link ErrorCode#IDEMPOTENCY_KEY_REUSED} and
     * {@link ErrorCode#IDEMPOTENCY_PAYLOAD_CHANGED}, else a {@code StoreException}.
     *
     * @param violations every violation found, at least one
     * @param cause the underlying cause, or null if there is none
     * @return the exception
     */
    public static StoreException of(List<Violation> violations, Throwable cause) {
        ErrorCode first = violations.isEmpty() ? null : violations.get(0).code();
        if (first == ErrorCode.COMPLAINT_NOT_FOUND) {
            return cause == null ? new ComplaintNotFoundException(violations)
                    : new ComplaintNotFoundException(violations, cause);
        }
        if (first == ErrorCode.STORE_UNAVAILABLE) {
            return cause == null ? new StoreUnavailableException(violations)
                    : new StoreUnavailableException(violations, cause);
        }
        if (first == ErrorCode.IDEMPOTENCY_KEY_REUSED || first == ErrorCode.IDEMPOTENCY_PAYLOAD_CHANGED) {
            return cause == null ? new IdempotencyKeyMisusedException(violations)
                    : new IdempotencyKeyMisusedException(violations, cause);
        }
        return cause == null ? new StoreException(violations) : new StoreException(violations, cause);
    }
}
