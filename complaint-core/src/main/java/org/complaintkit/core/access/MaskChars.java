package org.complaintkit.core.access;

/** The character classes the masking scanners read: digits of both widths, separators, CJK characters. */
final class MaskChars {
    private MaskChars() {
    }

    /** The value of an ASCII or full-width digit, or -1. */
    static int digit(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= '\uFF10' && c <= '\uFF19') {
            return c - '\uFF10';
        }
        return -1;
    }

    /** An ASCII or full-width capital letter. */
    static boolean capital(char c) {
        return c >= 'A' && c <= 'Z' || c >= '\uFF21' && c <= '\uFF3A';
    }

    /** A capital letter as ASCII. */
    static char ascii(char capital) {
        return capital >= '\uFF21' ? (char) (capital - '\uFF21' + 'A') : capital;
    }

    /** The check character X of a resident ID number, in either width or case. */
    static boolean checkX(char c) {
        return c == 'X' || c == 'x' || c == '\uFF38' || c == '\uFF58';
    }

    /** A space or dash people put between groups of digits. */
    static boolean spaceOrDash(char c) {
        return switch (c) {
            case ' ', '\u00A0', '\u3000', '-', '\u2010', '\u2011', '\u2012', '\u2013', '\u2212', '\uFF0D' -> true;
            default -> false;
        };
    }

    /** A dot between groups of digits. */
    static boolean dot(char c) {
        return c == '.' || c == '\uFF0E';
    }

    /** An opening parenthesis, either width. */
    static boolean open(char c) {
        return c == '(' || c == '\uFF08';
    }

    /** A closing parenthesis, either width. */
    static boolean close(char c) {
        return c == ')' || c == '\uFF09';
    }

    /** A common CJK ideograph, the range the address scanner reads (U+4E00 to U+9FA5). */
    static boolean cjk(char c) {
        return c >= '\u4e00' && c <= '\u9fa5';
    }

    /** An ASCII letter. */
    static boolean asciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    /** An ASCII letter or digit. */
    static boolean asciiAlnum(char c) {
        return asciiLetter(c) || c >= '0' && c <= '9';
    }

    /** A Latin letter or a digit, ASCII or full-width: what may not touch a passport or ID number. */
    static boolean latinOrDigit(char c) {
        return asciiAlnum(c) || digit(c) >= 0 || c >= '\uFF21' && c <= '\uFF3A' || c >= '\uFF41' && c <= '\uFF5A';
    }

    /** Asterisks, as many as asked. */
    static String stars(int count) {
        return "*".repeat(Math.max(0, count));
    }
}
