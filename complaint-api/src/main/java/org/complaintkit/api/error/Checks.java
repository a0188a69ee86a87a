package org.complaintkit.api.error;

import java.util.Collection;
import java.util.Set;

/**
 * The input checks that ComplaintKit's value types apply in their constructors, public so that
 * hosts and plug-ins can apply the same rules to their own values. Every failure is an
 * {@link InvalidInputException} naming the path and a stable code, never the value itself.
 */
public final class Checks {
    /** The longest identifier accepted, in characters. */
    public static final int MAX_IDENTIFIER_LENGTH = 64;
    /** The longest free text accepted, in characters. */
    public static final int MAX_TEXT_LENGTH = 200_000;

    private Checks() {
    }

    /**
     * Checks an identifier: 1 to 64 characters, starting with an ASCII letter or digit, then
     * letters, digits, {@code . _ : -}.
     *
     * @param value the candidate
     * @param path the path to name in an error
     * @return the value
     * @throws InvalidInputException if the value is null, blank, too long or badly formed
     */
    public static String identifier(String value, String path) {
        if (value == null) {
            throw InvalidInputException.of(ErrorCode.REQUIRED, path, ErrorCode.REQUIRED.meaning());
        }
        if (value.isBlank()) {
            throw InvalidInputException.of(ErrorCode.BLANK, path, ErrorCode.BLANK.meaning());
        }
        if (value.length() > MAX_IDENTIFIER_LENGTH) {
            throw InvalidInputException.of(ErrorCode.TOO_LONG, path,
                    "is longer than " + MAX_IDENTIFIER_LENGTH + " characters");
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean alnum = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
            if (!alnum && (i == 0 || (c != '.' && c != '_' && c != ':' && c != '-'))) {
                throw InvalidInputException.of(ErrorCode.BAD_FORMAT, path,
                        "must be ASCII letters, digits and . _ : - starting with a letter or digit");
            }
        }
        return value;
    }

    /**
     * Checks a free text: not blank, at most {@link #MAX_TEXT_LENGTH} characters, no control
     * characters other than tab, line feed and carriage return, and no unpaired UTF-16 surrogate.
     *
     * @param value the candidate
     * @param path the path to name in an error
     * @return the value
     * @throws InvalidInputException if the value breaks a rule
     */
    public static String text(String value, String path) {
        if (value == null) {
            throw InvalidInputException.of(ErrorCode.REQUIRED, path, ErrorCode.REQUIRED.meaning());
        }
        if (value.isBlank()) {
            throw InvalidInputException.of(ErrorCode.BLANK, path, ErrorCode.BLANK.meaning());
        }
        if (value.length() > MAX_TEXT_LENGTH) {
            throw InvalidInputException.of(ErrorCode.TOO_LONG, path,
                    "is longer than " + MAX_TEXT_LENGTH + " characters");
        }
        if (!hasOnlyLegalCharacters(value)) {
            throw InvalidInputException.of(ErrorCode.ILLEGAL_CHARACTERS, path, ErrorCode.ILLEGAL_CHARACTERS.meaning());
        }
        return value;
    }

    /**
     * Tells whether a text is free of control characters (other than tab, line feed and carriage
     * return) and of unpaired UTF-16 surrogates.
     *
     * @param value the text
     * @return true if every character may be stored and shown
     */
    public static boolean hasOnlyLegalCharacters(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= value.length() || !Character.isLowSurrogate(value.charAt(i + 1))) {
                    return false;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return false;
            } else if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7f && c <= 0x9f)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Checks that a value is present.
     *
     * @param value the value
     * @param path the path reported if it is missing
     * @param <T> the value's type
     * @return the value
     * @throws InvalidInputException coded REQUIRED if the value is null
     */
    public static <T> T required(T value, String path) {
        if (value == null) {
            throw InvalidInputException.of(ErrorCode.REQUIRED, path, ErrorCode.REQUIRED.meaning());
        }
        return value;
    }

    /**
     * Copies a collection into an unmodifiable set, refusing missing entries with a code rather than a
     * {@code NullPointerException}. A null collection stays null, for validation to report.
     *
     * @param values the values, or null
     * @param path the path reported if an entry is missing
     * @param <T> the element type
     * @return the copy, or null
     * @throws InvalidInputException coded REQUIRED if an entry is null
     */
    public static <T> Set<T> setOf(Collection<? extends T> values, String path) {
        if (values == null) {
            return null;
        }
        noneMissing(values, path);
        return Set.copyOf(values);
    }

    private static void noneMissing(Collection<?> values, String path) {
        int i = 0;
        for (Object value : values) {
            if (value == null) {
                throw InvalidInputException.of(ErrorCode.REQUIRED, path + "[" + i + "]", "an entry is missing");
            }
            i++;
        }
    }
}
