package org.complaintkit.api.complaint;

import org.complaintkit.api.error.Checks;

/**
 * A text that may hold personal data: a complainant's name or contact, the complaint's content,
 * a staff member's notes. Its {@link #toString()} never shows the text, so a {@code Sensitive}
 * can appear in log lines, exception messages and records' {@code toString} without leaking.
 * Read the text with {@link #reveal()} where it is really needed.
 *
 * <p>Checked on construction (see {@link Checks#text}): not blank, at most 200,000 characters,
 * no control characters but tab and line breaks, no unpaired surrogates.
 *
 * <p>Immutable and thread-safe.
 *
 * @param value the text
 */
public record Sensitive(String value) {

    /**
     * Checks the text.
     *
     * @param value the text
     */
    public Sensitive {
        Checks.text(value, "text");
    }

    /**
     * Wraps a text.
     *
     * @param value the text
     * @return the wrapped text
     * @throws org.complaintkit.api.error.InvalidInputException if the text breaks a rule
     */
    public static Sensitive of(String value) {
        return new Sensitive(value);
    }

    /**
     * Returns the text itself. Call it only to show the text to someone entitled to it.
     *
     * @return the text
     */
    public String reveal() {
        return value;
    }

    /**
     * Returns a fixed placeholder, never the text.
     *
     * @return {@code "[redacted]"}
     */
    @Override
    public String toString() {
        return "[redacted]";
    }
}
