package org.complaintkit.api.error;

import java.util.List;

/**
 * Thrown for an invalid engine configuration or plug-in set-up (codes CMP-4xxx).
 */
public class ConfigurationException extends ComplaintKitException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param violations every violation found, at least one
     */
    public ConfigurationException(List<Violation> violations) {
        super("invalid configuration", violations);
    }

    /**
     * Creates the exception with a cause.
     *
     * @param violations every violation found, at least one
     * @param cause the underlying cause
     */
    public ConfigurationException(List<Violation> violations, Throwable cause) {
        super("invalid configuration", violations, cause);
    }

    /**
     * Creates the exception for a single violation.
     *
     * @param code the error code
     * @param path where the problem is
     * @param message what is wrong, without personal data
     * @return the exception
     */
    public static ConfigurationException of(ErrorCode code, String path, String message) {
        return new ConfigurationException(List.of(new Violation(code, path, message)));
    }
}
