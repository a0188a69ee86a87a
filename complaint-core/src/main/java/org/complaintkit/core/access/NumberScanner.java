package org.complaintkit.core.access;

import java.util.Arrays;

/**
 * Finds the numbers that identify a person, however they are written, without a regular expression.
 *
 * <p>It reads a <em>group</em>: runs of digits (ASCII or full-width ０-９) joined by one dot or by one to three
 * spaces and dashes, an area code in parentheses, and a final check character X. Within a group it looks for
 * runs of whole chunks whose digits, separators left out, are a resident ID number (18 characters, the last
 * a digit or X), a mobile number ({@code 1[3-9]} and nine digits, optionally after 86 or 0086), a landline
 * with its area code ({@code 0} and two or three digits, then seven or eight), a card or account number
 * (12 to 19 digits), a passport number (one of the letters EGDSPHM and seven or eight digits, or E, a
 * letter and seven digits), or a run of more than 19 digits (a final X that does not complete an ID number is masked with the digits
 * before it). A chunk that is one of these by itself is
 * masked by itself; otherwise several chunks are read together only if the first has two or more digits and
 * every later one three or more, which leaves dates ({@code 2024-03-05}), amounts ({@code 1,000.00},
 * {@code 12345.67}) and ranges ({@code 2023-2024}) readable. A chunk inside some such run that is not masked
 * with a chosen one is starred, so no number is left half masked.
 *
 * <p>Every character of a group is read once, and each chunk is combined with at most the next 18, so the
 * scan is linear in the text's length.
 */
final class NumberScanner {
    static final String ID_PLACEHOLDER = "[ID number]";
    private static final int MAX_DIGITS = 19;

    /** What a run of chunks is, in ascending order of preference when several start at one chunk. */
    enum Kind { NONE, CARD, LANDLINE, PHONE, ID, PASSPORT, LONG }

    private NumberScanner() {
    }

    static void scan(MaskedText t) {
        int n = t.length();
        int i = 0;
        while (i < n) {
            if (t.free(i) && MaskChars.digit(t.charAt(i)) >= 0) {
                i = new Group(t, i).mask();
            } else {
                i++;
            }
        }
    }

    /** One group of chunks, read from its first digit. */
    private static final class Group {
        private final MaskedText t;
        private final StringBuilder digits = new StringBuilder();
        private int m;
        private int[] start = new int[8];
        private int[] end = new int[8];
        private int[] from = new int[8];
        private int[] length = new int[8];
        private int openParen = -1;
        private boolean areaInParens;
        private int passportFrom = -1;

        Group(MaskedText t, int p) {
            this.t = t;
            int n = t.length();
            if (t.free(p - 1) && MaskChars.open(t.charAt(p - 1))) {
                openParen = p - 1;
            }
            int q = p;
            while (true) {
                int chunkStart = q;
                while (q < n && t.free(q) && MaskChars.digit(t.charAt(q)) >= 0) {
                    digits.append((char) ('0' + MaskChars.digit(t.charAt(q))));
                    q++;
                }
                boolean x = q < n && t.free(q) && MaskChars.checkX(t.charAt(q))
                        && (q + 1 >= n || !MaskChars.latinOrDigit(t.charAt(q + 1)));
                if (x) {
                    digits.append('X');
                    q++;
                }
                add(chunkStart, q);
                if (x) {
                    break;
                }
                int r = q;
                boolean paren = false;
                if (m == 1 && openParen >= 0 && t.free(r) && MaskChars.close(t.charAt(r))) {
                    r++;
                    paren = true;
                    for (int k = 0; k < 2 && t.free(r) && MaskChars.spaceOrDash(t.charAt(r)); k++) {
                        r++;
                    }
                } else if (t.free(r) && MaskChars.dot(t.charAt(r))) {
                    r++;
                } else {
                    for (int k = 0; k < 3 && t.free(r) && MaskChars.spaceOrDash(t.charAt(r)); k++) {
                        r++;
                    }
                }
                if (r > q && t.free(r) && MaskChars.digit(t.charAt(r)) >= 0) {
                    areaInParens |= paren;
                    q = r;
                } else {
                    break;
                }
            }
            passportFrom = passportLetters(p);
        }

        private void add(int chunkStart, int chunkEnd) {
            if (m == start.length) {
                start = Arrays.copyOf(start, m * 2);
                end = Arrays.copyOf(end, m * 2);
                from = Arrays.copyOf(from, m * 2);
                length = Arrays.copyOf(length, m * 2);
            }
            start[m] = chunkStart;
            end[m] = chunkEnd;
            from[m] = digits.length() - (chunkEnd - chunkStart);
            length[m] = chunkEnd - chunkStart;
            m++;
        }

        /** Where the letters of a passport number before the first chunk begin, or -1. */
        private int passportLetters(int p) {
            int lp = p;
            while (p - lp < 2 && t.free(lp - 1) && MaskChars.capital(t.charAt(lp - 1))) {
                lp--;
            }
            int letters = p - lp;
            if (letters == 0 || lp > 0 && MaskChars.latinOrDigit(t.charAt(lp - 1))
                    || digits.charAt(length[0] - 1) == 'X') {
                return -1;
            }
            char first = MaskChars.ascii(t.charAt(lp));
            boolean one = letters == 1 && "EGDSPHM".indexOf(first) >= 0 && (length[0] == 7 || length[0] == 8);
            boolean two = letters == 2 && first == 'E' && length[0] == 7;
            return one || two ? lp : -1;
        }

