package org.complaintkit.api.error;

import java.util.List;

/**
 * Thrown for bad input: a command or value breaks its constraints (codes CMP-1xxx).
 */
public class InvalidInputException extends ComplaintKitException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param violations every violation found, at least one
     */
    public InvalidInputException(List<Violation> violations) {
        super("invalid input", violations);
    }

    /**
     * Creates the exception with a cause.
     *
     * @param violations every violation found, at least one
     * @param cause the underlying cause
     */
    public InvalidInputException(List<Violation> violations, Throwable cause) {
        super("invalid input", violations, cause);
    }

    /**
     * Creates the exception for a single violation.
     *
     * @param code the error code
     * @param path where the problem is
     * @param message what is wrong, without personal data
     * @return the exception
     */
    public static InvalidInputException of(ErrorCode code, String path, String message) {
        return new InvalidInputException(List.of(new Violation(code, path, message)));
    }
}
