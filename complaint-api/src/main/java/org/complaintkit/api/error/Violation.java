package org.complaintkit.api.error;

import java.util.Objects;

/**
 * One reason why an input or a command was refused: a stable code, the path of the offending
 * value (for example {@code complainant.segment}) and a message. Messages never contain the
 * offending value, so they are safe to log.
 *
 * <p>Immutable and thread-safe.
 *
 * @param code the stable error code
 * @param path where the problem is, dot-separated; empty for the command as a whole
 * @param message what is wrong, in English, without personal data
 */
public record Violation(ErrorCode code, String path, String message) {

    /**
     * Checks the components.
     *
     * @param code the stable error code
     * @param path where the problem is, dot-separated; empty for the command as a whole
     * @param message what is wrong, in English, without personal data
     */
    public Violation {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(message, "message");
    }

    /**
     * Creates a violation whose message is the code's standard meaning.
     *
     * @param code the code
     * @param path the path of the offending value
     * @return the violation
     */
    public static Violation of(ErrorCode code, String path) {
        return new Violation(code, path, code.meaning());
    }

    @Override
    public String toString() {
        return code.code() + (path.isEmpty() ? "" : " " + path) + ": " + message;
    }
}
