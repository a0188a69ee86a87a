package org.complaintkit.api.error;

import java.util.List;

/**
 * Thrown for an inconsistent calendar definition, or for a computation that needs a date beyond a
 * calendar's horizon (codes CMP-5xxx). A calendar never answers with a guess.
 */
public class CalendarException extends ComplaintKitException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param violations every violation found, at least one
     */
    public CalendarException(List<Violation> violations) {
        super("calendar refused", violations);
    }

    /**
     * Creates the exception with its cause, such as the I/O error of a calendar file that cannot be read.
     *
     * @param violations every violation found, at least one
     * @param cause the underlying cause, or null
     */
    public CalendarException(List<Violation> violations, Throwable cause) {
        super("calendar refused", violations, cause);
    }

    /**
     * Creates the exception for a single violation.
     *
     * @param code the error code
     * @param path where the problem is
     * @param message what is wrong
     * @return the exception
     */
    public static CalendarException of(ErrorCode code, String path, String message) {
        return new CalendarException(List.of(new Violation(code, path, message)));
    }
}
