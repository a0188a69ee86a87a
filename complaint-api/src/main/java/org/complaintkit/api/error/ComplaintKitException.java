package org.complaintkit.api.error;

import java.io.IOException;
import java.io.ObjectOutputStream;
import java.util.List;

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
    /** The summary the message starts with. */
    private final String summary;
    /** The message, rendered the first time it is read (a refusal the caller only inspects by code never is). */
    private volatile String message;

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
        this(summary, violations, cause, true);
    }

    /**
     * Creates an exception, choosing whether it records the stack trace. A refusal is an answer the caller
     * expects and acts on, not a fault to trace; without the stack trace it costs about what accepting does.
     *
     * @param summary what happened, in a few words
     * @param violations every violation found, at least one
     * @param cause the underlying cause, or null
     * @param stackTrace whether to record the stack trace
     */
    protected ComplaintKitException(String summary, List<Violation> violations, Throwable cause, boolean stackTrace) {
        super(null, cause, true, stackTrace);
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("an exception needs at least one violation");
        }
        this.summary = summary;
        this.violations = List.copyOf(violations);
    }

    /**
     * Returns the summary followed by the violations (at most twenty; {@link #violations()} has them all), built
     * the first time it is asked for: a caller that reads only the codes pays nothing for the text.
     *
     * @return the message, without personal data
     */
    @Override
    public String getMessage() {
        String rendered = message;
        if (rendered == null && violations != null) {
            rendered = render(summary, violations);
            message = rendered;
        }
        return rendered != null ? rendered : summary;
    }

    /**
     * Renders the message before the exception is serialised, so that the stream carries the same text a reader of
     * {@link #getMessage()} sees here.
     *
     * @param out the stream
     * @throws IOException if the stream fails
     */
    private void writeObject(ObjectOutputStream out) throws IOException {
        getMessage();
        out.defaultWriteObject();
    }

    /** How many violations the message lists; {@link #violations()} has them all. */
    private static final int MESSAGE_VIOLATIONS = 20;

    private static String render(String summary, List<Violation> violations) {
        StringBuilder message = new StringBuilder(summary).append(": ");
        int shown = Math.min(violations.size(), MESSAGE_VIOLATIONS);
        for (int i = 0; i < shown; i++) {
            message.append(i == 0 ? "" : "; ").append(violations.get(i));
        }
        if (shown < violations.size()) {
            message.append("; and ").append(violations.size() - shown).append(" more (see violations())");
        }
        return message.toString();
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
