package org.complaintkit.core.complaint;

/**
 * Thrown when a stored history cannot be folded: it is empty, does not start with a registration,
 * mixes complaints or skips a sequence number. It means the store broke its contract or its data was
 * altered; the engine reports it as a store failure.
 */
public final class CorruptHistoryException extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what is wrong, without personal data
     */
    public CorruptHistoryException(String message) {
        super(message);
    }
}
