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

    /** The longest path kept, in characters. */
    public static final int MAX_PATH = 200;
    /** The longest message kept, in characters. */
    public static final int MAX_MESSAGE = 500;

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
        path = printable(path, MAX_PATH);
        message = printable(message, MAX_MESSAGE);
    }

    /**
     * Makes a text safe to log and to keep, by the rule violations follow: control characters (C0, DEL and C1),
     * bidirectional overrides and unpaired surrogates are written as {@code \\uXXXX} escapes, so the text cannot
     * break or forge a log line, and a text longer than {@code max} characters is cut there and marked
     * {@code "… (cut)"}. Other senders of text into logs and records (a notification sender's failure reason)
     * use it too.
     *
     * @param text the text
     * @param max the longest text kept, in characters, at least 2
     * @return the text, escaped and cut; the text itself if nothing needed changing
     */
    public static String printable(String text, int max) {
        Objects.requireNonNull(text, "text");
        if (max < 2) {
            throw new IllegalArgumentException("max must be at least 2");
        }
        StringBuilder out = null;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            boolean unsafe = c < 0x20 || (c >= 0x7f && c <= 0x9f) || (c >= 0x202a && c <= 0x202e)
                    || (c >= 0x2066 && c <= 0x2069) || c == 0x200e || c == 0x200f
                    || (Character.isHighSurrogate(c) && (i + 1 >= n || !Character.isLowSurrogate(text.charAt(i + 1))))
                    || (Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(text.charAt(i - 1))));
            if (unsafe && out == null) {
                out = new StringBuilder(Math.min(n, max) + 16).append(text, 0, i);
            }
            if (out != null) {
                if (unsafe) {
                    out.append(String.format("\\u%04x", (int) c));
                } else {
                    out.append(c);
                }
                if (out.length() > max) {
                    break;
                }
            }
        }
        String safe = out == null ? text : out.toString();
        if (safe.length() <= max) {
            return safe;
        }
        int cut = Character.isHighSurrogate(safe.charAt(max - 1)) ? max - 1 : max;
        return safe.substring(0, cut) + "… (cut)";
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
