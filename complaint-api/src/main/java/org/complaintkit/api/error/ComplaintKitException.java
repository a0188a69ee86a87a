package org.complaintkit.api.error;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The root of every exception ComplaintKit throws on purpose. It carries every
 * {@link Violation} found, each with a stable {@link ErrorCode}; {@link #code()} is the first
 * one's. Messages never contain personal data.
 *
 * <p>When a command fails with this exception nothing was stored and the complaint's version did
 * not move.
 */
public abstract class ComplaintKitException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient List<Violation> violations;

    /**
     * Creates an exception for a non-empty list of violations.
     *
     * @param summary a short English summary without personal data
     * @param violations the violations, at least one
     */
    protected ComplaintKitException(String summary, List<Violation> violations) {
        this(summary, violations, null);
    }

    /**
     * Creates an exception for a non-empty list of violations with a cause.
     *
     * @param summary a short English summary without personal data
     * @param violations the violations, at least one
     * @param cause the underlying cause, or null
     */
    protected ComplaintKitException(String summary, List<Violation> violations, Throwable cause) {
        super(render(summary, violations), cause);
        this.violations = List.copyOf(violations);
    }

    private static String render(String summary, List<Violation> violations) {
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("an exception needs at least one violation");
        }
        return summary + ": " + violations.stream().map(Violation::toString).collect(Collectors.joining("; "));
    }

    /**
     * Returns every violation found, in the order found.
     *
     * @return the violations, never empty
     */
    public List<Violation> violations() {
        return violations;
    }

    /**
     * Returns the first violation's code.
     *
     * @return the primary error code
     */
    public ErrorCode code() {
        return violations.get(0).code();
    }

    /**
     * Tells whether any violation has the given code.
     *
     * @param code the code to look for
     * @return true if some violation carries it
     */
    public boolean has(ErrorCode code) {
        return violations.stream().anyMatch(v -> v.code() == code);
    }
}
