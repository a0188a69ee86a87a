package org.complaintkit.api.complaint;

import java.util.Objects;
import org.complaintkit.api.error.Checks;

/**
 * A text that may hold personal data: a complainant's name or contact, the complaint's content,
 * a staff member's notes. Its {@link #toString()} never shows the text, so a {@code Sensitive}
 * can appear in log lines, exception messages and records' {@code toString} without leaking.
 * Read the text with {@link #reveal()} where it is really needed: it is the only way to the text, so a
 * search for {@code reveal()} finds every place that reads personal data.
 *
 * <p>Checked on construction (see {@link Checks#text}): not blank, at most 200,000 characters,
 * no control characters but tab and line breaks, no unpaired surrogates.
 *
 * <p>It is a final class rather than a record on purpose: a record's component accessor would hand the text
 * to anyone under another name. Its stored form is unchanged from when it was a record,
 * {@code {"value":"..."}}; the storage codec writes and reads it so.
 *
 * <p>Immutable and thread-safe; equal when the texts are equal.
 */
public final class Sensitive {
    private final String value;

    /**
     * Checks and wraps a text; {@link #of(String)} says the same more briefly.
     *
     * @param value the text
     * @throws org.complaintkit.api.error.InvalidInputException if the text breaks a rule
     */
    public Sensitive(String value) {
        Checks.text(value, "text");
        this.value = value;
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
     * Tells whether another object is a sensitive text with the same text.
     *
     * @param other the other object
     * @return true if it holds the same text
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof Sensitive that && value.equals(that.value);
    }

    /**
     * Returns the text's hash code.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return value.hashCode();
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
