package org.complaintkit.core.access;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Hostile texts: random mixes of the characters the scanners care about, long runs of the shapes that make
 * patterns backtrack, and real numbers in the forms people write them, each set off by a character that is
 * not a digit (as a number is in a sentence). Masking finishes fast, never lengthens the text, and leaves
 * none of the numbers an independent oracle finds.
 *
 * <p>The oracle is not the masker: it finds, with plain regular expressions on the (short enough) text, every
 * run of digits that is a mobile number or 12 to 19 digits long (card, account and ID numbers), and it knows
 * the formatted numbers it embedded. None may be in the output: the runs as they were, the formatted ones with
 * every space, dash, dot and bracket taken out of the output.
 */
class PersonalDataMaskHostileProperties {
    static final String ALPHABET = "a.@-_+% 0123456789１３９０X(E)G市区路号道县省先生张－．\u3000:微信Q";
    static final List<String> UNITS = List.of("a.", "@", "a@", "a@a.", "1-", "12 ", "6222 ", "１．", "市区", "路", "深南大道1-",
            "E1234567", "(0-", "0", "9", "13912345678 ", "1.", "微信a", "qq1");
    static final String BOUNDARIES = "，。；：号 ";
    static final Pattern RUN = Pattern.compile("[0-9]+");
    static final Pattern MOBILE = Pattern.compile("1[3-9][0-9]{9}");
    static final Pattern SEPARATORS = Pattern.compile("[ \\-.()\\u3000\\u00a0\\u2010-\\u2013\\u2212\\uff0d\\uff0e\\uff08\\uff09]");

    /** A piece of a hostile text, and the number it holds that must not survive, if any. */
    record Piece(String text, String secret) {
    }

    @Provide
    Arbitrary<List<Piece>> hostileTexts() {
        Arbitrary<Piece> noise = Arbitraries.strings().withChars(ALPHABET.toCharArray()).ofMinLength(1).ofMaxLength(30)
                .map(s -> new Piece(s, null));
        Arbitrary<Piece> runs = Combinators.combine(Arbitraries.of(UNITS), Arbitraries.integers().between(1, 600))
                .as((unit, times) -> new Piece(unit.repeat(times), null));
        Arbitrary<Piece> numbers = Combinators.combine(Arbitraries.oneOf(phones(), cards(), ids(), landlines(),
                        passports()), Arbitraries.of(BOUNDARIES.chars().mapToObj(c -> String.valueOf((char) c)).toList()),
                Arbitraries.of(BOUNDARIES.chars().mapToObj(c -> String.valueOf((char) c)).toList()))
                .as((number, before, after) -> new Piece(before + number.text() + after, number.secret()));
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(5, noise), net.jqwik.api.Tuple.of(1, runs), net.jqwik.api.Tuple.of(3, numbers))
                .list().ofMaxSize(80);
    }

    /**
     * Random digits, with five different ones at least: a number of one repeated digit could be put together
     * from the digit runs of the noise, and the oracle would report a number the masker never left.
     */
    Arbitrary<String> digits(int count) {
        return Arbitraries.strings().numeric().ofLength(count).filter(d -> d.chars().distinct().count() >= 5);
    }

    Arbitrary<Piece> phones() {
        return Combinators.combine(Arbitraries.integers().between(3, 9), digits(9), Arbitraries.integers().between(0, 5))
                .as((second, rest, form) -> {
                    String d = "1" + second + rest;
                    String spaced = d.substring(0, 3) + " " + d.substring(3, 7) + " " + d.substring(7);
                    String text = switch (form) {
                        case 0 -> d;
                        case 1 -> spaced.replace(' ', '-');
                        case 2 -> spaced;
                        case 3 -> spaced.replace(' ', '.');
                        case 4 -> fullWidth(d);
                        default -> "+86 " + spaced;
                    };
                    return new Piece(text, d);
                });
    }

    Arbitrary<Piece> cards() {
        return Combinators.combine(Arbitraries.of(16, 19).flatMap(this::digits), Arbitraries.of("", " ", "-"))
                .as((d, separator) -> new Piece(String.join(separator, d.split("(?<=\\G.{4})")), d));
    }

    Arbitrary<Piece> ids() {
        return Combinators.combine(Arbitraries.integers().between(1, 9), digits(16), Arbitraries.of("0", "7", "X"),
                Arbitraries.integers().between(0, 2)).as((first, middle, last, form) -> {
                    String d = first + middle + last;
                    String text = switch (form) {
                        case 0 -> d;
                        case 1 -> d.substring(0, 6) + " " + d.substring(6, 14) + " " + d.substring(14);
                        default -> fullWidth(d);
                    };
                    return new Piece(text, d);
                });
    }

    Arbitrary<Piece> landlines() {
        return Combinators.combine(Arbitraries.of("010", "020", "0755", "0571"), digits(8), Arbitraries.integers().between(0, 2))
                .as((area, local, form) -> new Piece(switch (form) {
                    case 0 -> area + "-" + local;
                    case 1 -> "(" + area + ") " + local.substring(0, 4) + " " + local.substring(4);
                    default -> area + local;
                }, area + local));
    }

    Arbitrary<Piece> passports() {
        return Combinators.combine(Arbitraries.of("E", "G"), digits(8), Arbitraries.integers().between(7, 8))
                .as((letter, d, count) -> new Piece(letter + d.substring(0, count), letter + d.substring(0, count)));
    }

    static String fullWidth(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            out.append(c >= '0' && c <= '9' ? (char) (c - '0' + '\uFF10') : c == 'X' ? '\uFF38' : c);
        }
        return out.toString();
    }

    static String halfWidth(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            out.append(c >= '\uFF10' && c <= '\uFF19' ? (char) (c - '\uFF10' + '0') : c == '\uFF38' ? 'X' : c);
        }
        return out.toString();
    }

    /** The runs of digits in a text that are a mobile number or 12 to 19 digits long. */
    static Set<String> runsThatIdentify(String text) {
        Set<String> found = new LinkedHashSet<>();
        Matcher run = RUN.matcher(halfWidth(text));
        while (run.find()) {
            String r = run.group();
            if (MOBILE.matcher(r).matches() || r.length() >= 12 && r.length() <= 19) {
                found.add(r);
            }
        }
        return found;
    }

    @Property(tries = 300)
    void hostile_texts_are_masked_fast_and_no_number_survives(@ForAll("hostileTexts") List<Piece> pieces) {
        StringBuilder text = new StringBuilder();
        List<String> embedded = new ArrayList<>();
        for (Piece piece : pieces) {
            text.append(piece.text());
            if (piece.secret() != null) {
                embedded.add(piece.secret());
            }
        }
        String input = text.toString();
        long started = System.nanoTime();
        String masked = PersonalDataMask.text(input, "张先生");
        long millis = (System.nanoTime() - started) / 1_000_000;
        assertTrue(millis < 500, millis + " ms for " + input.length() + " characters");
        assertTrue(masked.length() <= input.length(), "never longer");

        String plain = halfWidth(masked);
        for (String run : runsThatIdentify(input)) {
            assertFalse(plain.contains(run), () -> "the run " + run + " survived in " + excerpt(plain, run));
        }
        String squeezed = SEPARATORS.matcher(plain).replaceAll("");
        for (String secret : embedded) {
            assertFalse(squeezed.contains(secret), () -> "the number " + secret + " survived in " + excerpt(squeezed, secret));
        }
    }

    static String excerpt(String text, String found) {
        int at = text.indexOf(found);
        return text.substring(Math.max(0, at - 40), Math.min(text.length(), at + found.length() + 40));
    }
}
