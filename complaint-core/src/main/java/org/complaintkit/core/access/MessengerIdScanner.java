package org.complaintkit.core.access;

/**
 * Finds WeChat and QQ ids that the text introduces as such: 微信 or 微信号 followed by an id of five or more
 * Latin letters, digits, underscores or dashes ({@code 微信：zhang_san88}); "WeChat" or "WeChat ID" followed by a
 * colon and such an id; QQ or QQ号 followed by five to eleven digits. The id keeps its first character.
 * Best effort: an id the text does not introduce is not recognised.
 *
 * <p>At each position it compares a few fixed keywords and reads one id at most, so the scan is linear.
 */
final class MessengerIdScanner {
    private MessengerIdScanner() {
    }

    static void scan(MaskedText t) {
        int n = t.length();
        int i = 0;
        while (i < n) {
            int next = at(t, i);
            i = next > i ? next : i + 1;
        }
    }

    /** Masks an id introduced at i, returns the index after it, or i if there is none. */
    private static int at(MaskedText t, int i) {
        boolean english;
        boolean qq;
        int j;
        if (keyword(t, i, "微信")) {
            english = false;
            qq = false;
            j = i + 2;
            if (keyword(t, j, "号")) {
                j++;
            }
        } else if (keyword(t, i, "wechat") && !(i > 0 && MaskChars.asciiLetter(t.charAt(i - 1)))) {
            english = true;
            qq = false;
            j = i + 6;
            int id = skipSpaces(t, j);
            if (keyword(t, id, "id")) {
                j = id + 2;
            }
        } else if (keyword(t, i, "qq") && !(i > 0 && MaskChars.asciiLetter(t.charAt(i - 1)))) {
            english = false;
            qq = true;
            j = i + 2;
            if (keyword(t, j, "号")) {
                j++;
            }
        } else {
            return i;
        }
        int k = j;
        boolean colon = false;
        for (int skipped = 0; skipped < 3 && t.free(k); skipped++) {
            char c = t.charAt(k);
            if (c == ':' || c == '\uFF1A') {
                colon = true;
            } else if (c != ' ' && c != '\u3000' && c != '是' && c != '为') {
                break;
            }
            k++;
        }
        if (english && !colon) {
            return j;
        }
        int idEnd = k;
        while (t.free(idEnd) && (qq ? t.charAt(idEnd) >= '0' && t.charAt(idEnd) <= '9'
                : MaskChars.asciiAlnum(t.charAt(idEnd)) || t.charAt(idEnd) == '_' || t.charAt(idEnd) == '-')) {
            idEnd++;
        }
        int length = idEnd - k;
        boolean id = qq ? length >= 5 && length <= 11 : length >= 5 && t.charAt(k) != '-';
        if (!id) {
            return j;
        }
        t.replace(k, idEnd, t.charAt(k) + "****");
        return idEnd;
    }

    private static int skipSpaces(MaskedText t, int j) {
        int k = j;
        while (k < j + 2 && t.free(k) && t.charAt(k) == ' ') {
            k++;
        }
        return k;
    }

    /** Whether the free text at i starts with a keyword, ignoring the case of Latin letters. */
    private static boolean keyword(MaskedText t, int i, String word) {
        if (i + word.length() > t.length()) {
            return false;
        }
        for (int k = 0; k < word.length(); k++) {
            if (!t.free(i + k) || Character.toLowerCase(t.charAt(i + k)) != word.charAt(k)) {
                return false;
            }
        }
        return true;
    }
}