        /** Masks what the group holds, returns the index after it. */
        int mask() {
            if (m == 1) {
                Kind kind = kind(0, 0);
                if (kind != Kind.NONE) {
                    t.replace(kind == Kind.PASSPORT ? passportFrom : start[0], end[0], replacement(kind, 0, 0));
                }
                return end[0];
            }
            Kind[] single = new Kind[m];
            for (int k = 0; k < m; k++) {
                single[k] = kind(k, k);
            }
            Kind[] best = new Kind[m];
            int[] bestEnd = new int[m];
            int[] reach = new int[m];
            for (int i = 0; i < m; i++) {
                best[i] = Kind.NONE;
                reach[i] = -1;
                if (single[i] != Kind.NONE || length[i] < 2) {
                    continue;
                }
                int total = length[i];
                for (int j = i + 1; j < m && single[j] == Kind.NONE && length[j] >= 3; j++) {
                    total += length[j];
                    if (total > MAX_DIGITS) {
                        break;
                    }
                    Kind kind = kind(i, j);
                    if (kind != Kind.NONE) {
                        reach[i] = j;
                        if (kind.ordinal() >= best[i].ordinal()) {
                            best[i] = kind;
                            bestEnd[i] = j;
                        }
                    }
                }
            }
            boolean[] masked = new boolean[m];
            int i = 0;
            while (i < m) {
                int j = single[i] != Kind.NONE ? i : best[i] != Kind.NONE ? bestEnd[i] : -1;
                if (j < 0) {
                    i++;
                    continue;
                }
                Kind kind = single[i] != Kind.NONE ? single[i] : best[i];
                int spanFrom = kind == Kind.PASSPORT ? passportFrom
                        : i == 0 && j > 0 && areaInParens ? openParen : start[i];
                t.replace(spanFrom, end[j], replacement(kind, i, j));
                Arrays.fill(masked, i, j + 1, true);
                i = j + 1;
            }
            int reached = -1;
            for (int k = 0; k < m; k++) {
                reached = Math.max(reached, reach[k]);
                if (!masked[k] && reached >= k) {
                    t.replace(start[k], end[k], MaskChars.stars(end[k] - start[k]));
                }
            }
            return end[m - 1];
        }

        private Kind kind(int i, int j) {
            int f = from[i];
            int total = from[j] + length[j] - f;
            boolean x = digits.charAt(f + total - 1) == 'X';
            if (i == 0 && j == 0 && passportFrom >= 0) {
                return Kind.PASSPORT;
            }
            if (x) {
                if (total == 18 && digits.charAt(f) != '0') {
                    return Kind.ID;
                }
                total--;
            }
            if (total > MAX_DIGITS) {
                return i == j ? Kind.LONG : Kind.NONE;
            }
            if (total == 18 && digits.charAt(f) != '0') {
                return Kind.ID;
            }
            if (phone(f, total)) {
                return Kind.PHONE;
            }
            if (landline(i, j, f, total)) {
                return Kind.LANDLINE;
            }
            return total >= 12 ? Kind.CARD : Kind.NONE;
        }

        private boolean phone(int f, int total) {
            int offset = total == 11 ? 0
                    : total == 13 && digits.charAt(f) == '8' && digits.charAt(f + 1) == '6' ? 2
                    : total == 15 && "0086".contentEquals(digits.subSequence(f, f + 4)) ? 4 : -1;
            if (offset < 0) {
                return false;
            }
            char second = digits.charAt(f + offset + 1);
            return digits.charAt(f + offset) == '1' && second >= '3' && second <= '9';
        }

        private boolean landline(int i, int j, int f, int total) {
            if (total < 10 || digits.charAt(f) != '0' || digits.charAt(f + 1) == '0') {
                return false;
            }
            int area = areaLength(digits.charAt(f + 1));
            int local = total - area;
            return local >= 7 && local <= 8 && (i == j || length[i] == area);
        }

        private String replacement(Kind kind, int i, int j) {
            String d = digits.substring(from[i], from[j] + length[j]);
            if (kind != Kind.ID && d.endsWith("X")) {
                d = d.substring(0, d.length() - 1);
            }
            return switch (kind) {
                case ID -> ID_PLACEHOLDER;
                case CARD, LONG -> "****" + d.substring(d.length() - 4);
                case PHONE -> {
                    String own = d.substring(d.length() - 11);
                    String prefix = d.substring(0, d.length() - 11);
                    String masked = own.substring(0, 3) + "****" + own.substring(7);
                    yield prefix.isEmpty() ? masked
                            : prefix + (i < j && length[i] == prefix.length() ? " " : "") + masked;
                }
                case LANDLINE -> {
                    int area = areaLength(d.charAt(1));
                    yield d.substring(0, area) + MaskChars.stars(d.length() - area - 4) + d.substring(d.length() - 4);
                }
                case PASSPORT -> {
                    StringBuilder out = new StringBuilder();
                    for (int k = passportFrom; k < start[0]; k++) {
                        out.append(MaskChars.ascii(t.charAt(k)));
                    }
                    yield out.append(MaskChars.stars(length[0])).toString();
                }
                case NONE -> throw new IllegalStateException("nothing to mask");
            };
        }

        /** 010 and 02x have two-digit area codes after the 0, the rest three. */
        private static int areaLength(char second) {
            return second == '1' || second == '2' ? 3 : 4;
        }
    }
}
