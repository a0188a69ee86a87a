package org.complaintkit.api.error;

import java.util.List;

/**
 * Thrown for a command that is well-formed but refused by the lifecycle or a policy (codes CMP-2xxx).
 *
 * <p>A refusal is an answer, not a fault: its code and violations say why, and it records no stack trace,
 * which makes refusing a command about as cheap as accepting one.
 */
public class CommandRefusedException extends ComplaintKitException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param violations every violation found, at least one
     */
    public CommandRefusedException(List<Violation> violations) {
        super("command refused", violations, null, false);
    }

    /**
     * Creates the exception with a cause.
     *
     * @param violations every violation found, at least one
     * @param cause the underlying cause
     */
    public CommandRefusedException(List<Violation> violations, Throwable cause) {
        super("command refused", violations, cause, false);
    }

    /**
     * Creates the exception for a single violation.
     *
     * @param code the error code
     * @param path where the problem is
     * @param message what is wrong, without personal data
     * @return the exception
     */
    public static CommandRefusedException of(ErrorCode code, String path, String message) {
        return new CommandRefusedException(List.of(new Violation(code, path, message)));
    }
}
