package org.complaintkit.api.error;

import java.util.List;

/**
 * Thrown when no complaint has the id asked for ({@link ErrorCode#COMPLAINT_NOT_FOUND}, CMP-3003): an answer
 * about the data, not a fault of the store. It is a {@link StoreException}, so code that catches that one
 * still catches it; catch this type to tell an unknown id from a store that fails.
 */
public class ComplaintNotFoundException extends StoreException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param violations every violation found, at least one, the first coded COMPLAINT_NOT_FOUND
     */
    public ComplaintNotFoundException(List<Violation> violations) {
        super(violations);
    }

    /**
     * Creates the exception with a cause.
     *
     * @param violations every violation found, at least one, the first coded COMPLAINT_NOT_FOUND
     * @param cause the underlying cause
     */
    public ComplaintNotFoundException(List<Violation> violations, Throwable cause) {
        super(violations, cause);
    }
}
