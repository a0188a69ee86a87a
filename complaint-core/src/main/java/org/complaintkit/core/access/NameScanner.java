package org.complaintkit.core.access;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds the complainant's own name in free text: the name as registered and, for a Chinese name, the
 * surname with 先生, 女士, 小姐 or 太太; for a name in Latin letters, the family name (its last word) after
 * Mr, Mrs, Ms, Miss or Dr, and in any case. Each form is found with Knuth-Morris-Pratt, so even a name of
 * the longest length a text may have is found in linear time.
 *
 * <p>Best effort: a given name alone, a nickname, a misspelling or a name written with spaces between its
 * characters is not found. A name of one character is never looked for, since it would mask that
 * character everywhere.
 */
final class NameScanner {
    private static final Set<String> COMPOUND_SURNAMES = Set.of("欧阳", "司马", "上官", "诸葛", "东方", "皇甫",
            "尉迟", "公孙", "慕容", "长孙", "宇文", "司徒", "夏侯", "轩辕", "令狐", "钟离", "端木", "独孤", "南宫", "西门");
    private static final List<String> HONORIFICS = List.of("先生", "女士", "小姐", "太太");
    private static final List<String> TITLES = List.of("Mr. ", "Mrs. ", "Ms. ", "Dr. ", "Mr ", "Mrs ", "Ms ", "Miss ",
            "Dr ");

    private NameScanner() {
    }

    /** One form of the name to look for, how many of its first characters stay as written, and what replaces the rest. */
    private record Form(String text, int kept, String mask) {
    }

    static void scan(MaskedText t, String name) {
        for (Form form : forms(name)) {
            find(t, form);
        }
    }

    /** The masked form of a name in text: its first character and at most as many asterisks as it had. */
    static String masked(String name) {
        int first = name.offsetByCodePoints(0, 1);
        return name.substring(0, first) + MaskChars.stars(Math.min(2, name.length() - first));
    }

    private static List<Form> forms(String registered) {
        List<Form> forms = new ArrayList<>();
        if (registered == null) {
            return forms;
        }
        String name = registered.strip();
        if (name.codePointCount(0, name.length()) < 2) {
            return forms;
        }
        forms.add(new Form(name, 0, masked(name)));
        if (allCjk(name)) {
            String surname = name.length() >= 3 && COMPOUND_SURNAMES.contains(name.substring(0, 2))
                    ? name.substring(0, 2) : name.substring(0, 1);
            for (String honorific : HONORIFICS) {
                forms.add(new Form(surname + honorific, 0, masked(name)));
            }
        } else if (name.indexOf(' ') > 0) {
            String family = name.substring(name.lastIndexOf(' ') + 1);
            if (family.length() >= 2) {
                for (String title : TITLES) {
                    forms.add(new Form(title + family, title.length(), masked(family)));
                }
            }
        }
        return forms;
    }

    private static boolean allCjk(String name) {
        for (int i = 0; i < name.length(); i++) {
            if (!MaskChars.cjk(name.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Knuth-Morris-Pratt over the free characters, case-insensitive, Latin words whole. */
    private static void find(MaskedText t, Form form) {
        String p = form.text();
        int m = p.length();
        int[] fail = new int[m];
        for (int i = 1, k = 0; i < m; i++) {
            while (k > 0 && !same(p.charAt(i), p.charAt(k))) {
                k = fail[k - 1];
            }
            if (same(p.charAt(i), p.charAt(k))) {
                k++;
            }
            fail[i] = k;
        }
        int n = t.length();
        int k = 0;
        for (int i = 0; i < n; i++) {
            if (!t.free(i)) {
                k = 0;
                continue;
            }
            char c = t.charAt(i);
            while (k > 0 && !same(c, p.charAt(k))) {
                k = fail[k - 1];
            }
            if (same(c, p.charAt(k))) {
                k++;
            }
            if (k == m) {
                int start = i - m + 1;
                if (wholeWord(t, start, i + 1, p)) {
                    t.replace(start, i + 1, t.text().substring(start, start + form.kept()) + form.mask());
                    k = 0;
                } else {
                    k = fail[k - 1];
                }
            }
        }
    }

    private static boolean same(char a, char b) {
        return a == b || Character.toLowerCase(a) == Character.toLowerCase(b);
    }

    /** A Latin name is not found inside a longer word ("Ann" in "Annual"). */
    private static boolean wholeWord(MaskedText t, int start, int end, String p) {
        boolean opensWithLetter = MaskChars.asciiLetter(p.charAt(0));
        boolean closesWithLetter = MaskChars.asciiLetter(p.charAt(p.length() - 1));
        return !(opensWithLetter && start > 0 && MaskChars.asciiLetter(t.charAt(start - 1)))
                && !(closesWithLetter && end < t.length() && MaskChars.asciiLetter(t.charAt(end)));
    }
}
