package org.complaintkit.core.access;

/**
 * Finds e-mail addresses ({@code local@domain.tld}, the local part of {@code [A-Za-z0-9._%+-]}, the domain
 * of {@code [A-Za-z0-9.-]} ending in a dot and two or more letters) without a regular expression: from each
 * {@code @} it reads the local part back to the previous {@code @} or match at most, and the domain forward
 * to the next {@code @} at most, so every character is read a bounded number of times.
 */
final class EmailScanner {
    static final String PLACEHOLDER = "[e-mail]";

    private EmailScanner() {
    }

    static void scan(MaskedText t) {
        int n = t.length();
        int floor = 0;
        int p = 0;
        while (p < n) {
            char c = t.charAt(p);
            if ((c != '@' && c != '\uFF20') || !t.free(p)) {
                p++;
                continue;
            }
            int start = p;
            while (start > floor && t.free(start - 1) && local(t.charAt(start - 1))) {
                start--;
            }
            int domainEnd = p + 1;
            while (domainEnd < n && t.free(domainEnd) && domain(t.charAt(domainEnd))) {
                domainEnd++;
            }
            int end = -1;
            int k = p + 2;
            while (k < domainEnd) {
                if (t.charAt(k) == '.') {
                    int letters = k + 1;
                    while (letters < domainEnd && MaskChars.asciiLetter(t.charAt(letters))) {
                        letters++;
                    }
                    if (letters - k - 1 >= 2) {
                        end = letters;
                    }
                    k = Math.max(letters, k + 1);
                } else {
                    k++;
                }
            }
            if (start < p && end > 0) {
                t.replace(start, end, end - start >= PLACEHOLDER.length() ? PLACEHOLDER
                        : MaskChars.stars(end - start));
                floor = end;
                p = end;
            } else {
                p++;
            }
        }
    }

    private static boolean local(char c) {
        return MaskChars.asciiAlnum(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-';
    }

    private static boolean domain(char c) {
        return MaskChars.asciiAlnum(c) || c == '.' || c == '-';
    }
}
