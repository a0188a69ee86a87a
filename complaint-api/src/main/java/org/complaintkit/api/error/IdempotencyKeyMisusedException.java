package org.complaintkit.api.error;

import java.util.List;

/**
 * Thrown when an idempotency key was already used for another command: for another kind of command or another
 * complaint ({@link ErrorCode#IDEMPOTENCY_KEY_REUSED}, CMP-3002), or for the same kind with other content
 * ({@link ErrorCode#IDEMPOTENCY_PAYLOAD_CHANGED}, CMP-3005). It is the caller's mistake, not the store's: nothing
 * was stored, and sending the same command again with the same key can never succeed, so a retry loop must not
 * retry it. Only {@link StoreUnavailableException} (and a version conflict, after reading again) is worth
 * retrying. It is a {@link StoreException}, so code that catches that one still catches it.
 */
public class IdempotencyKeyMisusedException extends StoreException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param violations every violation found, at least one, the first coded CMP-3002 or CMP-3005
     */
    public IdempotencyKeyMisusedException(List<Violation> violations) {
        super(violations);
    }

    /**
     * Creates the exception with a cause.
     *
     * @param violations every violation found, at least one, the first coded CMP-3002 or CMP-3005
     * @param cause the underlying cause
     */
    public IdempotencyKeyMisusedException(List<Violation> violations, Throwable cause) {
        super(violations, cause);
    }
}
