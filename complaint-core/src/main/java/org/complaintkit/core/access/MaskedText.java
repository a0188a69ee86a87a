package org.complaintkit.core.access;

/**
 * A text being masked: the scanners mark spans of the original text to replace, each span on characters
 * no earlier scanner has taken, and {@link #result()} writes the text with every span replaced. Marking a
 * span costs its length and writing the result costs the text's length, so masking stays linear however
 * many spans there are.
 *
 * <p>Not thread-safe: one per call.
 */
final class MaskedText {
    private final String text;
    private final boolean[] taken;
    private final String[] replacementAt;
    private final int[] endAt;
    private boolean changed;

    MaskedText(String text) {
        this.text = text;
        this.taken = new boolean[text.length()];
        this.replacementAt = new String[text.length()];
        this.endAt = new int[text.length()];
    }

    /** The original text. */
    String text() {
        return text;
    }

    /** The original text's length. */
    int length() {
        return text.length();
    }

    /** The original character at an index. */
    char charAt(int index) {
        return text.charAt(index);
    }

    /** Whether no scanner has taken the character at an index; false outside the text. */
    boolean free(int index) {
        return index >= 0 && index < taken.length && !taken[index];
    }

    /**
     * Replaces a span of free characters.
     *
     * @throws IllegalStateException if a character of the span is taken already (a scanner's mistake)
     */
    void replace(int from, int to, String with) {
        if (from >= to) {
            throw new IllegalStateException("empty span");
        }
        for (int i = from; i < to; i++) {
            if (taken[i]) {
                throw new IllegalStateException("overlapping spans at " + i);
            }
            taken[i] = true;
        }
        replacementAt[from] = with;
        endAt[from] = to;
        changed = true;
    }

    /** The text with every span replaced. */
    String result() {
        if (!changed) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            if (replacementAt[i] != null) {
                out.append(replacementAt[i]);
                i = endAt[i];
            } else {
                out.append(text.charAt(i));
                i++;
            }
        }
        return out.toString();
    }
}
