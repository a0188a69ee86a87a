package org.complaintkit.core.access;

/**
 * Finds mainland street addresses without a regular expression, with the matches the earlier pattern
 * gave: either up to eight characters, a province, city, district or county character (省市区县), one to
 * eight characters and a city, district, county, town or township character (市区县镇乡), then any roads
 * (up to twelve characters ending in 路街道巷村) and house numbers ({@code 1001号}, {@code 3栋},
 * {@code 2单元}, {@code 501室}); or up to twelve characters ending in a road character (路街道巷) directly
 * followed by a house number ({@code 深南大道1001号}). Like the pattern, a character or two before an
 * address may be taken with it.
 *
 * <p>Each run of CJK characters is read once from left to right, looking at most twelve characters ahead
 * of any position, so the scan is linear in the text's length. (The pattern it replaces was linear too,
 * but recursed once per road and could exhaust the stack on a hostile text.)
 */
final class AddressScanner {
    static final String PLACEHOLDER = "[address]";

    private AddressScanner() {
    }

    static void scan(MaskedText t) {
        int n = t.length();
        int i = 0;
        while (i < n) {
            if (!cjk(t, i)) {
                i++;
                continue;
            }
            int runEnd = i;
            while (cjk(t, runEnd)) {
                runEnd++;
            }
            int afterHouseNumber = houseNumberAfterRoad(t, runEnd);
            i = scanRun(t, i, runEnd, afterHouseNumber);
        }
    }

    /** Scans one run [a, b) from a, returns where scanning goes on. */
    private static int scanRun(MaskedText t, int a, int b, int afterHouseNumber) {
        int from = a;
        int firstAdmin = from + 1;
        while (from < b) {
            int startA = -1;
            for (int i1 = Math.max(firstAdmin, from + 1); i1 < b; i1++) {
                if (admin1(t.charAt(i1)) && admin2Within(t, i1, b) >= 0) {
                    startA = Math.max(from, i1 - 8);
                    break;
                }
                firstAdmin = i1 + 1;
            }
            int startB = afterHouseNumber >= 0 && roadB(t.charAt(b - 1)) && b - 1 >= from + 1
                    ? Math.max(from, b - 13) : -1;
            if (startA < 0 && startB < 0) {
                return b;
            }
            int end;
            int start;
            if (startA >= 0 && (startB < 0 || startA <= startB)) {
                start = startA;
                end = matchA(t, start, b);
            } else {
                start = startB;
                end = units(t, afterHouseNumber, false);
            }
            t.replace(start, end, end - start >= PLACEHOLDER.length() ? PLACEHOLDER : MaskChars.stars(end - start));
            if (end >= b) {
                return end;
            }
            from = end;
        }
        return b;
    }

    /** The greedy match of the first form from s, as the pattern took it. */
    private static int matchA(MaskedText t, int s, int b) {
        int i1 = -1;
        for (int k = Math.min(s + 8, b - 1); k >= s + 1; k--) {
            if (admin1(t.charAt(k)) && admin2Within(t, k, b) >= 0) {
                i1 = k;
                break;
            }
        }
        int c = admin2Within(t, i1, b) + 1;
        while (c < b) {
            int road = -1;
            for (int k = Math.min(c + 12, b - 1); k >= c + 1; k--) {
                if (roadA(t.charAt(k))) {
                    road = k;
                    break;
                }
            }
            if (road < 0) {
                return c;
            }
            c = road + 1;
        }
        return units(t, c, true);
    }

    /** The largest index in [i1 + 2, i1 + 9] before b holding 市区县镇乡, or -1. */
    private static int admin2Within(MaskedText t, int i1, int b) {
        for (int k = Math.min(i1 + 9, b - 1); k >= i1 + 2; k--) {
            if (admin2(t.charAt(k))) {
                return k;
            }
        }
        return -1;
    }

    /**
     * Where a house number directly after a run ending at b ends ({@code 1001号}), or -1 if none follows.
     */
    private static int houseNumberAfterRoad(MaskedText t, int b) {
        int d = b;
        while (number(t, d)) {
            d++;
        }
        return d > b && t.free(d) && t.charAt(d) == '号' ? d + 1 : -1;
    }

    /** Reads house numbers and units ({@code 3栋2单元501室}) from c, returns where they end. */
    private static int units(MaskedText t, int c, boolean withHao) {
        int n = t.length();
        while (true) {
            int d = c;
            while (number(t, d)) {
                d++;
            }
            if (d == c || !t.free(d) || d >= n) {
                return c;
            }
            char u = t.charAt(d);
            if (u == '栋' || u == '幢' || u == '室' || withHao && u == '号') {
                c = d + 1;
            } else if (u == '单' && d + 1 < n && t.free(d + 1) && t.charAt(d + 1) == '元') {
                c = d + 2;
            } else {
                return c;
            }
        }
    }

    private static boolean cjk(MaskedText t, int i) {
        return t.free(i) && MaskChars.cjk(t.charAt(i));
    }

    private static boolean number(MaskedText t, int i) {
        return t.free(i) && (MaskChars.digit(t.charAt(i)) >= 0 || t.charAt(i) == '-');
    }

    private static boolean admin1(char c) {
        return c == '省' || c == '市' || c == '区' || c == '县';
    }

    private static boolean admin2(char c) {
        return c == '市' || c == '区' || c == '县' || c == '镇' || c == '乡';
    }

    private static boolean roadA(char c) {
        return roadB(c) || c == '村';
    }

    private static boolean roadB(char c) {
        return c == '路' || c == '街' || c == '道' || c == '巷';
    }
}
