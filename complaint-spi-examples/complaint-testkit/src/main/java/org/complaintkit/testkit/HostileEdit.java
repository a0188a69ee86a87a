package org.complaintkit.testkit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * One hostile edit of a text file, at a place taken modulo the file's length: a line replaced by, extended with
 * or preceded by a hostile value, a field (between blanks, pipes, commas, semicolons, colons or equals signs)
 * swapped for one, a line doubled or dropped, or the file cut short.
 *
 * @param kind what the edit does
 * @param where where, modulo the number of lines (or characters, for a cut)
 * @param value the hostile value, or null (written as nothing)
 */
public record HostileEdit(Kind kind, int where, String value) {

    /** What an edit does. */
    public enum Kind { REPLACE_LINE, INSERT_LINE, APPEND_TO_LINE, REPLACE_FIELD, TRUNCATE, DROP_LINE, DOUBLE_LINE }

    /** Any edit with any hostile value ({@link Hostile#text()}). */
    public static Arbitrary<HostileEdit> any() {
        return Combinators.combine(Arbitraries.of(Kind.class), Arbitraries.integers().between(0, 100_000),
                Hostile.text()).as(HostileEdit::new);
    }

    /** The text after the edit. */
    public String apply(String text) {
        List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
        int at = Math.floorMod(where, lines.size());
        String v = value == null ? "" : value;
        switch (kind) {
            case REPLACE_LINE -> lines.set(at, v);
            case INSERT_LINE -> lines.add(at, v);
            case APPEND_TO_LINE -> lines.set(at, lines.get(at) + v);
            case REPLACE_FIELD -> {
                String[] fields = lines.get(at).split("(?<=[\\s|,;:=])", -1);
                fields[Math.floorMod(where / 7, fields.length)] = v;
                lines.set(at, String.join("", fields));
            }
            case TRUNCATE -> {
                return text.substring(0, Math.floorMod(where, text.length() + 1));
            }
            case DROP_LINE -> lines.remove(at);
            case DOUBLE_LINE -> lines.add(at, lines.get(at));
        }
        return String.join("\n", lines);
    }

    @Override
    public String toString() {
        return kind + "@" + where + " " + (value == null ? "null" : value.length() > 40
                ? value.length() + " chars" : "\"" + value + "\"");
    }
}
