package org.complaintkit.core.classification;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Brings complaint text and rule phrases to one form so that a phrase matches however it was typed:
 * compatibility forms folded (full-width letters, digits and punctuation become their ASCII forms, NFKC),
 * traditional characters mapped to simplified ones, letters lower-cased, and runs of white space made one
 * space. Chinese has no spaces between words, so phrases are matched as substrings, never as tokens; a
 * phrase of ASCII letters and digits matches only at word boundaries ({@code fee} is not found in
 * {@code coffee}).
 *
 * <p>Immutable and thread-safe.
 */
public final class TextNormaliser {
    private static final String TABLE = "zh-hant-hans.txt";
    private static final TextNormaliser STANDARD = new TextNormaliser(load());

    private final Map<Character, Character> simplified;

    private TextNormaliser(Map<Character, Character> simplified) {
        this.simplified = Map.copyOf(simplified);
    }

    /**
     * The normaliser with the shipped traditional-to-simplified table.
     *
     * @return the normaliser
     */
    public static TextNormaliser standard() {
        return STANDARD;
    }

    private static Map<Character, Character> load() {
        Map<Character, Character> map = new HashMap<>();
        for (String line : Resources.text(TABLE).split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            for (String pair : line.trim().split("\\s+")) {
                if (pair.length() != 2) {
                    throw new IllegalStateException(TABLE + ": bad pair " + pair);
                }
                map.put(pair.charAt(0), pair.charAt(1));
            }
        }
        return map;
    }

    /**
     * Normalises a text or a phrase.
     *
     * @param text the text
     * @return the normal form
     */
    public String normalise(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKC);
        StringBuilder out = new StringBuilder(folded.length());
        boolean space = false;
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                space = out.length() > 0;
                continue;
            }
            if (space) {
                out.append(' ');
                space = false;
            }
            Character simple = simplified.get(c);
            out.append(simple != null ? simple.charValue() : Character.toLowerCase(c));
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }

    /**
     * Tells whether a normalised text contains a normalised phrase: as a substring, and for a phrase of
     * ASCII letters and digits only at word boundaries.
     *
     * @param text the normalised text
     * @param phrase the normalised phrase
     * @return true if found
     */
    public static boolean contains(String text, String phrase) {
        if (phrase.isEmpty()) {
            return false;
        }
        boolean ascii = phrase.chars().allMatch(c -> c < 128);
        int from = 0;
        while (true) {
            int at = text.indexOf(phrase, from);
            if (at < 0) {
                return false;
            }
            if (!ascii || (isBoundary(text, at - 1) && isBoundary(text, at + phrase.length()))) {
                return true;
            }
            from = at + 1;
        }
    }

    private static boolean isBoundary(String text, int index) {
        if (index < 0 || index >= text.length()) {
            return true;
        }
        char c = text.charAt(index);
        return !(c < 128 && Character.isLetterOrDigit(c));
    }
}
